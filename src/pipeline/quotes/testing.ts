/*
 * Test fixtures for the quotes stage: the seed run up to casting, variants of it (scrambled runs
 * repaired, or marked unreadable), synthetic transcripts N times its size, and small helpers.
 * Only tests import this file.
 */
import { readFileSync } from 'node:fs';
import { castSpeakers } from '../cast/cast.ts';
import { decode } from '../decode/decode.ts';
import { parse } from '../formats/index.ts';
import { parseManifest } from '../manifest/manifest.ts';
import { normalize } from '../normalize/index.ts';
import { readSeed, repoRoot, SEED_PATH } from '../testing/fixtures.ts';
import type { CleanRange, CleanText, Paragraph, Speaker, Transcript } from '../types.ts';

export interface Prepared {
  clean: CleanText;
  transcript: Transcript;
  speakers: Speaker[];
}

const seedSpeakers = (): { featured: Array<{ name: string }>; hosts: Array<{ name: string }> } => {
  const manifest = parseManifest('slides/deck.yaml', readFileSync(`${repoRoot}slides/deck.yaml`, 'utf8')).value;
  return manifest?.speakers ?? { featured: [{ name: '姚順雨' }], hosts: [{ name: '主持人' }] };
};

/** decode → normalise → parse → cast, as the pipeline does. */
export function prepare(text: string, path = SEED_PATH, speakers = seedSpeakers()): Prepared {
  const source = decode({ path, bytes: new TextEncoder().encode(text) }).value;
  const clean = normalize(source).value;
  const transcript = parse(clean).value;
  return { clean, transcript, speakers: castSpeakers(transcript, speakers, path).value };
}

export function seedText(): string {
  return new TextDecoder().decode(readSeed());
}

export function prepareSeed(): Prepared {
  return prepare(seedText());
}

/**
 * The seed as a scrambled-byte repair would leave it: each garbled run replaced by the words it
 * stood for (`因?yàn)樗虡I(yè)化` → `因為它商業化`).
 */
export const SEED_REPAIRS: ReadonlyArray<[string, string]> = [
  ['因?yàn)樗芰ψ儚?qiáng)', '因為它能力變強'],
  ['發(fā)言?xún)?nèi)容', '發(fā)言內容'],
  ['因?yàn)槟闶菣M跨', '因為你是橫跨'],
  ['因?yàn)榭赡芩哪晷绞?', '因為可能他的年薪是'],
  ['我們?cè)谡務(wù)撟灾鲗W(xué)習(xí)', '我們在談論自主學習'],
  ['因?yàn)樗麄兪芟抻谒麄儧](méi)有', '因為他們受限于他們沒有'],
  ['我們?cè)谶@個(gè)', '我們在這個'],
  ['因?yàn)镺penAi', '因為OpenAi'],
  ['因?yàn)樗虡I(yè)化', '因為它商業化'],
];

export function repairedSeedText(): string {
  let text = seedText();
  for (const [from, to] of SEED_REPAIRS) text = text.split(from).join(to);
  return text;
}

/** Runs of scrambled bytes as a test sees them (independent of the code under test). */
export const SCRAMBLE = /\?[A-Za-z\u00C0-\u024F]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|\uFFFD/u;

/** The clean text with every clause that holds a scrambled run marked unreadable, as a normaliser might. */
export function withUnreadable(clean: CleanText): CleanText {
  const ranges: CleanRange[] = [...clean.unreadable];
  const text = clean.text;
  for (const match of text.matchAll(new RegExp(SCRAMBLE.source, 'gu'))) {
    let start = match.index;
    while (start > 0 && !/[，,。！!；;\n]/u.test(text[start - 1]!)) start--;
    let end = match.index + 1;
    while (end < text.length && !/[，,。！!；;\n]/u.test(text[end]!)) end++;
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => a.start - b.start);
  return {
    source: clean.source,
    text: clean.text,
    toSourceOffset: (offset) => clean.toSourceOffset(offset),
    positionOf: (offset) => clean.positionOf(offset),
    unreadable: ranges,
  };
}

/**
 * The seed with its verbatim part repeated `times` times (topics renamed), every speaker line made
 * unique (`第3遍,` in front) so that nothing is remembered from an earlier copy.
 */
export function syntheticSeed(times: number): string {
  const lines = seedText().split('\n');
  const first = lines.findIndex((l) => /^主題[:：]/u.test(l));
  const credits = lines.findIndex((l) => /^特別聲明/u.test(l));
  const head = lines.slice(0, first);
  const body = lines.slice(first, credits);
  const tail = lines.slice(credits);
  const copies: string[] = [];
  for (let k = 1; k <= times; k++) {
    for (const line of body) {
      if (/^主題[:：]/u.test(line)) copies.push(`${line}(第${k}遍)`);
      else if (/^\[[^\]]+\]/u.test(line)) copies.push(line.replace(/^(\[[^\]]+\]\s*)/u, `$1第${k}遍,`));
      else copies.push(line.trim() === '' ? line : `第${k}遍,${line}`);
    }
  }
  return [...head, ...copies, ...tail].join('\n');
}

/** The paragraph a quote comes from. */
export function paragraphOf(transcript: Transcript, turnId: string, index: number): Paragraph {
  const turn = transcript.topics.flatMap((t) => t.turns).find((t) => t.id === turnId);
  if (!turn) throw new Error(`no turn ${turnId}`);
  const paragraph = turn.paragraphs[index];
  if (!paragraph) throw new Error(`no paragraph ${index} in ${turnId}`);
  return paragraph;
}
