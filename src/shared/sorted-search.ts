/*
 * Binary search, the one the stages (offset → line, clean offset → source offset, edits before an
 * offset, the first bad byte) and the browser (the print layout's break in a text) share.
 */

/**
 * The first index in `low`…`high` (`high` excluded) at which `isPast` holds, for an `isPast` that
 * stays true once it is: `high` when it never holds. O(log(high − low)) calls of `isPast`.
 */
export function firstIndexWhere(low: number, high: number, isPast: (index: number) => boolean): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isPast(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The last index of `items` (ascending by `keyOf`) whose key is at most `value`, or 0 when none is:
 * the line, piece or run an offset falls in, where the first one starts at or before any offset asked.
 */
export function lastStartingAtOrBefore<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  return Math.max(0, firstIndexWhere(0, items.length, (i) => keyOf(items[i]!) > value) - 1);
}
