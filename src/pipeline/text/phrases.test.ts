import { describe, expect, it } from 'vitest';
import { phrases } from './phrases.ts';

describe('phrase breaking', () => {
  const text = '我覺得騰訊肯定還是一個To C基因更強的公司,所以我覺得我們會思考怎麼樣能夠讓今天的大模型,或者AI的發展能夠給用戶提供更多價值。';

  it('cuts Traditional text into phrases that keep words whole and lose nothing', () => {
    const cut = phrases(text, 'zh-Hant');
    expect(cut.join('')).toBe(text);
    expect(cut).toContain('騰訊');
    // Words a character-by-character break would split.
    for (const word of ['大模型', '用戶']) expect(cut.some((p) => p.includes(word)), word).toBe(true);
  });

  it('never starts a phrase with closing punctuation or ends one with opening punctuation', () => {
    const cut = phrases('他說「這是一個很長的句子，而且還有標點」。然後（括號裡的話）結束了！', 'zh-Hant');
    for (const p of cut.slice(1)) expect(p).not.toMatch(/^[,，。、」）！]/u);
    for (const p of cut) expect(p).not.toMatch(/[「（]$/u);
  });

  it('leaves Latin-only text to the browser', () => {
    expect(phrases('Claude Code is reshaping the industry.', 'en')).toEqual(['Claude Code is reshaping the industry.']);
  });
});
