import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorpus, parseExpected, parsePicks } from './corpus.ts';

const EXPECTED = `source: https://example.com/talk
licence: CC-BY-4.0
language: en
layout: name-colon
speakers:
  - Ada
  - Host
turns: 12
topics:
  - The early years
length: 3723
notes: counted by hand
`;

describe('parseExpected', () => {
  it('reads the hand counts', () => {
    expect(parseExpected(EXPECTED, 'a.expected.yaml')).toEqual({ language: 'en', layout: 'name-colon', speakers: ['Ada', 'Host'], turns: 12, topics: ['The early years'], length: 3723 });
  });

  it('takes null turns and length, and no topics, as nothing to compare', () => {
    const text = EXPECTED.replace('turns: 12', 'turns: null').replace('length: 3723', 'length: null').replace(/topics:\n  - The early years/u, 'topics: []');
    expect(parseExpected(text, 'a.expected.yaml')).toMatchObject({ turns: null, topics: [], length: null });
  });

  it('reads a label YAML takes for a number as the label written', () => {
    expect(parseExpected(EXPECTED.replace('  - Host', '  - 2'), 'a.expected.yaml').speakers).toEqual(['Ada', '2']);
  });

  it('says which file and key are wrong', () => {
    expect(() => parseExpected(EXPECTED.replace('turns: 12', 'turns: twelve'), 'a.expected.yaml')).toThrow(/a\.expected\.yaml.*turns/u);
    expect(() => parseExpected('speakers: [Ada', 'b.expected.yaml')).toThrow(/b\.expected\.yaml/u);
  });
});

describe('parsePicks', () => {
  it('reads each pick\'s line, speaker and words', () => {
    const text = 'picked_by: a reader\npicks:\n  - line: 12\n    speaker: Ada\n    text: "We cut the build."\n    why: A number.\n  - line: 30\n    speaker: null\n    text: Plain words\n';
    expect(parsePicks(text, 'a.picks.yaml')).toEqual([
      { line: 12, speaker: 'Ada', text: 'We cut the build.', why: 'A number.' },
      { line: 30, speaker: null, text: 'Plain words' },
    ]);
  });

  it('says which pick is wrong', () => {
    expect(() => parsePicks('picks:\n  - line: 12\n', 'a.picks.yaml')).toThrow(/a\.picks\.yaml.*pick 1.*text/u);
  });
});

describe('listCorpus', () => {
  it('pairs each transcript with its hand counts and picks, by id, and keeps to the ids asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
    mkdirSync(join(dir, 'sub'));
    for (const name of ['en-srt-a.srt', 'en-srt-a.expected.yaml', 'en-srt-a.picks.yaml', 'zh-qa-b.txt', 'zh-qa-b.expected.yaml', 'en-vtt-c.vtt']) writeFileSync(join(dir, name), '');
    expect(listCorpus(dir)).toEqual([
      { id: 'en-srt-a', transcript: join(dir, 'en-srt-a.srt'), expected: join(dir, 'en-srt-a.expected.yaml'), picks: join(dir, 'en-srt-a.picks.yaml') },
      { id: 'en-vtt-c', transcript: join(dir, 'en-vtt-c.vtt') },
      { id: 'zh-qa-b', transcript: join(dir, 'zh-qa-b.txt'), expected: join(dir, 'zh-qa-b.expected.yaml') },
    ]);
    expect(listCorpus(dir, ['qa', 'vtt']).map((entry) => entry.id)).toEqual(['en-vtt-c', 'zh-qa-b']);
  });
});
