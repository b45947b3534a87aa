import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';

/**
 * One deck in each language the deck has fonts for, from the evaluation corpus (Korean from a
 * transcript written for these tests, e2e/fixtures/ko-name-colon-community-garden.txt: the corpus
 * has none), each built with Vite's API into a temporary folder.
 */
export const CORPUS_DECKS = [
  { lang: 'en', transcript: 'eval/corpus/en-webvtt-talkpython-pycon-data-sci-panel.vtt' },
  { lang: 'ko', transcript: 'e2e/fixtures/ko-name-colon-community-garden.txt' },
  { lang: 'ja', transcript: 'eval/corpus/ja-plain-fukuzawa-mita-enzetsu-1898.txt' },
  { lang: 'zh-Hans', transcript: 'eval/corpus/zh-Hans-qa-talkgo-night-61-goproxy-cn.md' },
  { lang: 'zh-Hant', transcript: 'eval/corpus/zh-Hant-name-colon-ly-gazette-3391-speaker-election.md' },
] as const;

export interface BuiltDeck {
  /** The folder the deck was built into. */
  dir: string;
  remove(): void;
}

/** Builds the deck of `slides` (a slides folder, or undefined for the sample deck in slides/) into `outDir` with Vite's API. */
export async function buildDeck(slides: string | undefined, outDir: string): Promise<void> {
  const before = process.env['TRANSCRIPT_DECK'];
  if (slides) process.env['TRANSCRIPT_DECK'] = slides;
  else delete process.env['TRANSCRIPT_DECK'];
  try {
    await build({ root: resolve('.'), configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env['TRANSCRIPT_DECK'];
    else process.env['TRANSCRIPT_DECK'] = before;
  }
}

/** Builds a deck from `target` into a temporary folder of its own. */
async function buildInto(target: string | undefined, label: string): Promise<BuiltDeck> {
  const dir = mkdtempSync(join(tmpdir(), `td-fonts-${label}-`));
  await buildDeck(target, dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A transcript copied into a slides folder of its own (with a deck.yaml naming it) and built. */
export async function buildCorpusDeck(transcript: string): Promise<BuiltDeck> {
  const slides = mkdtempSync(join(tmpdir(), 'td-fonts-slides-'));
  try {
    copyFileSync(resolve(transcript), join(slides, basename(transcript)));
    writeFileSync(join(slides, 'deck.yaml'), `transcript: ${basename(transcript)}\n`);
    return await buildInto(slides, basename(transcript).split('-')[0]!);
  } finally {
    rmSync(slides, { recursive: true, force: true });
  }
}

/** The sample deck (slides/), built as `npm run build` builds it. */
export const buildSampleDeck = (): Promise<BuiltDeck> => buildInto(undefined, 'sample');

/**
 * A fontconfig file that sees only the machine's non-CJK fonts (DejaVu, Liberation under
 * /usr/share/fonts/truetype; fonts-noto-cjk lives under /usr/share/fonts/opentype): Chromium
 * launched with FONTCONFIG_FILE pointing at it behaves as on a machine with no CJK fonts.
 */
export function fontconfigWithoutCjk(): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'td-fontconfig-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  <dir>/usr/share/fonts/truetype</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n</fontconfig>\n`,
  );
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
