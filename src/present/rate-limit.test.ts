import { describe, expect, it } from 'vitest';
import { rateLimit } from './rate-limit.ts';
import { isToken, newToken } from './token.ts';

describe('rate limit', () => {
  it('lets a burst through, then refills at its rate', () => {
    const limit = rateLimit(10, 3, 0);
    expect([limit.take(0), limit.take(0), limit.take(0), limit.take(0)]).toEqual([true, true, true, false]);
    expect(limit.take(50)).toBe(false);
    expect(limit.take(100)).toBe(true);
    expect(limit.take(10_000)).toBe(true);
    expect([limit.take(10_000), limit.take(10_000), limit.take(10_000)]).toEqual([true, true, false]);
  });
});

describe('token', () => {
  it('is long, random and compared exactly', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(newToken()).not.toBe(token);
    expect(isToken(token, token)).toBe(true);
    expect(isToken(token.slice(1), token)).toBe(false);
    expect(isToken(`${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`, token)).toBe(false);
    expect(isToken(null, token)).toBe(false);
  });
});
