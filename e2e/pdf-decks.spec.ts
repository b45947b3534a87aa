import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { main as transcriptDeck } from '../src/cli/main.ts';
import { readPdf, squash } from '../src/pdf/read.ts';

/** `npm run pdf -- <args>`: the CLI's pdf subcommand. */
const npmRunPdf = (args: string[]): Promise<number> => transcriptDeck(['pdf', ...args]);

/*
 * Several decks in one folder (deck.yaml and talk.deck.yaml, each with its own small transcript):
 * `transcript-deck build` then `npm run pdf`, and `transcript-deck pdf` of the folder, print each deck
 * to its own PDF, as many pages as the deck has slides (read back with pdf.js), and never the index
 * page that lists them.
 */

const DECKS = {
  deck: {
    manifest: 'transcript: garden.txt\ntitle: Growing a garden in the city\n',
    file: 'garden.txt',
    transcript: [
      'Host: Welcome back to the show. Today we are talking about city gardens.',
      'Mara: Thank you. I started with three pots of tomatoes on a fire escape, and it changed how I eat.',
      'Host: What surprised you most in the first year?',
      'Mara: The soil. Good compost matters more than sunlight when you only have a balcony to work with.',
      'Host: And the neighbours?',
      'Mara: They brought seeds. By the second summer the whole building was trading basil for peppers.',
    ],
  },
  talk: {
    manifest: 'transcript: bikes.txt\ntitle: Bicycles and bridges\n',
    file: 'bikes.txt',
    transcript: [
      'Host: Our guest has repaired bicycles for thirty years. What keeps you at it?',
      'Jon: Every bike that leaves the shop is one more person who does not need a car to cross the river.',
      'Host: Is the new bridge making a difference?',
      'Jon: Twice as many riders since it opened, and most of them are commuters who never rode before.',
    ],
  },
} as const;

const quiet = async <T>(run: () => Promise<T>): Promise<{ value: T; err: string }> => {
  const write = { out: process.stdout.write, err: process.stderr.write };
  let err = '';
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((err += String(chunk)), true)) as typeof process.stderr.write;
  try {
    return { value: await run(), err };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
};

/** The slides a built deck holds, counted in its index.html (every slide has its id). */
const slidesOf = (dir: string): number => (readFileSync(join(dir, 'index.html'), 'utf8').match(/<section\b[^>]*\bid="/g) ?? []).length;
const titleOf = (manifest: string): string => manifest.match(/title: (.*)/)![1]!;

// The second test prints the same folder with the other command and compares with the first's build.
test.describe.configure({ mode: 'serial' });

let work = '';
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'td-pdf-decks-'));
  const folder = join(work, 'slides');
  mkdirSync(folder);
  for (const [slug, deck] of Object.entries(DECKS)) {
    writeFileSync(join(folder, slug === 'deck' ? 'deck.yaml' : `${slug}.deck.yaml`), deck.manifest);
    writeFileSync(join(folder, deck.file), `${deck.transcript.join('\n\n')}\n`);
  }
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('npm run pdf after the build prints every deck to its own PDF, page for slide, and not the index page', async () => {
  test.setTimeout(180_000);
  const dist = join(work, 'dist');
  const built = await quiet(() => transcriptDeck(['build', join(work, 'slides'), '--out', dist]));
  expect(built.value, built.err).toBe(0);

  const printed = await quiet(() => npmRunPdf([dist]));
  expect(printed.value, printed.err).toBe(0);
  expect(existsSync(join(dist, 'deck.pdf')), 'no PDF of the index page').toBe(false);
  for (const [slug, deck] of Object.entries(DECKS)) {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(dist, slug, 'deck.pdf'))));
    const slides = slidesOf(join(dist, slug));
    expect(slides, slug).toBeGreaterThan(3);
    expect(pdf.pages, `${slug}: one page per slide`).toBe(slides);
    expect(pdf.info.title).toBe(titleOf(deck.manifest));
    expect(squash(pdf.pageText[0]!)).toContain(squash(titleOf(deck.manifest)));
    for (const text of pdf.pageText) expect(text, 'no page of the index').not.toMatch(/^\s*Decks\b/);
  }

  // Only the one named.
  rmSync(join(dist, 'deck', 'deck.pdf'));
  rmSync(join(dist, 'talk', 'deck.pdf'));
  const one = await quiet(() => npmRunPdf([dist, '--deck', 'talk']));
  expect(one.value, one.err).toBe(0);
  expect(existsSync(join(dist, 'talk', 'deck.pdf'))).toBe(true);
  expect(existsSync(join(dist, 'deck', 'deck.pdf'))).toBe(false);
});

test('transcript-deck pdf of a folder of several manifests prints <name>.pdf for each deck', async () => {
  test.setTimeout(180_000);
  const out = join(work, 'pdfs');
  const printed = await quiet(() => transcriptDeck(['pdf', join(work, 'slides'), '--out', out]));
  expect(printed.value, printed.err).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['deck.pdf', 'talk.pdf']);
  for (const [slug, deck] of Object.entries(DECKS)) {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(out, `${slug}.pdf`))));
    expect(pdf.info.title).toBe(titleOf(deck.manifest));
    expect(pdf.pages, slug).toBe(slidesOf(join(work, 'dist', slug)));
  }
});
