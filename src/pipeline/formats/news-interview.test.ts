import { describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.ts';
import { normalize } from '../normalize/index.ts';
import { cleanFromString, readSeed, SEED_PATH } from '../testing/fixtures.ts';
import { parse } from './index.ts';
import { parseNewsInterview } from './news-interview.ts';
import { cleanFixture } from './outline.ts';

const GLOSS = /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u;

function seedTranscript() {
  const clean = normalize(decode({ path: SEED_PATH, bytes: readSeed() }).value).value;
  return { clean, ...parse(clean) };
}

/** The shape of a transcript, without positions: what the golden file records. */
function outline(transcript: ReturnType<typeof seedTranscript>['value']) {
  return {
    format: transcript.format,
    lead: transcript.lead.map((p) => p.text),
    credits: transcript.credits.map((p) => p.text),
    speakers: transcript.speakers.map((s) => `${s.name} ×${s.turnCount}`),
    topics: transcript.topics.map((t) => ({
      id: t.id,
      title: t.title,
      turns: t.turns.map((turn) => ({ id: turn.id, speaker: turn.speaker, lines: turn.paragraphs.map((p) => p.span.start.line) })),
    })),
  };
}

describe('the seed transcript (news-interview format)', () => {
  const seed = seedTranscript();

  it('matches the golden outline', async () => {
    await expect(JSON.stringify(outline(seed.value), null, 2) + '\n').toMatchFileSnapshot('./__golden__/seed.outline.json');
  });

  it('has three topics with their titles, glosses removed', () => {
    expect(seed.value.topics.map((t) => t.title)).toEqual(['大模型的分化', '大公司與創業公司做AI的差異', '大模型應該思考的下一代概念是什么？']);
  });

  it('has the two speakers with their turn counts (consecutive paragraphs of one speaker are one turn)', () => {
    expect(seed.value.speakers).toEqual([
      { name: '主持人', kind: 'other', turnCount: 5 },
      { name: '姚順雨', kind: 'other', turnCount: 6 },
    ]);
    expect(seed.value.topics.map((t) => t.turns.length)).toEqual([4, 1, 6]);
  });

  it('keeps the lead, the turns and the disclaimer, and every paragraph points at its own line', () => {
    expect(seed.value.lead.map((p) => p.span.start.line)).toEqual([2, 7, 8, 9, 10, 11, 12]);
    expect(seed.value.lead[0]!.span.start.line).toBe(2);
    expect(seed.value.credits.map((p) => p.span.start.line)).toEqual([63, 64]);
    const lines = seed.value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs.map((p) => p.span.start.line)));
    // Lines 15–62, less the three topic lines.
    expect(lines).toEqual(Array.from({ length: 48 }, (_, i) => i + 15).filter((n) => ![31, 36].includes(n)));
  });

  it('reads `[Name]text` without a space after the bracket', () => {
    const topic2 = seed.value.topics[1]!;
    expect(topic2.turns[0]!.paragraphs[0]!.text.startsWith('我覺得騰訊肯定')).toBe(true);
    expect(topic2.turns[0]!.paragraphs[0]!.span.start).toMatchObject({ line: 32, column: 6 });
  });

  it('leaves no pinyin gloss and keeps every real parenthesis', () => {
    const all = seed.value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs.map((p) => p.text))).join('\n');
    expect(all).not.toMatch(GLOSS);
    for (const kept of ['context(文本)', 'environment(場景)', 'bottleneck(瓶頸)', 'coding(編程)']) expect(all).toContain(kept);
    expect(seed.value.credits[0]!.text).toContain('(如有圖片或視頻亦包括在內)');
  });

  it('reports the four empty images', () => {
    const images = seed.diagnostics.filter((d) => d.rule === 'empty-image');
    expect(images.map((d) => d.span?.start.line)).toEqual([3, 4, 5, 6]);
  });
});

describe('news-interview edge cases', () => {
  const read = (text: string) => parseNewsInterview(cleanFromString(text));

  it('continues the previous speaker on an unlabelled line', () => {
    const { value } = read('主題:A\n[甲] 一\n二\n[乙] 三\n');
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs.map((p) => p.text)])).toEqual([
      ['甲', ['一', '二']],
      ['乙', ['三']],
    ]);
  });

  it('keeps a line before any speaker, attributed to an unknown speaker, and says so', () => {
    const { value, diagnostics } = read('主題:A\n沒有人說的話\n[甲] 一\n');
    expect(value.topics[0]!.turns[0]).toMatchObject({ speaker: '?' });
    expect(diagnostics.map((d) => [d.rule, d.span?.start.line, d.span?.start.column])).toEqual([['unattributed-line', 2, 1]]);
  });

  it('reports an empty speaker label and an unclosed one as errors with their columns, losing no text', () => {
    const { value, diagnostics } = read('主題:A\n[甲] 一\n[] 二\n[主持人 三\n');
    expect(diagnostics.map((d) => [d.severity, d.rule, d.span?.start.line, d.span?.start.column])).toEqual([
      ['error', 'empty-speaker', 3, 1],
      ['error', 'unclosed-speaker', 4, 1],
    ]);
    expect(value.topics[0]!.turns[0]!.paragraphs.map((p) => p.text)).toEqual(['一', '二', '[主持人 三']);
  });

  it('treats text before `以下是…:` as the lead and `特別聲明` onwards as credits', () => {
    const { value } = read('導語一\n以下是發言內容:\n主題:A\n[甲] 一\n特別聲明:僅供參考\n');
    expect(value.lead.map((p) => p.text)).toEqual(['導語一']);
    expect(value.credits.map((p) => p.text)).toEqual(['特別聲明：僅供參考']);
  });

  it('reads full-width colons and Simplified topic markers', () => {
    const { value } = read('主题：甲乙\n[甲] 一\n');
    expect(value.topics[0]!.title).toBe('甲乙');
  });
});

describe('bracketed labels that are not names', () => {
  it('never takes a time, a number, a URL, an aside or `?` in brackets for a speaker; `[12:03]` is the paragraph’s time', () => {
    const { value } = parseNewsInterview(cleanFixture('news-interview-brackets.zh.txt'));
    expect(value.speakers.map((s) => s.name)).toEqual(['主持人', '作家']);
    expect(value.topics.map((t) => t.title)).toEqual(['開場', 'Writing every day']);
    expect(value.topics[0]!.turns[0]!.paragraphs.map((p) => [p.text, p.time?.start])).toEqual([
      ['歡迎來到節目。', undefined],
      ['今天的來賓是一位作家。', 723],
      ['[(笑)] 大家好。', undefined],
      ['[https://example.org/ep12] 節目連結在這裡。', undefined],
      ['[?] 聽不清楚的一句。', undefined],
      ['[12] 第十二期。', undefined],
    ]);
  });
});
