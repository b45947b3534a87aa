import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main as transcriptDeck } from '../cli/main.ts';
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

  it('refuses --paper for a PDF that is not a handout (exit 2): those pages are the slide\'s size', async () => {
    const errors = quiet();
    const empty = mkdtempSync(join(tmpdir(), 'td-pdf-'));
    for (const mode of [[], ['--notes'], ['--fragments']]) expect(await main([empty, ...mode, '--paper', 'Letter'])).toBe(2);
    expect(errors.join('')).toMatch(/Unexpected --paper Letter for the slides PDF: --paper applies to --handout only/);
    // Accepted for the handout: what stops it here is the missing build.
    expect(await main([empty, '--handout', '--paper', 'Letter'])).toBe(1);
  });

  it('refuses a build older than its sources, naming what changed, and prints nothing (exit 1)', async () => {
    const slides = mkdtempSync(join(tmpdir(), 'td-pdf-stale-'));
    const dist = mkdtempSync(join(tmpdir(), 'td-pdf-stale-dist-'));
    writeFileSync(join(slides, 'deck.yaml'), 'transcript: talk.txt\ntitle: A short talk\nslides:\n  after: [closing.md]\n');
    writeFileSync(join(slides, 'talk.txt'), 'Ada: We shipped the first version in March and it broke twice.\n\nBo: What did you learn from that?\n\nAda: That tests are cheaper than apologies.\n');
    writeFileSync(join(slides, 'closing.md'), '# Thanks\n');
    quiet();
    expect(await transcriptDeck(['build', slides, '--out', dist])).toBe(0);
    vi.restoreAllMocks();

    writeFileSync(join(slides, 'talk.txt'), 'Ada: We shipped the first version in April.\n');
    writeFileSync(join(slides, 'closing.md'), '# Thank you\n');
    writeFileSync(join(slides, 'deck.quotes.yaml'), 'drop: []\n');
    const errors = quiet();
    expect(await main([dist])).toBe(1);
    const message = errors.join('');
    expect(message).toContain(`${dist} is older than its sources:`);
    expect(message).toMatch(/talk\.txt changed/);
    expect(message).toMatch(/closing\.md changed/);
    expect(message).toMatch(/deck\.quotes\.yaml was added/);
    expect(message).toContain('Run `npm run build` again');
    expect(message).not.toMatch(/deck\.yaml changed/);
    expect(existsSync(join(dist, 'deck.pdf'))).toBe(false);
  }, 60_000);

  it('refuses a build of several decks when a manifest was added beside them since', async () => {
    const slides = mkdtempSync(join(tmpdir(), 'td-pdf-stale-'));
    const dist = mkdtempSync(join(tmpdir(), 'td-pdf-stale-dist-'));
    for (const name of ['a', 'b']) {
      writeFileSync(join(slides, name === 'a' ? 'deck.yaml' : `${name}.deck.yaml`), `transcript: ${name}.txt\ntitle: Deck ${name}\n`);
      writeFileSync(join(slides, `${name}.txt`), 'Ada: We shipped the first version in March and it broke twice.\n\nBo: What did you learn?\n');
    }
    quiet();
    expect(await transcriptDeck(['build', slides, '--out', dist])).toBe(0);
    vi.restoreAllMocks();
    writeFileSync(join(slides, 'c.deck.yaml'), 'transcript: a.txt\n');
    const errors = quiet();
    expect(await main([dist])).toBe(1);
    expect(errors.join('')).toMatch(/c\.deck\.yaml was added/);
  }, 60_000);

  it('names the PDF after the mode', () => {
    expect(['slides', 'notes', 'handout', 'fragments'].map((m) => defaultPdfName(m as 'slides'))).toEqual(['deck.pdf', 'deck-notes.pdf', 'deck-handout.pdf', 'deck-fragments.pdf']);
  });
});
