import { describe, expect, it } from 'vitest';
import { assemble, cleanOffsetIn } from './builder.ts';

describe('assemble and cleanOffsetIn', () => {
  it('joins stretches with a space, or nothing between Chinese characters, and maps indexes back', () => {
    const joined = assemble([
      { start: 10, text: 'Hello there' },
      { start: 30, text: 'how are you' },
    ]);
    expect(joined.text).toBe('Hello there how are you');
    expect(joined.pieces).toEqual([
      { at: 0, start: 10 },
      { at: 12, start: 30 },
    ]);
    const p = { ...joined };
    expect(cleanOffsetIn(p, 0)).toBe(10);
    expect(cleanOffsetIn(p, 11)).toBe(21); // the joining space: end of the first stretch
    expect(cleanOffsetIn(p, 12)).toBe(30);
    expect(cleanOffsetIn(p, joined.text.length)).toBe(41);
    expect(assemble([{ start: 0, text: '第一行' }, { start: 4, text: '第二行' }]).text).toBe('第一行第二行');
  });

  it('records no pieces when the stretches are adjacent, and joins markup gaps with nothing', () => {
    expect(assemble([{ start: 5, text: 'ab' }, { start: 7, text: 'cd' }])).toEqual({ start: 5, text: 'abcd' });
    expect(assemble([{ start: 0, text: 'un' }, { start: 3, text: 'real', join: '' }]).text).toBe('unreal');
  });
});
