import { describe, expect, it } from 'vitest';
import { forReading } from './diagnostics.ts';
import type { Diagnostic, RuleId } from './types.ts';

const d = (rule: RuleId, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ rule, severity, message: rule, file: 'f' });

describe('diagnostics for reading', () => {
  it('keeps every error, the first five of each other rule, and counts the rest', () => {
    const list = [...Array.from({ length: 12 }, () => d('few-quotes')), d('stale-pin', 'error'), ...Array.from({ length: 7 }, () => d('stale-pin', 'error')), d('long-paragraph')];
    const { shown, more } = forReading(list);
    expect(shown.filter((x) => x.rule === 'few-quotes')).toHaveLength(5);
    expect(shown.filter((x) => x.rule === 'stale-pin')).toHaveLength(8);
    expect(shown.filter((x) => x.rule === 'long-paragraph')).toHaveLength(1);
    expect(more).toEqual(['… and 7 more few-quotes (see `transcript-deck check --json`)']);
  });
});
