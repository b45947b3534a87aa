import { describe, expect, it } from 'vitest';
import { normalize } from './index.ts';
import { lineEndingPass } from './line-endings.ts';
import { pinyinGlossPass } from './pinyin-gloss.ts';

const clean = (text: string) =>
  normalize({ path: 't.txt', text, encoding: 'utf-8', bom: false }, [lineEndingPass, pinyinGlossPass]);

describe('pinyin glosses', () => {
  it('removes a tone-marked pinyin gloss after a Han character', () => {
    const result = clean('前沿峰會(huì)在北京舉行,創(chuàng)始人');
    expect(result.value.text).toBe('前沿峰會在北京舉行,創始人');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.rule).toBe('pinyin-gloss');
    expect(result.diagnostics[0]!.message).toContain('2 pinyin glosses');
  });

  it('keeps real parentheses: Chinese words, Latin words, and a gloss-like group after Latin text', () => {
    const text = '額外的context(文本)和environment(場景),最大的 bottleneck(瓶頸),以上內容(如有圖片或視頻亦包括在內),Notice (see above), Kimi(mì)';
    expect(clean(text).value.text).toBe(text);
  });

  it('keeps the position of the text after a gloss pointing into the original line', () => {
    const source = '第一行\n會(huì)議(yì)開始';
    const result = clean(source).value;
    expect(result.text).toBe('第一行\n會議開始');
    const at = result.text.indexOf('開始');
    expect(result.positionOf(at)).toEqual({ line: 2, column: 12, offset: source.indexOf('開始') });
  });

  it('removes glosses with ü and the neutral-tone-free syllables of the seed', () => {
    expect(clean('綠(lǜ)色 女(nǚ)').value.text).toBe('綠色 女');
  });
});
