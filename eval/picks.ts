import { compact } from './normalise.ts';

/** A line a person picked for a slide before running the tool (`<id>.picks.yaml`). */
export interface Pick {
  /** 1-based line of the file where the words start. */
  line: number;
  speaker: string | null;
  text: string;
  why?: string;
}

/** A quote as a slide shows it, with the source lines it comes from. */
export interface ShownQuote {
  text: string;
  speaker: string;
  startLine: number;
  endLine: number;
}

export interface PickRecall {
  pick: Pick;
  recalled: boolean;
  /** Index of the slide quote that recalls it (the one sharing most of it). */
  by?: number;
  /** Share of the pick's characters in the best quote on its lines, 0..1. */
  overlap: number;
}

/** A pick is recalled by a quote on its lines that holds at least this share of its characters. */
export const RECALL_SHARE = 0.5;
// How far past its last line a pick may look for where its words end (subtitle cues run long).
const PICK_REACH = 400;
// A picker may be one line out (a blank line, a label on the line before).
const LINE_SLACK = 1;

/**
 * The lines a pick covers: from its line to the line where its last words are, looked for in the
 * file from its line on, through the same folding as the comparison (cue numbers and timestamps
 * between its words do not stop the search).
 */
export function pickLines(pick: Pick, source: string): { start: number; end: number } {
  const lines = source.split('\n');
  const words = compact(pick.text);
  const tail = words.slice(-Math.min(words.length, 8));
  if (tail === '') return { start: pick.line, end: pick.line };
  let seen = '';
  for (let index = pick.line - 1; index < Math.min(lines.length, pick.line - 1 + PICK_REACH); index++) {
    seen += compact(lines[index] ?? '');
    if (seen.includes(tail)) return { start: pick.line, end: index + 1 };
  }
  return { start: pick.line, end: pick.line };
}

/** Share of `pick`'s characters in the longest stretch of them that `quote` also holds, both folded. */
export function sharedShare(pick: string, quote: string): number {
  const a = compact(pick);
  const b = compact(quote.replace(/^\s*(?:…+|\.{3,})\s*|\s*(?:…+|\.{3,})\s*$/gu, ''));
  if (a.length === 0 || b.length === 0) return 0;
  // Longest common substring, one row of the table at a time.
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  let longest = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const run = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : 0;
      current[j] = run;
      if (run > longest) longest = run;
    }
    [previous, current] = [current, previous];
  }
  return longest / a.length;
}

/** For each pick, whether a slide quote on its lines holds at least half of it. */
export function recallPicks(picks: readonly Pick[], quotes: readonly ShownQuote[], source: string): PickRecall[] {
  return picks.map((pick) => {
    const lines = pickLines(pick, source);
    let best: { index: number; overlap: number } | undefined;
    quotes.forEach((quote, index) => {
      if (quote.endLine < lines.start - LINE_SLACK || quote.startLine > lines.end + LINE_SLACK) return;
      const overlap = sharedShare(pick.text, quote.text);
      if (!best || overlap > best.overlap) best = { index, overlap };
    });
    if (!best) return { pick, recalled: false, overlap: 0 };
    const recalled = best.overlap >= RECALL_SHARE;
    return { pick, recalled, overlap: best.overlap, ...(recalled ? { by: best.index } : {}) };
  });
}
