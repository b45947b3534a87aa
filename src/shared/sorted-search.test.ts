import { describe, expect, it } from 'vitest';
import { firstIndexWhere, lastStartingAtOrBefore } from './sorted-search.ts';

describe('firstIndexWhere', () => {
  it('finds the first index at which the condition holds', () => {
    const values = [1, 3, 3, 5, 8];
    expect(firstIndexWhere(0, values.length, (i) => values[i]! >= 3)).toBe(1);
    expect(firstIndexWhere(0, values.length, (i) => values[i]! > 3)).toBe(3);
    expect(firstIndexWhere(0, values.length, (i) => values[i]! >= 0)).toBe(0);
  });

  it('gives the end when the condition never holds, and searches only low…high', () => {
    const asked: number[] = [];
    expect(firstIndexWhere(2, 6, (i) => (asked.push(i), false))).toBe(6);
    expect(asked.every((i) => i >= 2 && i < 6)).toBe(true);
    expect(firstIndexWhere(4, 4, () => true)).toBe(4);
  });

  it('asks about log2 of the range, not every index', () => {
    let calls = 0;
    expect(firstIndexWhere(0, 1_000_000, (i) => (calls++, i >= 777_777))).toBe(777_777);
    expect(calls).toBeLessThanOrEqual(21);
  });

  it('agrees with a linear scan on every threshold', () => {
    const values = [0, 0, 2, 4, 4, 4, 9, 12];
    for (let t = -1; t <= 13; t++) {
      const linear = values.findIndex((v) => v >= t);
      expect(firstIndexWhere(0, values.length, (i) => values[i]! >= t)).toBe(linear === -1 ? values.length : linear);
    }
  });
});

describe('lastStartingAtOrBefore', () => {
  const lines = [{ start: 0 }, { start: 4 }, { start: 9 }];
  const start = (line: { start: number }) => line.start;

  it('finds the item an offset falls in', () => {
    expect(lastStartingAtOrBefore(lines, 0, start)).toBe(0);
    expect(lastStartingAtOrBefore(lines, 3, start)).toBe(0);
    expect(lastStartingAtOrBefore(lines, 4, start)).toBe(1);
    expect(lastStartingAtOrBefore(lines, 8, start)).toBe(1);
    expect(lastStartingAtOrBefore(lines, 100, start)).toBe(2);
  });

  it('gives the first item for an offset before all of them', () => {
    expect(lastStartingAtOrBefore([{ start: 5 }, { start: 7 }], 2, start)).toBe(0);
  });
});
