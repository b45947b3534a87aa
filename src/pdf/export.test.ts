import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPdf, PdfExportError, type PdfMode } from './export.ts';

const empty = mkdtempSync(join(tmpdir(), 'td-export-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('exportPdf', () => {
  it('refuses a paper for the modes printed at the slide’s size, before looking for a deck or starting a browser', async () => {
    for (const mode of ['slides', 'notes', 'fragments'] as PdfMode[]) {
      const refused = exportPdf({ deck: empty, mode, paper: 'Letter' });
      await expect(refused).rejects.toBeInstanceOf(PdfExportError);
      await expect(refused).rejects.toThrow(`Unexpected paper Letter for the ${mode} PDF: --paper applies to --handout only`);
    }
    // The handout takes it, and only then finds that there is no deck here.
    await expect(exportPdf({ deck: empty, mode: 'handout', paper: 'Letter' })).rejects.toThrow(/No built deck at/);
  });
});
