/*
 * Which characters are Chinese, Japanese or Korean: the one place that says so. Each set is a
 * regular expression that tests one character (no `g` flag, so `test` keeps no state); `countIn`
 * counts a set's characters in a text. Larger patterns are built from a set's `.source`.
 *
 * The sets differ on purpose, each for what its callers ask:
 * - HAN: a Han character (hanzi, kanji, hanja), by Unicode's Script property;
 * - KANA: hiragana or katakana (Japanese, and nothing else);
 * - HANGUL: Korean's alphabet;
 * - HAN_OR_KANA: a Chinese or Japanese letter, the scripts written without spaces between words
 *   (Korean puts spaces between its words, so Hangul is not one of them);
 * - CJK_LETTER: a letter of any of the three languages;
 * - CJK_TEXT: a character of CJK text, its letters with the ideographic space, CJK punctuation
 *   (U+3000–U+303F) and the full- and half-width forms (U+FF00–U+FFEF, `，` `！` `Ａ`);
 * - CJK_FACE_CHAR: what a CJK font face sets in a page or a slide: CJK_TEXT with Bopomofo and the
 *   vertical and small forms (U+FE30–U+FE4F);
 * - WIDE: a character a text box gives one em, where a Latin letter takes about 0.6 (East Asian
 *   Width wide or full-width: Hangul jamo, the CJK blocks from radicals to Yi, Hangul syllables,
 *   compatibility ideographs and forms, the supplementary ideograph planes).
 */

const HAN_CLASS = String.raw`\p{Script=Han}`;
const KANA_CLASS = String.raw`\p{Script=Hiragana}\p{Script=Katakana}`;
const HANGUL_CLASS = String.raw`\p{Script=Hangul}`;
const PUNCTUATION_AND_FORMS_CLASS = String.raw`\u3000-\u303f\uff00-\uffef`;

export const HAN = new RegExp(HAN_CLASS, 'u');
export const KANA = new RegExp(`[${KANA_CLASS}]`, 'u');
export const HANGUL = new RegExp(HANGUL_CLASS, 'u');
export const HAN_OR_KANA = new RegExp(`[${HAN_CLASS}${KANA_CLASS}]`, 'u');
export const CJK_LETTER = new RegExp(`[${HAN_CLASS}${KANA_CLASS}${HANGUL_CLASS}]`, 'u');
export const CJK_TEXT = new RegExp(`[${HAN_CLASS}${KANA_CLASS}${HANGUL_CLASS}${PUNCTUATION_AND_FORMS_CLASS}]`, 'u');
export const CJK_FACE_CHAR = new RegExp(`[${HAN_CLASS}${KANA_CLASS}${HANGUL_CLASS}\\p{Script=Bopomofo}${PUNCTUATION_AND_FORMS_CLASS}\\ufe30-\\ufe4f]`, 'u');
export const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/**
 * True for a UTF-16 code unit in the Han blocks of the Basic Multilingual Plane: Extension A and
 * the unified ideographs (U+3400–U+9FFF), the compatibility ideographs (U+F900–U+FAFF). For loops
 * over code units (the scrambled-byte repair), where a regular expression per unit costs too much.
 */
export const isHanCodeUnit = (code: number): boolean => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

const globalCopies = new Map<RegExp, RegExp>();

/** How many characters of `text` are in `set` (one of the sets above, or any regular expression without `g`). */
export function countIn(text: string, set: RegExp): number {
  let everywhere = globalCopies.get(set);
  if (!everywhere) {
    everywhere = new RegExp(set.source, `${set.flags}g`);
    globalCopies.set(set, everywhere);
  }
  return text.match(everywhere)?.length ?? 0;
}
