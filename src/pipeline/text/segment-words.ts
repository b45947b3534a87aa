/*
 * Word segmentation with the ICU dictionary that Node ships (`Intl.Segmenter`). V8's segmenter
 * takes time quadratic in the length of the string it is given (measured: 144 KB of Chinese in one
 * call, 26 s; in 900-character pieces, 0.2 s), so long text is cut into pieces at a punctuation mark
 * or a space, where no word can straddle the cut, and the offsets are carried over.
 */

import { TextMemo } from './text-memo.ts';

const PIECE = 900;
const segmenters = new Map<string, Intl.Segmenter>();

export interface WordSegment {
  segment: string;
  /** Offset in the whole text. */
  index: number;
  isWordLike: boolean;
}

function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Where a piece may end: after the last punctuation mark or space before `limit`, else at `limit`. */
function cutBefore(text: string, from: number, limit: number): number {
  for (let i = limit; i > from + PIECE / 2; i--) {
    if (/[\s\p{P}]/u.test(text[i - 1]!)) return i;
  }
  // No safe place: cut between two code points at least.
  return /[\uDC00-\uDFFF]/.test(text[limit] ?? '') ? limit + 1 : limit;
}

export function* segmentWords(text: string, locale = 'zh'): Generator<WordSegment> {
  for (let start = 0; start < text.length; ) {
    const end = text.length - start <= PIECE ? text.length : cutBefore(text, start, start + PIECE);
    for (const part of segmenter(locale).segment(text.slice(start, end))) {
      yield { segment: part.segment, index: start + part.index, isWordLike: part.isWordLike ?? false };
    }
    start = end;
  }
}

/** Word segmentations by locale, remembered by text (the quote ranking and the key terms cut the same paragraphs). */
const remembered = new Map<string, TextMemo<readonly WordSegment[]>>();

/** The segments of `text`, computed once per text and locale while the memo holds it. */
export function wordSegments(text: string, locale = 'zh'): readonly WordSegment[] {
  let memo = remembered.get(locale);
  if (!memo) {
    memo = new TextMemo(2_000_000);
    remembered.set(locale, memo);
  }
  return memo.get(text, (t) => [...segmentWords(t, locale)]);
}

/** Forgets remembered segmentations (for measuring the cold path). */
export function clearSegmentMemo(): void {
  for (const memo of remembered.values()) memo.clear();
}
