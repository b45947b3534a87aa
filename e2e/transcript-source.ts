import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

/*
 * What the e2e specs expect, read straight from the transcript with a few small regexes of their
 * own, so the expectations do not come from the pipeline they check.
 */

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const SLIDES_DIR = join(REPO, 'slides');
export const TRANSCRIPT_NAME = 'agi-next-yao-shunyu.txt';

/** `(…)` right after a Han character; whether it is a gloss is decided by `isPinyinSyllable`. */
const PAREN_AFTER_HAN = /(?<=\p{Script=Han})\(([^()\s]{1,12})\)/gu;

/** A lower-case Latin syllable carrying at least one tone mark (macron, acute, caron, grave). */
export function isPinyinSyllable(text: string): boolean {
  const decomposed = text.normalize('NFD');
  return /^[a-z\u0300-\u036f]+$/u.test(decomposed) && /[\u0300\u0301\u0304\u030c]/u.test(decomposed);
}

/** Every `漢(pīn)` gloss in a text, with the character before it. */
export function findGlosses(text: string): string[] {
  return [...text.matchAll(PAREN_AFTER_HAN)]
    .filter((m) => isPinyinSyllable(m[1]!))
    .map((m) => text.slice(Math.max(0, m.index - 1), m.index + m[0].length));
}

export function stripGlosses(text: string): string {
  return text.replace(PAREN_AFTER_HAN, (whole, inner: string) => (isPinyinSyllable(inner) ? '' : whole));
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

let toSimplified: ((text: string) => string) | undefined;

/**
 * Text folded for comparison: whitespace collapsed, punctuation in one width, and every Chinese character in its Simplified
 * form. The deck shows a transcript in one script (deck.yaml `script:`), so a stray Simplified `什么`
 * in a Traditional report may come out as `什麼`. Characters are folded one at a time (OpenCC's
 * tables applied to single characters never hit a multi-character phrase entry), so a deck that
 * changes a speaker's words, `想象` to `想像`, still differs from the transcript.
 */
export function fold(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const convert = toSimplified;
  // The deck writes ASCII `, ; : ? !` between Chinese characters in full width, taking a space
  // after them: compare the marks in one width, with no space after them.
  const narrow = normalizeSpace(text)
    .replace(/[，；：？！]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/([,;:?!]) /gu, '$1');
  return [...narrow].map((ch) => convert(ch)).join('');
}

export interface ExpectedTranscript {
  raw: string;
  /** Topic titles, glosses removed, in order. */
  topics: string[];
  /** Every line of the verbatim part that someone says, glosses and `[Name]` labels removed. */
  turnLines: Array<{ line: number; speaker?: string; text: string }>;
  /** Parenthesised text that is not a gloss, e.g. `(瓶頸)`. */
  realParens: string[];
  /** 1-based line numbers of the `主題:` lines. */
  topicLineNumbers: number[];
}

const TOPIC_LINE = /^主題\s*[:：]\s*(.*)$/u;
const LABELLED = /^\[([^\[\]]*)\]\s*(.*)$/u;
const EMPTY_IMAGE = /^!\[\]\(\)$/u;

export function readTranscript(path = join(SLIDES_DIR, TRANSCRIPT_NAME)): ExpectedTranscript {
  return parseTranscriptText(readFileSync(path, 'utf8'));
}

export function parseTranscriptText(raw: string): ExpectedTranscript {
  const lines = raw.split(/\r\n?|\n/u);
  const opener = lines.findIndex((l) => /^以下是.*[:：]\s*$/u.test(l.trim()));
  const closer = lines.findIndex((l) => l.trim().startsWith('特別聲明'));
  if (opener < 0 || closer <= opener) throw new Error(`transcript has no verbatim part (opener ${opener}, closer ${closer})`);

  const topics: string[] = [];
  const topicLineNumbers: number[] = [];
  const turnLines: ExpectedTranscript['turnLines'] = [];
  for (let i = opener + 1; i < closer; i++) {
    const text = stripGlosses(lines[i]!).trim();
    if (text === '' || EMPTY_IMAGE.test(text)) continue;
    const topic = TOPIC_LINE.exec(text);
    if (topic) {
      topics.push(topic[1]!.trim());
      topicLineNumbers.push(i + 1);
      continue;
    }
    const labelled = LABELLED.exec(text);
    if (labelled) turnLines.push({ line: i + 1, speaker: labelled[1]!.trim(), text: labelled[2]!.trim() });
    else turnLines.push({ line: i + 1, text });
  }

  const realParens = new Set<string>();
  for (const line of lines) {
    if (EMPTY_IMAGE.test(line.trim())) continue;
    for (const m of stripGlosses(line).matchAll(/\(([^()]+)\)/gu)) {
      if (!isPinyinSyllable(m[1]!)) realParens.add(m[0]);
    }
  }
  return { raw, topics, turnLines, realParens: [...realParens], topicLineNumbers };
}
