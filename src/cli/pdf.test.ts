import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPdfName, PdfExportError, deckPage } from '../pdf/export.ts';
import { EXIT, main } from './main.ts';
import { runCli } from './run-in-process.ts';

/*
 * `transcript-deck pdf` (and `npm run pdf`, which runs it): of a built deck (default: dist) or of a
 * transcript, deck.yaml or folder of manifests, built first.
 */

afterEach(() => vi.restoreAllMocks());

const run = runCli;

const TALK = 'Ada: We shipped the first version in March and it broke twice.\n\nBo: What did you learn from that?\n\nAda: That tests are cheaper than apologies.\n';

describe('transcript-deck pdf: wrong usage, refused before a browser starts', () => {
  it('refuses two modes, two targets or an unknown paper (exit 2)', async () => {
    const both = await run('pdf', '--notes', '--handout');
    expect(both.code).toBe(EXIT.usage);
    expect(both.err).toMatch(/--notes and --handout together/);
    expect((await run('pdf', '--mode', 'notes', '--fragments')).code).toBe(EXIT.usage);
    expect((await run('pdf', 'a', 'b')).code).toBe(EXIT.usage);
    expect((await run('pdf', '--handout', '--paper', 'A5')).code).toBe(EXIT.usage);
    expect((await run('pdf', '--mode', 'poster')).err).toMatch(/--mode poster, expected slides, notes, handout or fragments/);
  });

  it('refuses --paper for a PDF that is not a handout: those pages are the slide\'s size', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'td-pdf-'));
    for (const mode of [[], ['--notes'], ['--fragments'], ['--mode', 'notes']]) expect((await run('pdf', empty, ...mode, '--paper', 'Letter')).code).toBe(EXIT.usage);
    const refused = await run('pdf', 'slides', '--paper', 'Letter');
    expect(refused.err).toContain('Unexpected --paper Letter for the slides PDF: --paper applies to --handout only');
    // Accepted for the handout: what stops it here is the missing build.
    expect((await run('pdf', empty, '--handout', '--paper', 'Letter')).code).toBe(EXIT.inputError);
    expect((await run('pdf', empty, '--mode', 'handout', '--paper', 'Letter')).code).toBe(EXIT.inputError);
  });

  it('refuses a --deck that is not there, for sources and builds alike', async () => {
    const sources = await run('pdf', 'slides', '--deck', 'nope');
    expect(sources.code).toBe(EXIT.usage);
    expect(sources.err).toContain('Unexpected --deck nope');
    const several = mkdtempSync(join(tmpdir(), 'td-pdf-decks-'));
    writeFileSync(join(several, 'talk.txt'), TALK);
    for (const name of ['deck.yaml', 'talk.deck.yaml']) writeFileSync(join(several, name), 'transcript: talk.txt\n');
    const misspelt = await run('pdf', several, '--deck', 'tlak');
    expect(misspelt.code).toBe(EXIT.usage);
    expect(misspelt.err).toMatch(/Unexpected --deck tlak, expected one of deck, talk\. Did you mean talk\?/);
  });
});

describe('transcript-deck pdf of a built deck', () => {
  it('says to build first when there is no built deck (exit 1)', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'td-pdf-'));
    const { code, err } = await run('pdf', empty);
    expect(code).toBe(EXIT.inputError);
    expect(err).toMatch(/No built deck .*npm run build/);
    expect(() => deckPage(join(empty, 'missing'))).toThrow(PdfExportError);
  });

  it('refuses a build older than its sources, naming what changed, and prints nothing (exit 1)', async () => {
    const slides = mkdtempSync(join(tmpdir(), 'td-pdf-stale-'));
    const dist = mkdtempSync(join(tmpdir(), 'td-pdf-stale-dist-'));
    writeFileSync(join(slides, 'deck.yaml'), 'transcript: talk.txt\ntitle: A short talk\nslides:\n  after: [closing.md]\n');
    writeFileSync(join(slides, 'talk.txt'), TALK);
    writeFileSync(join(slides, 'closing.md'), '# Thanks\n');
    expect((await run('build', slides, '--out', dist)).code).toBe(EXIT.ok);

    writeFileSync(join(slides, 'talk.txt'), 'Ada: We shipped the first version in April.\n');
    writeFileSync(join(slides, 'closing.md'), '# Thank you\n');
    writeFileSync(join(slides, 'deck.quotes.yaml'), 'drop: []\n');
    const { code, err } = await run('pdf', dist);
    expect(code).toBe(EXIT.inputError);
    expect(err).toContain(`${dist} is older than its sources:`);
    expect(err).toMatch(/talk\.txt changed/);
    expect(err).toMatch(/closing\.md changed/);
    expect(err).toMatch(/deck\.quotes\.yaml was added/);
    expect(err).toContain('Run `npm run build` again');
    expect(err).not.toMatch(/deck\.yaml changed/);
    expect(existsSync(join(dist, 'deck.pdf'))).toBe(false);
  }, 60_000);

  it('refuses a build of several decks when a manifest was added beside them since', async () => {
    const slides = mkdtempSync(join(tmpdir(), 'td-pdf-stale-'));
    const dist = mkdtempSync(join(tmpdir(), 'td-pdf-stale-dist-'));
    for (const name of ['a', 'b']) {
      writeFileSync(join(slides, name === 'a' ? 'deck.yaml' : `${name}.deck.yaml`), `transcript: ${name}.txt\ntitle: Deck ${name}\n`);
      writeFileSync(join(slides, `${name}.txt`), 'Ada: We shipped the first version in March and it broke twice.\n\nBo: What did you learn?\n');
    }
    expect((await run('build', slides, '--out', dist)).code).toBe(EXIT.ok);
    const misspelt = await run('pdf', dist, '--deck', 'bb');
    expect(misspelt.code).toBe(EXIT.usage);
    expect(misspelt.err).toMatch(/Unexpected --deck bb, expected one of deck, b\. Did you mean b\?/);
    writeFileSync(join(slides, 'c.deck.yaml'), 'transcript: a.txt\n');
    const { code, err } = await run('pdf', dist);
    expect(code).toBe(EXIT.inputError);
    expect(err).toMatch(/c\.deck\.yaml was added/);
  }, 60_000);

  it('names the PDF after the mode', () => {
    expect(['slides', 'notes', 'handout', 'fragments'].map((m) => defaultPdfName(m as 'slides'))).toEqual(['deck.pdf', 'deck-notes.pdf', 'deck-handout.pdf', 'deck-fragments.pdf']);
  });
});

describe('transcript-deck pdf of a transcript', () => {
  it('prints the warning for a slide too large for its page, shrunk in the PDF', async () => {
    const slides = mkdtempSync(join(tmpdir(), 'td-pdf-shrunk-'));
    writeFileSync(join(slides, 'deck.yaml'), 'transcript: talk.txt\ntitle: A long list\nslides:\n  after: [list.md]\n');
    writeFileSync(join(slides, 'talk.txt'), TALK);
    writeFileSync(join(slides, 'list.md'), `## A very long list\n\n${Array.from({ length: 30 }, (_, i) => `- Point number ${i + 1} of the list`).join('\n')}\n`);
    const out = join(slides, 'talk.pdf');
    const { code, out: printed, err } = await run('pdf', slides, '--out', out);
    expect(code, err).toBe(EXIT.ok);
    expect(existsSync(out)).toBe(true);
    expect(printed).toMatch(/talk\.pdf: slides, \d+ pages/);
    expect(err).toMatch(/talk\.pdf: note: slide \S+ is larger than the slide area; the PDF shows it smaller/);
  }, 180_000);
});
