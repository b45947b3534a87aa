import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../formats/index.ts';
import { parseNameColon } from '../formats/name-colon.ts';
import { cleanFixture, readFixture } from '../formats/outline.ts';
import { parsePlain } from '../formats/plain.ts';
import { parseQa } from '../formats/qa.ts';
import { cleanFromString } from '../testing/fixtures.ts';
import type { Transcript } from '../types.ts';
import { segmentTopics } from './segment.ts';
import { contentTerms } from './terms.ts';

const paragraphs = (t: Transcript) => t.topics.flatMap((topic) => topic.turns.flatMap((turn) => turn.paragraphs.map((p) => p.start)));
/** The 60-paragraph interview on four subjects (fishing, wind turbines, teaching, pianos), no topic markers. */
const interview = () => parseNameColon(cleanFixture('name-colon.en.txt')).value;

describe('segmentTopics on an interview with no topic markers', () => {
  const before = interview();
  const { value } = segmentTopics(before);

  it('is a 60-paragraph interview read as one topic', () => {
    expect(before.topics).toHaveLength(1);
    expect(paragraphs(before)).toHaveLength(60);
  });

  it('finds between 3 and 12 topics: the four subjects, titled by their key phrases (key-phrase.test.ts)', () => {
    expect(value.topics.length).toBeGreaterThanOrEqual(3);
    expect(value.topics.length).toBeLessThanOrEqual(12);
    expect(value.topics.map((t) => t.title)).toEqual(['boat', 'turbine', 'students', 'piano']);
  });

  it('starts each topic at a question of the host, never inside a turn', () => {
    const firstParagraphs = new Set(before.topics[0]!.turns.map((turn) => turn.paragraphs[0]!.start));
    for (const topic of value.topics) {
      expect(topic.turns[0]!.speaker).toBe('Sam Reyes');
      expect(firstParagraphs.has(topic.turns[0]!.paragraphs[0]!.start)).toBe(true);
    }
    expect(value.topics.map((t) => t.span.start.line)).toEqual([5, 23, 38, 51]);
  });

  it('keeps every paragraph in order, renumbers ids and recounts turns', () => {
    expect(paragraphs(value)).toEqual(paragraphs(before));
    value.topics.forEach((topic, i) => {
      expect(topic.id).toBe(`topic-${i + 1}`);
      topic.turns.forEach((turn, j) => expect(turn.id).toBe(`topic-${i + 1}-turn-${j + 1}`));
    });
    const count = (name: string) => value.topics.flatMap((t) => t.turns).filter((t) => t.speaker === name).length;
    for (const speaker of value.speakers) expect(speaker.turnCount).toBe(count(speaker.name));
  });

  it('keeps within the bounds it is given', () => {
    expect(segmentTopics(before, { maxTopics: 2 }).value.topics).toHaveLength(2);
    expect(segmentTopics(before, { minTopics: 6 }).value.topics.length).toBeGreaterThanOrEqual(6);
    expect(segmentTopics(before, { minTopics: 1, maxTopics: 1 }).value.topics).toHaveLength(1);
  });

  it('is what parse() does when a reader finds no topics, and says so', () => {
    const parsed = parse(cleanFixture('name-colon.en.txt'));
    expect(parsed.value.topics.map((t) => t.title)).toEqual(value.topics.map((t) => t.title));
    expect(parsed.diagnostics.find((d) => d.rule === 'inferred-topics')).toMatchObject({ severity: 'info' });
  });

  it('leaves explicit topics alone', () => {
    const parsed = parse(cleanFixture('markdown.en.md'));
    expect(parsed.value.topics.map((t) => t.title)).toEqual(['Why we sleep', 'Shift work and the body clock', 'Questions from the audience']);
    expect(parsed.diagnostics.map((d) => d.rule)).not.toContain('inferred-topics');
  });
});

describe('segmentTopics elsewhere', () => {
  it('splits a monologue (one turn) between paragraphs', () => {
    const text = readFixture('name-colon.en.txt').replace(/^(?:Sam Reyes|Maya Okafor|Maya): /gmu, '');
    const plain = parsePlain(cleanFromString(text)).value;
    expect(plain.topics[0]!.turns).toHaveLength(1);
    const { value } = segmentTopics(plain);
    expect(value.topics.length).toBeGreaterThanOrEqual(3);
    expect(value.topics.map((t) => t.title)).toContain('piano');
    expect(value.topics.every((t) => t.turns.every((turn) => turn.speaker === '?'))).toBe(true);
  });

  it('finds topics in Chinese, titled with Chinese words', () => {
    const { value } = segmentTopics(parseQa(cleanFixture('qa.zh.txt')).value);
    expect(value.topics.length).toBeGreaterThanOrEqual(3);
    expect(value.topics[1]!.title).toBe('数字化');
    for (const topic of value.topics) expect(topic.turns[0]!.speaker).toBe('问');
  });

  it('does not split a short transcript', () => {
    const { value, diagnostics } = segmentTopics(parseNameColon(cleanFromString('Dave: Bridges are great.\nSue: Pianos are better.\nDave: Fine.\n')).value, { file: 'x.txt' });
    expect(value.topics).toHaveLength(1);
    expect(diagnostics.map((d) => d.rule)).toEqual(['short-transcript']);
  });

  it('never throws, and never loses or reorders a paragraph', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('Dave: ', 'Sue: ', '问：', '\n', '。', 'piano ', 'turbine ', '钢琴', '风电', '?')), { maxLength: 200 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 }), (parts, min, max) => {
        const transcript = parseNameColon(cleanFromString(parts.join(''))).value;
        const { value } = segmentTopics(transcript, { minTopics: min, maxTopics: max });
        expect(paragraphs(value)).toEqual(paragraphs(transcript));
        expect(value.topics.length).toBeLessThanOrEqual(Math.max(1, max));
      }),
      { numRuns: 150 },
    );
  });
});

describe('contentTerms', () => {
  it('keeps content words, folds plurals, drops stop words and fillers', () => {
    expect(contentTerms('Well, you know, the turbines and their blades are huge.').map((t) => t.key)).toEqual(['turbine', 'blade', 'huge']);
  });

  it('cuts Chinese and Japanese into words, keeping single characters as weak terms', () => {
    expect(contentTerms('我们用手工纸修复古籍').filter((t) => !t.weak).map((t) => t.key)).toEqual(expect.arrayContaining(['手工', '修复', '古籍']));
    expect(contentTerms('北海道の小豆を炊きます').map((t) => t.key)).toEqual(expect.arrayContaining(['北海道', '小豆']));
  });
});
