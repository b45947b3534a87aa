import type { RuleId } from '../rules.ts';
import type { Finding, NormalizePass, PassResult } from './pass.ts';

/*
 * Aozora Bunko's notation (https://www.aozora.gr.jp/annotation/) prints reading aids and layout
 * inline: ruby `漢字《かんじ》` (a reading after its base, `｜` where a base does not start on its
 * own) and editor's notes `［＃…］`. Rubies are readings for the eye, not words said, like pinyin
 * glosses. Of the notes, those that only lay out the page (indentation, alignment, page breaks) or
 * mark emphasis (傍点, 傍線, 縦中横) go too; the others stay for the readers: headings
 * (`［＃「X」は大見出し］`) are structure they read, and a character note (`※［＃「田＋宛」、…］`)
 * stands for a character of the text.
 */

const KANA_READING = '[\\p{Script=Hiragana}\\p{Script=Katakana}ー・ゝゞヽヾ]{1,30}';
/** `所｜一寸《ちょっと》`: the bar says where the base starts; the reading may be anything. */
const MARKED_RUBY = /｜([^｜《》\n]{1,20})《([^《》\n]{1,30})》/gu;
/** `兎《と》`: a kana reading straight after a kanji (or a character note), whose run is the base. */
const RUBY = new RegExp(`(?<=[\\p{Script=Han}々〆ヶ］])《${KANA_READING}》`, 'gu');
/** Notes that lay out the page or mark emphasis; never a heading's (`ここから大見出し`). */
const LAYOUT_NOTE = new RegExp(
  '［＃(?![^］\\n]*見出し)(?:' +
    [
      'ここから[^］\\n]*',
      'ここで[^］\\n]*終わり',
      '[^］\\n「」]*字下げ[^］\\n「」]*',
      '地付き',
      '地から[0-9０-９一二三四五六七八九十]+字上げ',
      '地寄せ',
      '改(?:ページ|丁|段|見開き)',
      'ページの左右中央',
      '(?:傍点|傍線|太字|斜体)(?:終わり)?',
      '「[^」\\n]{1,100}」(?:は縦中横|に[^］\\n「」]{0,4}傍点|に[^］\\n「」]{0,4}傍線|に波線|は太字|は斜体)',
    ].join('|') +
    ')］',
  'gu',
);

function summary(rule: RuleId, edits: PassResult['edits'], message: string): Finding[] {
  const first = edits[0];
  return first ? [{ severity: 'info', rule, start: first.start, end: first.end, message }] : [];
}

export const aozoraNotationPass: NormalizePass = {
  rule: 'aozora-notation',
  run(text: string): PassResult {
    const rubies: PassResult['edits'] = [];
    for (const match of text.matchAll(MARKED_RUBY)) {
      const bar = match.index;
      const reading = bar + 1 + match[1]!.length;
      rubies.push({ start: bar, end: bar + 1, text: '', rule: 'aozora-ruby' });
      rubies.push({ start: reading, end: bar + match[0].length, text: '', rule: 'aozora-ruby' });
    }
    const marked = new Set(rubies.map((edit) => edit.start));
    for (const match of text.matchAll(RUBY)) {
      if (!marked.has(match.index)) rubies.push({ start: match.index, end: match.index + match[0].length, text: '', rule: 'aozora-ruby' });
    }
    rubies.sort((a, b) => a.start - b.start);
    const layout: PassResult['edits'] = [...text.matchAll(LAYOUT_NOTE)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: '', rule: 'aozora-layout' }));
    const readings = rubies.filter((edit) => edit.end - edit.start > 1);
    const example = readings[0] ? text.slice(Math.max(0, readings[0].start - 1), readings[0].end) : '';
    const findings = [
      ...summary('aozora-ruby', rubies, `Removed ${readings.length} ruby reading${readings.length === 1 ? '' : 's'} (Aozora Bunko notation) such as \`${example}\``),
      ...summary('aozora-layout', layout, `Removed ${layout.length} layout and emphasis note${layout.length === 1 ? '' : 's'} (Aozora Bunko notation) such as \`${layout[0] ? text.slice(layout[0].start, layout[0].end) : ''}\``),
    ];
    return { edits: [...rubies, ...layout].sort((a, b) => a.start - b.start), findings };
  },
};
