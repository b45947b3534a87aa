import { describe, expect, it } from 'vitest';
import { cjkPunctuationPass } from './cjk-punctuation.ts';
import { applyEdits } from './edits.ts';

const clean = (text: string): string => applyEdits(text, cjkPunctuationPass.run(text).edits).text;

describe('CJK punctuation', () => {
  it('writes ASCII marks between CJK characters in full width, taking one space after them', () => {
    expect(clean('有意思的一點是,我們今天用')).toBe('有意思的一點是，我們今天用');
    expect(clean('是嗎?對!好; 就是: 這樣')).toBe('是嗎？對！好；就是：這樣');
    expect(clean('你覺得呢?\n我覺得可以!')).toBe('你覺得呢？\n我覺得可以！');
    expect(clean('「模型」,還是')).toBe('「模型」，還是');
    // Before a Latin word, in a line written mostly in Chinese.
    expect(clean('今日,AGI-Next 前沿峰會在北京舉行')).toBe('今日，AGI-Next 前沿峰會在北京舉行');
    expect(clean('相反, Claude Code 已經在重塑整個計算機行業')).toBe('相反，Claude Code 已經在重塑整個計算機行業');
  });

  it('leaves Latin text, numbers, times and marks beside Latin words alone', () => {
    for (const text of ['1,000 人', 'A, B and C', '上午10:30開始', 'ChatGPT,我們', '我們用 ChatGPT, 對吧', 'Why? 因為', '(瓶頸)', '主題:大模型的分化', 'I met 姚順雨, who said hello to everyone there']) {
      const expected = text === '主題:大模型的分化' ? '主題：大模型的分化' : text;
      expect(clean(text)).toBe(expected);
    }
  });

  it('reports what it did once, where it first did it', () => {
    const { findings, edits } = cjkPunctuationPass.run('一,二,三');
    expect(edits).toHaveLength(2);
    expect(findings.map((f) => [f.severity, f.rule, f.start])).toEqual([['info', 'cjk-punctuation', 1]]);
  });
});
