import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './cli.ts';
import { defaultPdfName, PdfExportError, deckPage } from './export.ts';

describe('npm run pdf', () => {
  afterEach(() => vi.restoreAllMocks());
  const quiet = (): string[] => {
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (errors.push(String(chunk)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    return errors;
  };

  it('refuses two modes, two folders or an unknown paper (exit 2) without starting a browser', async () => {
    const errors = quiet();
    expect(await main(['--notes', '--handout'])).toBe(2);
    expect(await main(['a', 'b'])).toBe(2);
    expect(await main(['--paper', 'A5'])).toBe(2);
    expect(await main(['--colour'])).toBe(2);
    expect(errors.join('')).toMatch(/--notes and --handout together/);
  });

  it('says to build first when there is no built deck (exit 1)', async () => {
    const errors = quiet();
    const empty = mkdtempSync(join(tmpdir(), 'td-pdf-'));
    expect(await main([empty])).toBe(1);
    expect(errors.join('')).toMatch(/No built deck .*npm run build/);
    expect(() => deckPage(join(empty, 'missing'))).toThrow(PdfExportError);
  });

  it('names the PDF after the mode', () => {
    expect(['slides', 'notes', 'handout', 'fragments'].map((m) => defaultPdfName(m as 'slides'))).toEqual(['deck.pdf', 'deck-notes.pdf', 'deck-handout.pdf', 'deck-fragments.pdf']);
  });
});
