import { describe, expect, it } from 'vitest';
import { normalize } from './index.ts';
import { aozoraNotationPass } from './aozora-notation.ts';
import { lineEndingPass } from './line-endings.ts';

const clean = (text: string) => normalize({ path: 't.txt', text, encoding: 'shift_jis', bom: false }, [lineEndingPass, aozoraNotationPass]);

describe('Aozora Bunko notation', () => {
  it('removes ruby readings and the ruby-start marker, reported once with the first position', () => {
    const source = '一平　兎《と》に角《かく》、近代の女性は\r\nかの子　ここの所｜一寸《ちょっと》そういう風《ふう》な状態ですね。';
    const result = clean(source);
    expect(result.value.text).toBe('一平　兎に角、近代の女性は\nかの子　ここの所一寸そういう風な状態ですね。');
    const rubies = result.diagnostics.filter((d) => d.rule === 'aozora-ruby');
    expect(rubies).toHaveLength(1);
    expect(rubies[0]!.severity).toBe('info');
    expect(rubies[0]!.message).toContain('4 ruby');
    expect(rubies[0]!.span!.start).toEqual({ line: 1, column: 5, offset: source.indexOf('《と》') });
  });

  it('keeps the position of the text after a reading in the original line', () => {
    const source = '問《とひ》　現代の作家に就いて';
    const result = clean(source).value;
    const at = result.text.indexOf('現代');
    expect(result.positionOf(at)).toEqual({ line: 1, column: 7, offset: source.indexOf('現代') });
  });

  it('keeps book-title brackets, a ruby legend and a bar that starts no ruby', () => {
    for (const text of ['我讀了《紅樓夢》和《三國演義》。', '《》：ルビ', '｜：ルビの付く文字列の始まりを特定する記号', 'A｜B', '《はじめに》']) {
      expect(clean(text).value.text).toBe(text);
    }
  });

  it('removes notes that only lay the page out or mark emphasis, and keeps headings and character notes', () => {
    const source = [
      '［＃ここから２字下げ］',
      '［＃３字下げ］一［＃「一」は中見出し］',
      '今度は文化活動へ［＃「今度は文化活動へ」に傍点］と言う。',
      '玉※［＃「田＋宛」、第3水準1-88-43］を見た。',
      '［＃ここで字下げ終わり］',
      '［＃地から１字上げ］（大正十五年五月）',
      '［＃大見出し］序［＃大見出し終わり］',
    ].join('\n');
    const result = clean(source);
    expect(result.value.text).toBe(['', '一［＃「一」は中見出し］', '今度は文化活動へと言う。', '玉※［＃「田＋宛」、第3水準1-88-43］を見た。', '', '（大正十五年五月）', '［＃大見出し］序［＃大見出し終わり］'].join('\n'));
    const layout = result.diagnostics.filter((d) => d.rule === 'aozora-layout');
    expect(layout).toHaveLength(1);
    expect(layout[0]!.message).toContain('5 layout');
    expect(layout[0]!.span!.start.offset).toBe(0);
  });
});
