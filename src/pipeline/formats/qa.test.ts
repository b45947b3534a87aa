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
      ['夜班公車', ['答 2']],
      ['便利商店', ['答 2']],
      ['路燈', ['答 2']],
      ['', ['问 1', '答 1', '问 1', '答 1']],
    ]);
    expect(value.speakers.map((s) => `${s.name} ${s.kind}`)).toEqual(['答 featured', '问 host']);
    expect(diagnostics.filter((d) => d.rule === 'empty-topic')).toEqual([]);
  });

  it('keeps an introduction under a heading before the interview as the lead', () => {
    const { value } = read('## 前言\n\n本文整理自一次访谈。\n\n## 访谈\n\n问：为什么？\n答：因为。\n问：真的吗？\n答：真的。\n');
    expect(value.lead.map((p) => p.text)).toEqual(['本文整理自一次访谈。']);
    expect(value.speakers.map((s) => `${s.name} ${s.kind}`)).toEqual(['问 host', '答 featured']);
  });
  it('keeps a talk page’s abstract, outline, bio and links above its Q&A as the lead', () => {
    const page = [
      '## 第 8 期 缓存设计', '', '## 内容简介', '', '这次分享讨论缓存的设计取舍，从命中率到一致性，再到失效策略，结合线上事故的复盘，讲讲什么时候不该加缓存。', '',
      '## 内容大纲', '', '- 命中率', '- 一致性', '- 失效策略', '', '## 分享者自我介绍', '', '后端工程师，做了八年存储系统，维护过两个开源的缓存组件。', '',
      '## 分享地址', '', 'https://example.org/live/8', '', '## Q&A', '',
      '问：缓存和数据库不一致的时候先删缓存还是先写库？', '答：先写库再删缓存，删除失败要有重试，必要时加一个延迟双删。',
      '问：热点 key 怎么处理？', '答：本地缓存加随机过期时间，避免同时失效，再配合限流。',
      '问：缓存穿透呢？', '答：布隆过滤器或者缓存空值，空值的过期时间要短一些。', '',
    ].join('\n');
    const { value, diagnostics } = read(page);
    expect(diagnostics.map((d) => d.rule)).not.toContain('talk');
    expect(value.speakers.map((s) => `${s.name} ${s.kind}`)).toEqual(['问 host', '答 featured']);
    expect(value.lead.length).toBeGreaterThan(3);
  });
});
