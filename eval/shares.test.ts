import { describe, expect, it } from 'vitest';
import { sizeOf, speakerShares } from './shares.ts';

describe('sizeOf', () => {
  it('counts Latin-script words and Chinese or Japanese characters alike', () => {
    expect(sizeOf("We didn't measure it.")).toBe(4);
    expect(sizeOf('瓶颈是数据')).toBe(5);
    expect(sizeOf('用GPT-4做')).toBe(4);
  });
});

describe('speakerShares', () => {
  const speakers = [
    { name: 'Host', kind: 'host' as const },
    { name: 'Ada', kind: 'featured' as const },
    { name: 'Ben', kind: 'featured' as const },
  ];

  it('sets each speaker\'s share of what was said beside their share of the slides', () => {
    const said = [
      { speaker: 'Host', text: 'one two' },
      { speaker: 'Ada', text: 'one two three four five six' },
      { speaker: 'Ben', text: 'one two' },
    ];
    const shares = speakerShares(said, speakers, ['Ada', 'Ada', 'Ben', 'Ada']);
    expect(shares.map((s) => [s.name, s.said, s.slides, s.slideShare])).toEqual([
      ['Ada', 0.6, 3, 0.75],
      ['Host', 0.2, 0, 0],
      ['Ben', 0.2, 1, 0.25],
    ]);
    expect(shares.some((s) => s.unquoted)).toBe(false);
  });

  it('flags a speaker who said at least 15 % and has no slide, unless cast as a host', () => {
    const said = [
      { speaker: 'Host', text: 'one two three' },
      { speaker: 'Ada', text: 'one two three four five six' },
      { speaker: 'Ben', text: 'one two' },
    ];
    const shares = speakerShares(said, speakers, ['Ada']);
    expect(shares.filter((s) => s.unquoted).map((s) => s.name)).toEqual(['Ben']);
  });

  it('does not flag a speaker below 15 %', () => {
    const said = [
      { speaker: 'Ada', text: 'one two three four five six seven eight nine ten' },
      { speaker: 'Ben', text: 'one' },
    ];
    expect(speakerShares(said, speakers, ['Ada']).some((s) => s.unquoted)).toBe(false);
  });
});
