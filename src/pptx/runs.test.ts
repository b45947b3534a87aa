import { describe, expect, it } from 'vitest';
import { officeLang, scriptRuns } from './runs.ts';

describe('scriptRuns', () => {
  it('sets only Latin letters, digits and ASCII punctuation of a Chinese deck in the Latin face; its curly quotes stay CJK', () => {
    const runs = scriptRuns('剛剛履新“騰訊CEO/總裁辦公室首席AI科學家”的姚順雨', 'zh-Hant');
    expect(runs.map((r) => r.text).join('')).toBe('剛剛履新“騰訊CEO/總裁辦公室首席AI科學家”的姚順雨');
    expect(runs.map((r) => [r.text, r.fontFace])).toEqual([
      ['剛剛履新“騰訊', 'Noto Sans CJK TC'],
      ['CEO/', 'Noto Sans'],
      ['總裁辦公室首席', 'Noto Sans CJK TC'],
      ['AI', 'Noto Sans'],
      ['科學家”的姚順雨', 'Noto Sans CJK TC'],
    ]);
    expect(new Set(runs.map((r) => r.lang))).toEqual(new Set(['zh-TW']));
  });

  it('gives CJK stretches of an English deck the language of their script, and the rest English', () => {
    const runs = scriptRuns('They call it 非核家園 here, こんにちは there and 안녕하세요 in Seoul.', 'en', 'serif');
    expect(runs.filter((r) => r.eastAsian).map((r) => [r.text.trim(), r.lang, r.fontFace])).toEqual([
      ['非核家園', 'zh-TW', 'Noto Serif CJK TC'],
      ['こんにちは', 'ja-JP', 'Noto Serif CJK JP'],
      ['안녕하세요', 'ko-KR', 'Noto Serif CJK KR'],
    ]);
    expect(runs.filter((r) => !r.eastAsian).every((r) => r.lang === 'en-US' && r.fontFace === 'Noto Serif')).toBe(true);
  });

  it('writes the deck\'s language as Office does', () => {
    expect(['zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'zh-Hans', 'ja', 'ko', 'en', 'sv'].map(officeLang)).toEqual(['zh-TW', 'zh-TW', 'zh-HK', 'zh-CN', 'ja-JP', 'ko-KR', 'en-US', 'sv']);
  });
});
