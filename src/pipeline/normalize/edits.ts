import { lastStartingAtOrBefore } from '../../shared/sorted-search.ts';
import type { TextEdit } from '../types.ts';

/**
 * The result of applying edits to a text: the new text and a map from its offsets back to the
 * offsets of the text the edits were made against.
 */
export interface EditedText {
  text: string;
  toOriginalOffset(offset: number): number;
}

/** One run of the new text: `length` code units starting at `to` came from `from` in the original. */
interface Run {
  to: number;
  from: number;
  length: number;
  /** A replacement maps all of its characters to the start of what it replaced. */
  replaced: boolean;
}

/**
 * Applies non-overlapping edits (any order) to `original`. Overlapping edits are a bug in a
 * normaliser, not bad input, so the later-starting one is skipped rather than thrown on.
 */
export function applyEdits(original: string, edits: readonly TextEdit[]): EditedText {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const runs: Run[] = [];
  const parts: string[] = [];
  let cursor = 0;
  let length = 0;
  const push = (from: number, text: string, replaced: boolean): void => {
    if (text.length === 0) return;
    runs.push({ to: length, from, length: text.length, replaced });
    parts.push(text);
    length += text.length;
  };
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > original.length) continue;
    push(cursor, original.slice(cursor, edit.start), false);
    push(edit.start, edit.text, true);
    cursor = edit.end;
  }
  push(cursor, original.slice(cursor), false);
  const text = parts.join('');

  const toOriginalOffset = (offset: number): number => {
    if (runs.length === 0) return Math.min(offset, original.length);
    if (offset >= text.length) {
      const last = runs[runs.length - 1]!;
      return last.replaced ? last.from : last.from + last.length + (offset - text.length);
    }
    const run = runs[lastStartingAtOrBefore(runs, offset, (r) => r.to)]!;
    return run.replaced ? run.from : run.from + (offset - run.to);
  };
  return { text, toOriginalOffset };
}
