import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../src/io/load-deck.ts';
import { segmentTopics } from '../src/pipeline/topics/segment.ts';
import { evenSplit, formatBoundaries, markedStarts, measureBoundaries, mergedTopics, pk, topicStarts, windowDiff, wordListTitles } from './boundaries.ts';

const CORPUS = join(import.meta.dirname, 'corpus');
// Speeches of one speaker in several topics: a monologue, where only the topics tell the speeches apart.
const asanuma = loadDeck(join(CORPUS, 'ja-plain-asanuma-three-speeches.txt')).output!.transcript;
// A Q&A night whose questions are Markdown headings (`## Q1: …`).
const gnet = loadDeck(join(CORPUS, 'zh-Hans-markdown-talkgo-night-65-gnet.md')).output!.transcript;

const paragraphCount = (t: typeof asanuma) => t.topics.reduce((n, topic) => n + topic.turns.reduce((m, turn) => m + turn.paragraphs.length, 0), 0);

describe('Pk and WindowDiff', () => {
  // 10 paragraphs, true segments [0,4) [4,10); k = 2 or 3.
  it('are 0 for the true segmentation and grow with a boundary off by a paragraph or more', () => {
    expect(pk([4], [4], 10, 3)).toBe(0);
    expect(windowDiff([4], [4], 10, 3)).toBe(0);
    // Off by one: the windows (1, 4) and (4, 7) of the 7 disagree.
    expect(pk([4], [5], 10, 3)).toBeCloseTo(2 / 7);
    expect(windowDiff([4], [5], 10, 3)).toBeCloseTo(2 / 7);
    expect(pk([4], [8], 10, 3)).toBeGreaterThan(pk([4], [5], 10, 3));
  });

  it('tell a missed boundary from an extra one only in WindowDiff', () => {
    // A boundary found next to the true one: Pk sees the same windows straddle, WindowDiff counts two.
    expect(pk([4], [4, 5], 10, 2)).toBeCloseTo(1 / 8);
    expect(windowDiff([4], [4, 5], 10, 2)).toBeCloseTo(2 / 8);
    // Nothing found: every window over the boundary is wrong.
    expect(pk([4], [], 10, 2)).toBeCloseTo(2 / 8);
  });

  it('split evenly into the same number of segments', () => {
    expect(evenSplit(10, 2)).toEqual([5]);
    expect(evenSplit(9, 3)).toEqual([3, 6]);
    expect(evenSplit(7, 1)).toEqual([]);
  });
});

describe('hiding the marks', () => {
  it('puts every paragraph in one topic, in order, and joins a speaker who goes on across a mark', () => {
    const merged = mergedTopics(asanuma);
    expect(asanuma.topics.length).toBeGreaterThanOrEqual(2);
    expect(merged.topics).toHaveLength(1);
    expect(paragraphCount(merged)).toBe(paragraphCount(asanuma));
    // A speaker who goes on across a mark is one turn, so the turns do not give the marks away.
    const turns = merged.topics[0]!.turns;
    expect(turns.every((turn, i) => i === 0 || turn.speaker !== turns[i - 1]!.speaker)).toBe(true);
    expect(turns.length).toBeLessThan(asanuma.topics.flatMap((t) => t.turns).length);
    expect(topicStarts(merged)).toEqual([]);
  });

  it('measures the found boundaries against the marked ones, beside the even split', () => {
    const starts = topicStarts(gnet);
    expect(starts).toHaveLength(gnet.topics.length - 1);
    const score = measureBoundaries(gnet, starts, (t) => segmentTopics(t).value)!;
    expect(score.paragraphs).toBe(paragraphCount(gnet));
    expect(score.marked).toBe(gnet.topics.length);
    expect(score.found).toBeGreaterThanOrEqual(3);
    expect(score.k).toBe(Math.max(1, Math.round(score.paragraphs / score.marked / 2)));
    for (const value of [score.pk, score.windowDiff, score.even.pk, score.even.windowDiff]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(measureBoundaries(gnet, [], (t) => t)).toBeUndefined();
  });

  it('finds the marked topics by their titles in the text, whatever the reader made of them', () => {
    const text = '# Talk\nintro line\n## One\nfirst\nsecond\n> 二\nthird, about 二 and more\n## One more\nfourth\n';
    const paragraphStart = (line: string) => text.indexOf(`${line}\n`);
    const paragraphs = ['intro line', 'first', 'second', 'third, about 二 and more', 'fourth'].map(paragraphStart);
    // `Talk` is over the first paragraph (no boundary); `二` is its line, not the word inside a sentence.
    expect(markedStarts(text, paragraphs, ['Talk', 'One', '二', 'One more', 'Missing'])).toEqual({ starts: [1, 3, 4], located: 4 });
    // An Aozora Bunko heading carries a note on how it is set, and the example line names it first.
    const aozora = '（例）［＃「一、演説」は大見出し］\n一、演説［＃「一、演説」は大見出し］\n本文\n';
    expect(markedStarts(aozora, [aozora.indexOf('本文')], ['一、演説'])).toEqual({ starts: [], located: 1 });
    expect(markedStarts(`前文\n${aozora}`, [0, aozora.indexOf('本文') + 3], ['一、演説'])).toEqual({ starts: [1], located: 1 });
  });

  it('reports each file and the mean, and counts word-list titles', () => {
    expect(wordListTitles(['boat · uncle · Friday', 'Shamir secret sharing', '交易池规则'])).toBe(1);
    const score = measureBoundaries(gnet, topicStarts(gnet), (t) => segmentTopics(t).value)!;
    const text = formatBoundaries([{ id: 'zh-gnet', score, where: '8 of 14 titles found in the text' }, { id: 'zh-other', skipped: 'no output' }], { titles: 20, wordLists: 3 });
    expect(text).toContain('zh-gnet: 8 of 14 titles found in the text; ');
    expect(text).toContain('zh-other: not measured, no output');
    expect(text).toMatch(/mean of 1 files\s+Pk [\d.]+ WindowDiff [\d.]+ \(even split Pk [\d.]+ WindowDiff [\d.]+\)/u);
    expect(text).toContain('word-list titles: 3 of 20');
  });
});
