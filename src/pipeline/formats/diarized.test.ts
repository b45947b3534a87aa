import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { parseDiarized, readDiarizedLabel } from './diarized.ts';

describe('diarized', () => {
  it.each([
    ['[Speaker 1] [12:03] Hello.', 'Speaker 1', 723, 'Hello.'],
    ['[Speaker 1] 00:12:03 Hello.', 'Speaker 1', 723, 'Hello.'],
    ['[00:12:03] Speaker 2: Hello.', 'Speaker 2', 723, 'Hello.'],
    ['00:12:03 [Speaker 2] Hello.', 'Speaker 2', 723, 'Hello.'],
    ['Speaker 1 (00:12:03): Hello.', 'Speaker 1', 723, 'Hello.'],
    ['Dave Smith (01:02:03):', 'Dave Smith', 3723, ''],
    ['说话人1 (00:00:05): 好。', '说话人1', 5, '好。'],
  ])('%j', (line, name, time, text) => {
    expect(readDiarizedLabel(line)).toMatchObject({ name, time, text });
  });

  it.each([['[inaudible 00:01:03]'], ['[主持人] 你好'], ['at 12:03 we spoke'], ['12:03 the meeting started: late']])('%j is not a label', (line) => {
    expect(readDiarizedLabel(line)).toBeUndefined();
  });

  it('reads the text under a label with nothing after it, and keeps [inaudible] in the turn', () => {
    const { value } = parseDiarized(cleanFromString('Dave (00:00:01):\nHello.\n[inaudible 00:00:03]\nSue (00:00:05): Hi.\n'));
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs.map((p) => [p.text, p.time])])).toEqual([
      ['Dave', [['Hello.', { start: 1, end: 5 }], ['[inaudible 00:00:03]', { start: 1, end: 5 }]]],
      ['Sue', [['Hi.', { start: 5 }]]],
    ]);
  });
});
