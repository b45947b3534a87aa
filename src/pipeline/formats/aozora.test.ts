import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { parse } from './index.ts';
import { parseNameColon } from './name-colon.ts';
import { parsePlain } from './plain.ts';

// Small transcripts in Aozora Bunko's notation (https://www.aozora.gr.jp/annotation/), CRLF as published.
const crlf = (lines: string[]): string => lines.join('\r\n') + '\r\n';

const COLOPHON = [
  '',
  '',
  '',
  '底本：「愛よ、愛」パサージュ叢書、メタローグ',
  '　　　1999（平成11）年5月8日第1刷発行',
  '底本の親本：「全集　第十四卷」冬樹社',
  '初出：「新潮」',
  '入力：門田裕志',
  '校正：土屋隆',
  '2004年3月30日作成',
  '青空文庫作成ファイル：',
  'このファイルは、インターネットの図書館、青空文庫で作られました。',
];

const DIALOGUE = crlf([
  '新時代問答',
  '岡本かの子',
  '',
  '一平　兎《と》に角《かく》、近代の女性は型がなくなった様だね。',
  'かの子　形の上でですか、心の上でですか。',
  '一平　つまり、心構《こころがま》えの上でさ。',
  'かの子　特別な型はなくなりましたね。',
  '一平　それは空想だろう。',
  'かの子　いいえ、理想ですよ。',
  ...COLOPHON,
]);

const turnsOf = (transcript: { topics: Array<{ turns: Array<{ speaker: string; paragraphs: Array<{ text: string }> }> }> }) =>
  transcript.topics.flatMap((t) => t.turns.map((turn) => [turn.speaker, turn.paragraphs.map((p) => p.text)]));

describe('Aozora Bunko transcripts', () => {
  it('reads `Name　text` dialogue lines (an ideographic space after a recurring short name) as turns', () => {
    const { value } = parse(cleanFromString(DIALOGUE));
    expect(value.format).toBe('name-colon');
    expect(value.speakers.map((s) => s.name)).toEqual(['一平', 'かの子']);
    expect(turnsOf(value)[0]).toEqual(['一平', ['兎に角、近代の女性は型がなくなった様だね。']]);
    expect(turnsOf(value)).toHaveLength(6);
  });

  it('reads the colophon from `底本：` to the end as credits, not speakers', () => {
    const { value } = parseNameColon(cleanFromString(DIALOGUE));
    expect(value.speakers.map((s) => s.name)).toEqual(['一平', 'かの子']);
    expect(value.credits.map((p) => p.text)).toEqual(COLOPHON.filter((line) => line !== '').map((line) => line.trim()));
  });

  it('does not take a name and an ideographic space for a label unless two names recur', () => {
    const text = crlf(['今日　晴れ。', '一平　それは空想だろう。', '一平　要するに実質的になったんだね。', '一平　それは僕も同感だね。', '明日　雨。']);
    expect(parseNameColon(cleanFromString(text)).value.speakers.map((s) => s.name)).toEqual(['?']);
  });

  it('reads `問《とひ》　text` Q&A lines once the ruby is gone', () => {
    const text = crlf(['東西問答', '', '［＃ここから改行天付き、折り返して１字下げ］', '問《とひ》　現代の作家に就いて伺います。', '答《こたへ》　それは分けられるかも知れない。', '問　葛西氏はどうですか。', '答　交りは少いと思ふ。', '問　それでは要素を。', '答　それは難問だね。', '［＃ここで字下げ終わり］', ...COLOPHON]);
    const { value } = parse(cleanFromString(text));
    expect(value.speakers.map((s) => s.name)).toEqual(['問', '答']);
    expect(turnsOf(value)).toHaveLength(6);
  });

  const SPEECHES = crlf([
    '三つの演説',
    '浅沼稲次郎',
    '',
    '一、最初の演説［＃「一、最初の演説」は大見出し］',
    '　私は、代表いたしまして、賛成の意を表するものであります。',
    '',
    '二、講演［＃「二、講演」は大見出し］',
    '　中国の友人の皆さん、私はただいまご紹介にあずかりました。',
    '［＃３字下げ］一［＃「一」は中見出し］',
    '　今日世界の情勢をみますならば、変化があります。',
    '',
    '［＃大見出し］三、最後の演説［＃大見出し終わり］',
    '　諸君、臨時国会もいよいよ召集ということになりました。',
    ...COLOPHON,
  ]);

  it('reads heading notes (大見出し, 中見出し, a heading block) as topics in the plain reader, and the colophon as credits', () => {
    const { value } = parsePlain(cleanFromString(SPEECHES));
    expect(value.topics.map((t) => t.title)).toEqual(['', '一、最初の演説', '二、講演', '一', '三、最後の演説']);
    expect(value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs.map((p) => p.text))).some((text) => text.includes('［＃'))).toBe(false);
    expect(value.credits[0]!.text).toBe('底本：「愛よ、愛」パサージュ叢書、メタローグ');
  });

  it('reads heading notes as topics in the name-colon reader', () => {
    const text = crlf(['一、前半［＃「一、前半」は中見出し］', '一平　それは空想だろう。', 'かの子　いいえ、理想ですよ。', '一平　要するに実質的になったんだね。', '二、後半［＃「二、後半」は中見出し］', 'かの子　実質的とは。', '一平　それは僕も同感だね。', 'かの子　そうです。']);
    const { value } = parseNameColon(cleanFromString(text));
    expect(value.topics.map((t) => t.title)).toEqual(['一、前半', '二、後半']);
  });

  it('reads `〈Name〉text` and `（Name ふたたび）text` as labels in a file with no other labels, after a talk under headings', () => {
    const text = crlf([
      '一、演説［＃「一、演説」は大見出し］',
      '　諸君、議会政治で重大なことは国民の審判であります。',
      '　第一は、池田内閣が所得倍増をとなえる足元から物価はどしどし上がっておるという状態であります。',
      '二、続き［＃「二、続き」は大見出し］',
      '　第二は、日米安全保障条約の問題であります。いよいよ解散、総選挙でありますが、日本の姿を考えます。',
      '　諸君、議会政治で重大なことは警職法、新安保条約の重大な案件が選挙のさいには国民に隠されることであります。',
      '　さらにわれわれが心配をいたしまするのは、防衛力の増大によって憲法改正、再軍備、徴兵制度への道が開かれることであります。',
      '　もしアジア、アフリカに中立主義を無視して、日本がアメリカ追従の外交をやっていけば、日本は孤立するでありましょう。',
      '〈司会〉会場が大へんそうぞうしゅうございまして、お静かに願います。',
      '（浅沼委員長ふたたび）選挙のさいは国民に評判の悪いものは捨てておいて。',
      '（このとき暴漢がかけ上がり、浅沼委員長を刺す。場内騒然）',
      '（拍手）',
    ]);
    const { value } = parseNameColon(cleanFromString(text));
    expect(value.topics.map((t) => [t.title, t.turns.map((turn) => turn.speaker)])).toEqual([['一、演説', ['浅沼委員長']], ['二、続き', ['浅沼委員長']], ['', ['司会', '浅沼委員長']]]);
    expect(turnsOf(value)[3]).toEqual(['浅沼委員長', ['選挙のさいは国民に評判の悪いものは捨てておいて。', '（このとき暴漢がかけ上がり、浅沼委員長を刺す。場内騒然）', '（拍手）']]);
  });

  it('gives an unnamed talk before the labels to the speaker a `（Name ふたたび）` label brings back', () => {
    const text = crlf([
      '一、演説［＃「一、演説」は大見出し］',
      '　諸君、臨時国会もいよいよ十七日召集ということになりました。今回開かれる国会は重大であります。',
      '二、続き［＃「二、続き」は大見出し］',
      '　第二は、日米安全保障条約の問題であります。いよいよ解散、総選挙でありますが、日本の姿を考えます。',
      '　さらにわれわれが心配をいたしまするのは、防衛力の増大によって憲法改正、再軍備への道が開かれることであります。',
      '〈司会〉お静かに願います。',
      '（浅沼委員長ふたたび）選挙のさいは国民に評判の悪いものは捨てておいて。',
    ]);
    const { value } = parseNameColon(cleanFromString(text));
    expect(value.speakers.map((s) => [s.name, s.kind])).toEqual([['浅沼委員長', 'featured'], ['司会', 'host']]);
  });

  it('does not take a recurring bracketed stage note that stands before another label for a bare label', () => {
    const text = crlf(['主席：現在開始投票。', '', '（進行投票）', '', '主席：所有委員均已投票。', '', '（進行投票）', '', '主席：現在報告選舉結果。']);
    const { value, diagnostics } = parseNameColon(cleanFromString(text));
    expect(value.speakers.map((s) => s.name)).toEqual(['主席']);
    expect(diagnostics.filter((d) => d.rule === 'empty-turn')).toEqual([]);
  });

  it('does not take a recurring aside or the notation legend for a bracket label', () => {
    const text = crlf(['（例）兎《と》', '（例）所｜一寸《ちょっと》', 'Dave: one', '（笑）そうですね。', 'Sue: two', '（笑）本当に。', 'Dave: three']);
    expect(parseNameColon(cleanFromString(text)).value.speakers.map((s) => s.name)).toEqual(['Dave', 'Sue']);
  });
});
