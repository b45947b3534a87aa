import { describe, expect, it } from 'vitest';
import { TextMemo } from './text-memo.ts';

describe('TextMemo', () => {
  it('computes a text once while it is remembered', () => {
    const memo = new TextMemo<number>(100);
    let calls = 0;
    const length = (t: string): number => (calls++, t.length);
    expect(memo.get('abc', length)).toBe(3);
    expect(memo.get('abc', length)).toBe(3);
    expect(calls).toBe(1);
  });

  it('keeps at most maxChars characters of keys, forgetting the least recently used first', () => {
    const memo = new TextMemo<string>(10);
    const seen: string[] = [];
    const upper = (t: string): string => (seen.push(t), t.toUpperCase());
    memo.get('aaaa', upper);
    memo.get('bbbb', upper);
    memo.get('aaaa', upper); // used again: now the most recent
    memo.get('cccc', upper); // 12 characters: `bbbb` goes
    memo.get('aaaa', upper);
    memo.get('bbbb', upper);
    expect(seen).toEqual(['aaaa', 'bbbb', 'cccc', 'bbbb']);
  });

  it('remembers nothing after clear()', () => {
    const memo = new TextMemo<number>(100);
    let calls = 0;
    memo.get('x', () => ++calls);
    memo.clear();
    memo.get('x', () => ++calls);
    expect(calls).toBe(2);
  });
});
