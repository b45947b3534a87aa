import { describe, expect, it } from 'vitest';
import { looksLikeName, readLabel } from './labels.ts';

describe('readLabel: which `X: …` lines are speakers', () => {
  it.each([
    ['Dave: hi there', 'Dave', 'hi there'],
    ['Dave Smith: hi', 'Dave Smith', 'hi'],
    ['Dr. Priya Nair: hello', 'Dr. Priya Nair', 'hello'],
    ['Ludwig van Beethoven: da-da-da-dum', 'Ludwig van Beethoven', 'da-da-da-dum'],
    ['Speaker 1: yes', 'Speaker 1', 'yes'],
    ['Audience member: a question', 'Audience member', 'a question'],
    ['Dave (host): welcome', 'Dave (host)', 'welcome'],
    ['JUDGE HALE: order', 'JUDGE HALE', 'order'],
    ['主持人：歡迎', '主持人', '歡迎'],
    ['林雅婷 ： 大家好', '林雅婷', '大家好'],
    ['阿卜杜拉·艾力：你好', '阿卜杜拉·艾力', '你好'],
    ['問：為什麼？', '問', '為什麼？'],
    ['聞き手：こんにちは', '聞き手', 'こんにちは'],
  ])('%j is said by %j', (line, name, text) => {
    expect(readLabel(line)).toMatchObject({ kind: 'speaker', name, text });
  });

  it.each([
    ['https://example.org/episodes/42'],
    ['http://example.org'],
    ['See https://example.org for the notes'],
    ['12:03 we started'],
    ['At 12:03 we started'],
    ['1:02:03'],
    ['The ratio was 3:1 in the end'],
    ['So the thing is: we never checked'],
    ['Here is why: it rained'],
    ['他說：「我們明天再談。」'],
    ['我的看法是：先做再說'],
    ['**Dave:** hi'],
    ['[Speaker 1] [12:03] hi'],
    ['Well, honestly: no'],
    ['A sentence that goes on far too long to be anybody’s name at all: yes'],
  ])('%j is not a speaker line', (line) => {
    expect(readLabel(line)?.kind === 'speaker').toBe(false);
  });

  it.each([
    ['Note: the audio dropped here', 'meta'],
    ['NOTE: the audio dropped here', 'meta'],
    ["Editor's note: trimmed", 'meta'],
    ['Source: BBC', 'meta'],
    ['Episode 42: Salt and Steel', 'meta'],
    ['訪談整理：王小雨', 'meta'],
    ['來源：網易', 'meta'],
    ['Topic: Funding', 'topic'],
    ['Chapter 2: The bridge', 'topic'],
    ['主題：大模型', 'topic'],
    ['主题：大模型', 'topic'],
    ['第三章：結語', 'topic'],
    ['チャプター：あんこ作り', 'topic'],
  ])('%j is a %s line', (line, kind) => {
    expect(readLabel(line)?.kind).toBe(kind);
  });

  it('keeps names to about 40 characters', () => {
    expect(looksLikeName('A'.repeat(40))).toBe(true);
    expect(looksLikeName('A'.repeat(41))).toBe(false);
  });
  it.each([['00:12:03'], ['12'], ['3.5'], ['https'], ['www.example.org'], ['example.com'], ['(laughs)'], ['(laughs'], ['（笑）'], ['?'], ['??'], ['[Speaker 1]']])('%j is never a name', (name) => {
    expect(looksLikeName(name)).toBe(false);
  });

  it('reads a label whose text is only a URL as meta, whatever the word', () => {
    expect(readLabel('Podcast: https://example.org/ep/7')).toMatchObject({ kind: 'meta', name: 'Podcast' });
    expect(readLabel('Video: youtu.be/abc123')).toMatchObject({ kind: 'meta', name: 'Video' });
    expect(readLabel('Dave: see https://example.org')).toMatchObject({ kind: 'speaker' });
  });

  it('reads a time after the name or at the start of the text as the label’s time, not as text', () => {
    expect(readLabel('Dave (12:03): hi')).toMatchObject({ kind: 'speaker', name: 'Dave', time: 723, text: 'hi' });
    expect(readLabel('Dave: [12:03] hi')).toMatchObject({ kind: 'speaker', name: 'Dave', time: 723, text: 'hi' });
    expect(readLabel('Dave: \\[12:03\\] hi')).toMatchObject({ kind: 'speaker', name: 'Dave', time: 723, text: 'hi' });
    expect(readLabel('Dave: 00:12:03 hi')).toMatchObject({ kind: 'speaker', name: 'Dave', time: 723, text: 'hi' });
    // A bare `12:30` may be what was said.
    expect(readLabel('Dave: 12:30 works for me')).toMatchObject({ kind: 'speaker', text: '12:30 works for me' });
    expect(readLabel('Dave: 12:30 works for me')?.time).toBeUndefined();
  });

  it('reads a parenthesised section line as a topic', () => {
    expect(readLabel('(第一題：你為什麼開始寫作？)')).toMatchObject({ kind: 'topic', text: '你為什麼開始寫作？' });
    expect(readLabel('（第十二题：结语）')).toMatchObject({ kind: 'topic', text: '结语' });
    expect(readLabel('(laughs): ok')?.kind).toBeUndefined();
  });
  it.each([['時　　間：十月一日'], ['地　　點：會議室'], ['主旨：開會通知'], ['說明：如附件'], ['受文者：各委員'], ['決定事項：照案通過'], ['1.工作小組報告：略'], ['現階段工作重點如下：'], ['各委員得票數如下：'], ['請各位委員分區領票：'], ['選舉結果：通過']])('%j in an official record is not a speaker (a field or a clause)', (line) => {
    expect(readLabel(line)?.kind === 'speaker').toBe(false);
  });

  it('reads a name spaced out with ideographic spaces as the name', () => {
    expect(readLabel('主 持 人：請坐')).toMatchObject({ kind: 'speaker', name: '主 持 人' });
    expect(readLabel('時　　間：十月一日')).toMatchObject({ kind: 'meta' });
  });
});
