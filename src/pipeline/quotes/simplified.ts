import * as OpenCC from 'opencc-js';
import { TextMemo } from '../text/text-memo.ts';

/*
 * Text analysis (segmentation, stop words, markers, similarity) runs on a Simplified copy of the
 * text, because the segmenter's dictionary and our word lists are Simplified. The copy must have
 * the same length, so that every offset found in it is an offset into the original: OpenCC's
 * Taiwan→Simplified conversion is a character map almost everywhere, and where a phrase rule would
 * change the length we fall back to converting character by character.
 */

let toSimplified: ((text: string) => string) | undefined;

/** The converter is built once, when first needed (it takes tens of milliseconds). */
function convert(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text);
}

const HAN = /\p{Script=Han}/u;

const memo = new TextMemo<string>(2_000_000);

/** A Simplified copy of `text` with exactly the same length (so offsets carry over). */
export function simplifiedCopy(text: string): string {
  if (!HAN.test(text)) return text;
  return memo.get(text, copyOf);
}

/** Forgets remembered copies (for measuring the cold path). */
export function clearSimplifiedMemo(): void {
  memo.clear();
}

function copyOf(text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  // A phrase rule changed the length: convert each character on its own, keeping those that would not stay one code unit.
  let out = '';
  for (const char of text) {
    if (!HAN.test(char)) {
      out += char;
      continue;
    }
    const converted = convert(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}
