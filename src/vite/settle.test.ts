import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleAfterChanges } from './settle.ts';

describe('settleAfterChanges', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks again at each delay after a change', () => {
    const recheck = vi.fn();
    settleAfterChanges(recheck, [50, 250]).changed();
    vi.advanceTimersByTime(49);
    expect(recheck).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(recheck).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(recheck).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10_000);
    expect(recheck).toHaveBeenCalledTimes(2);
  });

  it('starts over on a new change, and stop cancels what is pending', () => {
    const recheck = vi.fn();
    const settle = settleAfterChanges(recheck, [50, 250]);
    settle.changed();
    vi.advanceTimersByTime(40);
    settle.changed();
    vi.advanceTimersByTime(40);
    expect(recheck).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(10);
    expect(recheck).toHaveBeenCalledTimes(1);
    settle.stop();
    vi.advanceTimersByTime(10_000);
    expect(recheck).toHaveBeenCalledTimes(1);
  });
});
