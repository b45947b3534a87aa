import { describe, expect, it } from 'vitest';
import { PDF_MODES as EXPORTER_MODES } from '../pdf/export.ts';
import { DEFAULT_PDF_MODE, OPTIONS, PDF_MODES } from './options.ts';

describe('the option table', () => {
  it('offers the exporter\'s own modes, in its order, each but the default also as a flag', () => {
    expect(PDF_MODES).toEqual([...EXPORTER_MODES]);
    expect(OPTIONS['mode']!.choices).toEqual([...EXPORTER_MODES]);
    const flags = Object.entries(OPTIONS).flatMap(([name, option]) => (option.mode ? [name] : []));
    expect(flags).toEqual(EXPORTER_MODES.filter((mode) => mode !== DEFAULT_PDF_MODE));
  });
});
