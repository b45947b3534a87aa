import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDeck } from '../io/load-deck.ts';
import { readPptx, textBoxes } from '../pptx/read-back.ts';
import { helpText } from './help.ts';
import { EXIT, main } from './main.ts';
import { runCli } from './run-in-process.ts';

/* `transcript-deck pptx` (and `npm run pptx`, which runs it on slides/). */

afterEach(() => vi.restoreAllMocks());

const run = runCli;

const TALK = 'Ada: We shipped the first version in March and it broke twice, which taught us more than any plan we ever wrote down.\n\nBo: What did you learn from that?\n\nAda: That tests are cheaper than apologies, and that a release nobody can undo is a release nobody should ship on a Friday.\n';

describe('transcript-deck pptx', () => {
  it('writes a transcript\'s deck to the file --out names: a slide per deck slide, the quotes in text boxes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-pptx-'));
    writeFileSync(join(dir, 'talk.txt'), TALK);
    const out = join(dir, 'out', 'talk.pptx');
    const result = await run('pptx', join(dir, 'talk.txt'), '--out', out);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/→ .*talk\.pptx \(\d+ slides\)/);
    const deck = loadDeck(join(dir, 'talk.txt')).output!.deck;
    const pptx = await readPptx(readFileSync(out));
    expect(pptx.slides).toHaveLength(deck.slides.length);
    const quotes = deck.slides.flatMap((s, i) => (s.kind === 'quote' ? [{ text: s.quote.text, i }] : []));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(textBoxes(pptx.xml(pptx.slides[q.i]!)).map((b) => b.text)).toContain(q.text);
  }, 60_000);

  it('writes the sample deck (slides/) by default, and each of several decks to <name>.pptx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-pptx-default-'));
    const sample = await run('pptx', '-o', join(dir, 'sample.pptx'));
    expect(sample.code).toBe(EXIT.ok);
    expect((await readPptx(readFileSync(join(dir, 'sample.pptx')))).slides).toHaveLength(loadDeck('slides').output!.deck.slides.length);

    const several = mkdtempSync(join(tmpdir(), 'td-pptx-decks-'));
    writeFileSync(join(several, 'talk.txt'), TALK);
    for (const name of ['deck.yaml', 'talk.deck.yaml']) writeFileSync(join(several, name), 'transcript: talk.txt\n');
    expect((await run('pptx', several, '--out', join(several, 'out'))).code).toBe(EXIT.ok);
    for (const name of ['deck.pptx', 'talk.pptx']) expect(existsSync(join(several, 'out', name)), name).toBe(true);
  }, 120_000);

  it('exits 1 on a deck with errors and 2 on an option of another command, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-pptx-bad-'));
    const missing = await run('pptx', join(dir, 'nope.txt'), '--out', join(dir, 'x.pptx'));
    expect(missing.code).toBe(EXIT.inputError);
    expect(missing.err).toContain('missing-file');
    const wrong = await run('pptx', '--notes');
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.err).toContain('Unexpected --notes for transcript-deck pptx: it is an option of pdf');
    expect(existsSync(join(dir, 'x.pptx'))).toBe(false);
  });

  it('is in the help, with --out', () => {
    expect(helpText()).toMatch(/transcript-deck pptx \[transcript\|deck\.yaml\|folder\] \[--out path\]/);
  });
});
