import { describe, expect, it } from 'vitest';
import { segmentWords } from './segment-words.ts';

describe('segmentWords', () => {
  it('gives the same words and offsets as one Intl.Segmenter call, piece by piece', () => {
    const text = '我覺得騰訊肯定還是一個To C基因更強的公司，所以我們會思考怎麼樣能夠讓今天的大模型給用戶提供更多價值。'.repeat(40);
    const whole = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => [s.segment, s.index]);
    const pieces = [...segmentWords(text)].map((s) => [s.segment, s.index]);
    expect(text.length).toBeGreaterThan(2000);
    expect(pieces).toEqual(whole);
  });

  it('covers every character exactly once, even with no punctuation to cut at', () => {
    const text = '大模型'.repeat(1000);
    const parts = [...segmentWords(text)];
    expect(parts.map((p) => p.segment).join('')).toBe(text);
    parts.forEach((p, i) => expect(p.index).toBe(i === 0 ? 0 : parts[i - 1]!.index + parts[i - 1]!.segment.length));
  });
});
