import { describe, expect, it } from 'vitest';
import { CJK_FACE_CHAR, CJK_LETTER, CJK_TEXT, HAN, HAN_OR_KANA, HANGUL, KANA, WIDE, countIn, isHanCodeUnit } from './cjk.ts';

/** The characters of `sample` a set takes, in order. */
const taken = (set: RegExp, sample: string): string => [...sample].filter((c) => set.test(c)).join('');

// One of each kind: Han (simplified, traditional, Extension B), kana, hangul, the ideographic space,
// CJK and full-width punctuation, a full-width letter, a half-width katakana, bopomofo, a vertical
// form, Latin, a digit, ASCII punctuation, a curly quote.
const SAMPLE = '中國𠀋かカ한\u3000。，Ａｱㄅ︰a1,“';

describe('the CJK character sets', () => {
  it('HAN takes Han characters only', () => {
    expect(taken(HAN, SAMPLE)).toBe('中國𠀋');
  });

  it('KANA takes hiragana and katakana, full- and half-width', () => {
    expect(taken(KANA, SAMPLE)).toBe('かカｱ');
  });

  it('HANGUL takes Korean letters', () => {
    expect(taken(HANGUL, SAMPLE)).toBe('한');
  });

  it('HAN_OR_KANA takes the scripts written without spaces between words, not Hangul', () => {
    expect(taken(HAN_OR_KANA, SAMPLE)).toBe('中國𠀋かカｱ');
  });

  it('CJK_LETTER adds Hangul, and no punctuation', () => {
    expect(taken(CJK_LETTER, SAMPLE)).toBe('中國𠀋かカ한ｱ');
  });

  it('CJK_TEXT adds the ideographic space, CJK punctuation and the full- and half-width forms', () => {
    expect(taken(CJK_TEXT, SAMPLE)).toBe('中國𠀋かカ한\u3000。，Ａｱ');
  });

  it('CJK_FACE_CHAR adds Bopomofo and the vertical forms, and leaves Latin, digits and ASCII punctuation to the Latin face', () => {
    expect(taken(CJK_FACE_CHAR, SAMPLE)).toBe('中國𠀋かカ한\u3000。，Ａｱㄅ︰');
  });

  it('WIDE takes what is one em wide: not half-width katakana, Latin or a curly quote', () => {
    expect(taken(WIDE, SAMPLE)).toBe('中國𠀋かカ한\u3000。，Ａㄅ︰');
  });

  it('keeps no state between tests (no g flag)', () => {
    for (const set of [HAN, KANA, HANGUL, HAN_OR_KANA, CJK_LETTER, CJK_TEXT, CJK_FACE_CHAR, WIDE]) {
      expect(set.global).toBe(false);
      expect(set.test('中かㄅ한')).toBe(true);
    }
  });
});

describe('countIn', () => {
  it('counts the characters of a set, a character outside the BMP once', () => {
    expect(countIn('中文 and 日本語の𠀋', HAN)).toBe(6);
    expect(countIn('日本語のテキスト', KANA)).toBe(5);
    expect(countIn('no CJK here', CJK_LETTER)).toBe(0);
  });

  it('gives the same count however often it is asked', () => {
    expect([countIn('한국어', HANGUL), countIn('한국어', HANGUL)]).toEqual([3, 3]);
  });
});

describe('isHanCodeUnit', () => {
  it('takes the BMP Han blocks, code unit by code unit', () => {
    const units = (text: string) => [...text].map((c) => isHanCodeUnit(c.charCodeAt(0)));
    expect(units('中㐀\uF900')).toEqual([true, true, true]);
    expect(units('か한。a')).toEqual([false, false, false, false]);
    // An Extension B character is two surrogate code units, neither of them a Han block's.
    expect(isHanCodeUnit('𠀋'.charCodeAt(0))).toBe(false);
  });
});
