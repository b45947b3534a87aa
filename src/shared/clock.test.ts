import { describe, expect, it } from 'vitest';
import { clock } from './clock.ts';

describe('clock', () => {
  it('shows minutes and seconds under an hour, hours from an hour on', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(65)).toBe('1:05');
    expect(clock(59 * 60 + 59)).toBe('59:59');
    expect(clock(3600)).toBe('1:00:00');
    expect(clock(2 * 3600 + 3 * 60 + 4)).toBe('2:03:04');
  });

  it('drops a fraction of a second, and shows a negative time as 0:00', () => {
    expect(clock(65.999)).toBe('1:05');
    expect(clock(-3)).toBe('0:00');
  });

  it('with milliseconds, adds the fraction there is', () => {
    expect(clock(65.25, { milliseconds: true })).toBe('1:05.250');
    expect(clock(3725.004, { milliseconds: true })).toBe('1:02:05.004');
    expect(clock(65, { milliseconds: true })).toBe('1:05');
  });
});
