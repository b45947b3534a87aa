/** A half-open range of a paragraph's text. */
export interface TextRange {
  start: number;
  end: number;
}

// Sentence ends, with closing quotes or brackets that belong to the sentence they end.
const SENTENCE_END = /(?:[。！？!?；;]+|……|\.(?=\s|$))[」』”’)）\]]*/gu;
const CLAUSE_END = /[，,、：:]/gu;

/** Splits a paragraph into sentences; the ranges cover all of it except white space between them. */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    pushTrimmed(text, start, end, ranges);
    start = end;
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

/** Clause boundaries inside a range: offsets just after each `，` `,` `、` `：`. */
export function clauseBreaks(text: string, range: TextRange): number[] {
  const breaks: number[] = [];
  const slice = text.slice(range.start, range.end);
  for (const match of slice.matchAll(CLAUSE_END)) breaks.push(range.start + match.index + 1);
  return breaks.filter((offset) => offset < range.end);
}

function pushTrimmed(text: string, start: number, end: number, out: TextRange[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/**
 * How long a text reads on a slide, in "characters": a Han or kana character counts one, a Latin
 * word counts two (about the width of two Han characters at the same size).
 */
export function readingLength(text: string): number {
  const han = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const words = text.match(/[\p{L}\p{N}]+/gu)?.filter((w) => !/\p{Script=Han}/u.test(w)).length ?? 0;
  return han + words * 2;
}
