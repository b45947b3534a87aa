import { HAN } from './cjk.ts';
import { converter } from './opencc.ts';
import { TextMemo } from './text-memo.ts';

/*
 * Simplified Chinese for analysis: the segmenter's dictionary, our word lists and BudouX's stronger
 * model are Simplified, so Traditional text is read through a Simplified version of it. Two
 * versions, because their callers ask two different things:
 * - `simplifiedCopy`: offsets found in the copy must be offsets into the text (quote ranking,
 *   curation), so the copy is exactly as long as the text; it reads Taiwan's forms too (`著` → `着`);
 * - `toSimplified`: what the text says in Simplified by OpenCC's standard tables, phrase tables
 *   included (`t` → `cn`), which may change its length: the phrase breaker cuts the text at the
 *   copy's breaks only when the lengths agree, and the PowerPoint writer asks whether a stretch of
 *   Han is Simplified at all (it is when nothing changes).
 * They differ on about one line in seventy of the Traditional corpus, enough to move a phrase break
 * or a quote, so each keeps its own behaviour.
 */

const HAN_EVERYWHERE = new RegExp(HAN.source, 'gu');

const copies = new TextMemo<string>(2_000_000);

/** A Simplified copy of `text` with exactly the same length (so offsets carry over), remembered by the text. */
export function simplifiedCopy(text: string): string {
  return HAN.test(text) ? copies.get(text, sameLengthCopy) : text;
}

/** Forgets remembered copies (for measuring the cold path). */
export function clearSimplifiedMemo(): void {
  copies.clear();
}

function sameLengthCopy(text: string): string {
  const convert = converter('tw', 'cn');
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  // A phrase rule changed the length: each Han character converted on its own, kept as it is
  // where its conversion would not have the same length.
  return text.replace(HAN_EVERYWHERE, (char) => {
    const converted = convert(char);
    return converted.length === char.length ? converted : char;
  });
}

/** `text` in Simplified by OpenCC's standard Traditional → Simplified tables; its length may change. */
export function toSimplified(text: string): string {
  return converter('t', 'cn')(text);
}
