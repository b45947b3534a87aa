import * as OpenCC from 'opencc-js';
import { HAN } from '../src/pipeline/text/cjk.ts';

/*
 * What the tool shows may differ from what a person copied out of the file in ways that do not
 * matter to a reader: full-width letters and punctuation (the tool writes `,` after a Han character
 * as `，`), case, line breaks inside a quote, and the Chinese script (a deck may be shown in another
 * script than its transcript). Everything the eval compares goes through one of these first.
 */

let toSimplified: ((text: string) => string) | undefined;

/** Simplified Chinese of `text` (Traditional, Taiwan and Hong Kong forms alike); other text as is. */
export function simplified(text: string): string {
  if (!HAN.test(text)) return text;
  // Built on first use: the converter's tables take tens of milliseconds to load.
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(text);
}

/** Width, case, script and runs of whitespace folded; trimmed. */
export function comparable(text: string): string {
  return simplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/gu, ' ').trim();
}

// A Han character's tone-marked pinyin gloss, `會(huì)`: the tool drops these from the transcript.
const PINYIN_GLOSS = /(?<=\p{Script=Han})\((?=[^)]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)/giu;

/** {@link comparable} with no whitespace at all and no pinyin glosses: for finding one text in another. */
export function compact(text: string): string {
  return comparable(text.normalize('NFC').replace(PINYIN_GLOSS, '')).replace(/\s/gu, '');
}

/** The label as written, compared only across scripts and Unicode forms (case matters in a name). */
export function sameLabel(text: string): string {
  return simplified(text.normalize('NFKC').trim());
}
