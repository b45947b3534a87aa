import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { cleanFixture } from './outline.ts';
import { detectQa, parseQa } from './qa.ts';

const read = (text: string) => parseQa(cleanFromString(text));

describe('qa', () => {
  it('keeps the labels as written; the asker is a host, the answerer featured', () => {
    const { value } = read('问：为什么？\n答：因为。\n问：真的吗？\n答：真的。\n');
    expect(value.speakers).toEqual([
      { name: '问', kind: 'host', turnCount: 2 },
      { name: '答', kind: 'featured', turnCount: 2 },
    ]);
  });

  it('reads Traditional 問/答, Q:/A:, numbered Q1:/A1: and 主持人：', () => {
    expect(read('問：甲\n答：乙\n').value.speakers.map((s) => s.name)).toEqual(['問', '答']);
    expect(read('Q1: Why?\nA1: Because.\nQ2: Sure?\nA2: Yes.\n').value.speakers.map((s) => `${s.name} ${s.kind}`)).toEqual(['Q host', 'A featured']);
    expect(read('主持人：甲？\n答：乙\n').value.speakers.map((s) => `${s.name} ${s.kind}`)).toEqual(['主持人 host', '答 featured']);
  });

  it('continues an answer on unlabelled lines', () => {
    const { value } = read('问：为什么？\n答：第一。\n第二。\n');
    expect(value.topics[0]!.turns[1]!.paragraphs.map((p) => p.text)).toEqual(['第一。', '第二。']);
  });

  it('detects only with both a question and an answer label', () => {
    expect(detectQa('问：一\n答：二\n问：三\n')).toBeGreaterThan(0.9);
    expect(detectQa('主持人：一\n林雅婷：二\n主持人：三\n')).toBe(0);
    expect(detectQa('Host: one\nGuest: two\nHost: three\n')).toBe(0);
  });

  it('reads a talk under headings followed by a Q&A: the talk is quotable, the Q&A its own section with the asker as host', () => {
    const { value, diagnostics } = parseQa(cleanFixture('talk-qa.zh.md'));
    expect(value.title).toBe('城市的夜晚');
    expect(value.lead).toEqual([]);
    expect(value.topics.map((t) => [t.title, t.turns.map((turn) => `${turn.speaker} ${turn.paragraphs.length}`)])).toEqual([
      ['夜班公車', ['? 2']],
      ['便利商店', ['? 2']],
      ['路燈', ['? 2']],
      ['', ['问 1', '? 1', '问 1', '? 1']],
    ]);
    expect(value.speakers.map((s) => `${s.name} ${s.kind}`)).toEqual(['? featured', '问 host']);
    expect(diagnostics.filter((d) => d.rule === 'empty-topic')).toEqual([]);
  });

  it('keeps an introduction under a heading before the interview as the lead', () => {
    const { value } = read('## 前言\n\n本文整理自一次访谈。\n\n## 访谈\n\n问：为什么？\n答：因为。\n问：真的吗？\n答：真的。\n');
    expect(value.lead.map((p) => p.text)).toEqual(['本文整理自一次访谈。']);
    expect(value.speakers.map((s) => `${s.name} ${s.kind}`)).toEqual(['问 host', '答 featured']);
  });
});
