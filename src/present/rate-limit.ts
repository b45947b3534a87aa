/*
 * A token bucket for one connection: `burst` messages at once, then `perSecond`. A presenter holding
 * an arrow key sends about 30 steps a second; anything much faster is not a person.
 */

export interface RateLimit {
  /** Whether a message arriving now is within the limit (it is counted either way). */
  take(now?: number): boolean;
}

export function rateLimit(perSecond: number, burst: number, start = Date.now()): RateLimit {
  let tokens = burst;
  let last = start;
  return {
    take(now = Date.now()) {
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
