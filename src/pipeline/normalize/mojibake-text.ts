import { isHanCodeUnit } from '../text/cjk.ts';

/*
 * Small text helpers for the scrambled-text pass: pinyin glosses and their broken tails.
 */

const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const SYLLABLE = `[a-z${TONE_MARKED}]{0,5}[${TONE_MARKED}][a-z${TONE_MARKED}]{0,5}`;

/** A whole gloss `(huì)` at a position. */
const GLOSS_AT = new RegExp(`\\(${SYLLABLE}\\)`, 'y');
/** The tail of a gloss whose `(` went with a lost byte: `yàn)`. */
const TAIL_AT = new RegExp(`${SYLLABLE}\\)`, 'y');

/** Length of the pinyin gloss starting at `index` (`(huì)`), or 0. */
export function glossAt(text: string, index: number): number {
  if (text.charCodeAt(index) !== 0x28) return 0;
  GLOSS_AT.lastIndex = index;
  const match = GLOSS_AT.exec(text);
  return match ? match[0].length : 0;
}

/** Length of a gloss tail starting at `index` (`yàn)`), or 0. */
export function tailAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (!(code >= 0x61 && code <= 0x7a) && !TONE_MARKED.includes(text[index] ?? '\u0000')) return 0;
  TAIL_AT.lastIndex = index;
  const match = TAIL_AT.exec(text);
  return match ? match[0].length : 0;
}

/** `?` followed by a gloss tail (`?yàn)`): a character and its gloss's `(` were lost here. Length or 0. */
export function ghostAt(text: string, index: number): number {
  if (text.charCodeAt(index) !== 0x3f) return 0;
  const tail = tailAt(text, index + 1);
  return tail > 0 ? tail + 1 : 0;
}

/** Punctuation and spaces (CJK, full-width, general): neither a sign of misread bytes nor of text. */
export function isPunctuation(code: number): boolean {
  return (
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65)
  );
}

/** A non-ASCII character that a misread pair can show as (its GBK code is checked separately). */
export const isMisreadable = (code: number): boolean => code >= 0x80 && !(code >= 0xd800 && code <= 0xdfff);

const isFullWidthAlphanumeric = (code: number): boolean => (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);

/**
 * A full-width letter or digit beside another (`ＷＴＯ`, `２０２４`): how Chinese typesetting writes
 * acronyms and numbers, not misread bytes (a misread pair shows one full-width letter at most:
 * two in a row would need two characters in a row whose bytes end in A3).
 */
export const inFullWidthWord = (text: string, at: number): boolean =>
  isFullWidthAlphanumeric(text.charCodeAt(at)) && (isFullWidthAlphanumeric(text.charCodeAt(at - 1)) || isFullWidthAlphanumeric(text.charCodeAt(at + 1)));

// What a misread GBK pair can show besides Han: GBK's own repertoire (Greek, Cyrillic, kana,
// bopomofo, pinyin letters, symbols, full-width forms). Arabic, Hebrew, Thai, Devanagari and the
// other scripts it does not have are never misread bytes.
const GBK_SCRIPTS = /[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Latin}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Common}]/u;

/** Kana, Greek, box drawing, full-width letters, accented Latin…: in Chinese running text, a sign of misread bytes. */
export const isStraySymbol = (code: number): boolean => isMisreadable(code) && !isHanCodeUnit(code) && !isPunctuation(code) && GBK_SCRIPTS.test(String.fromCharCode(code));
