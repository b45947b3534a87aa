import { describe, expect, it } from 'vitest';
import { SEGMENTATION_GOLD } from './__fixtures__/segmentation-gold.ts';
import { simplifiedCopy } from '../text/simplified.ts';
import { contentWords, isContentWord, tokenize, wordsIn, contentTokens } from './words.ts';

/** Word-level F1 of a segmentation against the hand-made one (by character spans). */
function f1(segment: (text: string) => string[]): number {
  let hit = 0;
  let gold = 0;
  let got = 0;
  const spans = (words: string[]): Set<string> => {
    const out = new Set<string>();
    let at = 0;
    for (const w of words) out.add(`${at}:${(at += w.length)}`);
    return out;
  };
  for (const line of SEGMENTATION_GOLD) {
    const goldWords = line.split(' ');
    // The sentence as written: no spaces between Han characters, one between Latin words.
    const text = line.replace(/(?<=[\p{Script=Han}\d]) | (?=[\p{Script=Han}\d])/gu, '');
    const words = segment(text).flatMap((w) => w.split(' ')).filter((w) => w !== '');
    expect(words.join('')).toBe(goldWords.join(''));
    const g = spans(goldWords);
    const s = spans(words);
    for (const span of s) if (g.has(span)) hit++;
    gold += g.size;
    got += s.size;
  }
  const p = hit / got;
  const r = hit / gold;
  return (2 * p * r) / (p + r);
}

describe('segmentation', () => {
  it('ICU (Intl.Segmenter, zh) with unknown single-character runs joined scores at least 0.83 F1 on the hand-made set', () => {
    const score = f1((text) => tokenize(text).map((t) => t.word));
    expect(score).toBeGreaterThanOrEqual(0.83);
  });

  it('joins terms ICU splits into single characters: 腾讯, 重塑, 范式, 溢价, 拟合', () => {
    const words = contentWords('腾讯已经在重塑这个范式,花那个溢价去拟合');
    for (const w of ['腾讯', '重塑', '范式', '溢价', '拟合']) expect(words).toContain(w);
  });

  it('drops stop words and interview fillers, keeps content words; Latin lower-cased and stemmed', () => {
    const words = contentWords('对,就是说我觉得其实大部分人大部分时候不需要用到这么强的智能,Models are getting stronger');
    expect(words).toEqual(expect.arrayContaining(['智能', 'model', 'stronger']));
    for (const w of ['对', '就是说', '我', '觉得', '其实', '这么', '的', 'are']) expect(words).not.toContain(w);
    expect(isContentWord('模型')).toBe(true);
    expect(isContentWord('这个')).toBe(false);
    expect(isContentWord('2026')).toBe(false);
  });

  it('gives offsets into the text, and words within a range', () => {
    const text = '相反,Claude Code 已经在重塑整个计算机行业。';
    const tokens = contentTokens(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toContain(t.word.slice(0, 2));
    expect(wordsIn(tokens, 3, 15)).toEqual(['claude', 'code']);
    expect(wordsIn(tokens, 0, 2)).toEqual(['相反']);
  });
});

describe('Simplified copy', () => {
  it('converts Traditional to Simplified with the same length, so offsets carry over', () => {
    const text = '對於 ToB 來說,智能越高就代表生產力越高。軟體、滑鼠、記憶體、著作。';
    const copy = simplifiedCopy(text);
    expect(copy.length).toBe(text.length);
    expect(copy.startsWith('对于 ToB 来说,智能越高就代表生产力越高')).toBe(true);
    expect(simplifiedCopy('Plain English stays as it is.')).toBe('Plain English stays as it is.');
  });
});
