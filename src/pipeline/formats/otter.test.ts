import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { detectOtter, parseOtter, readOtterHeader } from './otter.ts';

describe('otter', () => {
  it('reads `Name  0:12` and `Name  1:02:03` headers and times the paragraphs until the next header', () => {
    const { value } = parseOtter(cleanFromString('Dave Smith  0:12\nHello.\nSecond paragraph.\n\nSue  1:02:03\nHi.\n'));
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs.map((p) => [p.text, p.time])])).toEqual([
      ['Dave Smith', [['Hello.', { start: 12, end: 3723 }], ['Second paragraph.', { start: 12, end: 3723 }]]],
      ['Sue', [['Hi.', { start: 3723 }]]],
    ]);
  });

  it('does not take a sentence ending in a time for a header', () => {
    expect(readOtterHeader('We met at 10:30')).toBeUndefined();
    expect(readOtterHeader('Unknown Speaker  4:05')).toMatchObject({ name: 'Unknown Speaker', time: 245 });
    expect(readOtterHeader('**Kelly**  0:33')).toMatchObject({ name: 'Kelly', time: 33 });
    expect(readOtterHeader('**Kelly  0:33')).toBeUndefined();
    expect(detectOtter('We met at 10:30\nand left at 11:45\n')).toBe(0);
  });
});
