/*
 * Units of raw speech-to-text output that has no punctuation at all (`so uh I think what we'll do
 * all right split chunks that one worked`): with no sentence ends to split at, every paragraph would
 * be one run-on "sentence" far too long for a slide, and the deck would have no quotes. Speakers
 * mark where a thought starts with the same words their punctuated transcripts start sentences
 * with (`um`, `so`, `okay`, `all right`), so those are taken as the edges of units. Nothing is
 * known of the sentence around a unit, so every edge that is not the paragraph's own is marked as
 * an omission (`…`).
 */

// The shapes of sentences.ts it works with, written out here: sentences.ts calls this file.
interface TextRange {
  start: number;
  end: number;
}
interface Measure {
  readonly script: 'han' | 'latin';
  of(start: number, end: number): number;
}
interface Bounds {
  max: number;
  ideal: number;
}
interface Flow {
  opensMid?: boolean;
  closesMid?: boolean;
}
/** A `Unit` of sentences.ts. */
interface SpokenUnit extends TextRange {
  cutLead: boolean;
  cutTail: boolean;
  fillerOnly: boolean;
  oversize: boolean;
  unpunctuated: true;
}

// Words that open a new thought in unpunctuated speech (left out of the unit after them).
const THOUGHT_BREAK = /\b(?:um+|uh+|umm|hmm+|okay|ok|all right|alright|so|yeah|yes|anyway|oh|i mean|you know|let's see)\b/giu;
// Connectives a unit may be cut at when it runs too long, and that it does not start with.
const SOFT_BREAK = /\b(?:and|but|because|then|which|whereas|although)\b/giu;
const LEADING_CONNECTIVE = /^(?:(?:and|but|because|then|or|like)\b\s*)+/iu;
// Sentence ends and commas: a long sentence has its commas, raw speech-to-text has neither.
const PUNCTUATION = /[.!?,;:]/gu;

/** Latin-script text of some length with (almost) no punctuation: raw speech-to-text. */
export function isUnpunctuated(text: string, lengths: Measure): boolean {
  if (lengths.script !== 'latin') return false;
  const words = lengths.of(0, text.length);
  if (words < 30) return false;
  return (text.match(PUNCTUATION)?.length ?? 0) * 40 < words;
}

/** Thought-sized units of an unpunctuated paragraph, each a slice of it. */
export function unpunctuatedUnits(text: string, lengths: Measure, bounds: Bounds, flow: Flow = {}): SpokenUnit[] {
  const speechStart = text.length - text.trimStart().length;
  const speechEnd = text.trimEnd().length;
  const runs: TextRange[] = [];
  let from = speechStart;
  for (const match of text.matchAll(THOUGHT_BREAK)) {
    runs.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  runs.push({ start: from, end: speechEnd });
  const units: SpokenUnit[] = [];
  for (const run of runs) {
    for (const piece of cutToFit(text, trimRun(text, run), lengths, bounds)) {
      if (piece.end <= piece.start) continue;
      units.push({
        start: piece.start,
        end: piece.end,
        // A caption's edge is no sentence's: the paragraph's own edges count only where the turn's flow says so.
        cutLead: piece.start > speechStart || !!flow.opensMid,
        cutTail: piece.end < speechEnd || !!flow.closesMid,
        fillerOnly: true,
        oversize: lengths.of(piece.start, piece.end) > bounds.max,
        unpunctuated: true,
      });
    }
  }
  return units;
}

/** The run without white space and without the connectives it opens with. */
function trimRun(text: string, run: TextRange): TextRange {
  let { start, end } = run;
  for (let moved = true; moved; ) {
    moved = false;
    while (start < end && /[\s,]/u.test(text[start]!)) start++;
    const connective = LEADING_CONNECTIVE.exec(text.slice(start, end));
    if (connective && connective[0].length > 0) {
      start += connective[0].length;
      moved = true;
    }
  }
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A run too long for a slide, cut before connectives into pieces near the ideal length. */
function cutToFit(text: string, run: TextRange, lengths: Measure, bounds: Bounds): TextRange[] {
  if (lengths.of(run.start, run.end) <= bounds.max) return [run];
  const pieces: TextRange[] = [];
  let start = run.start;
  for (const match of text.slice(run.start, run.end).matchAll(SOFT_BREAK)) {
    const at = run.start + match.index;
    if (lengths.of(start, at) >= bounds.ideal) {
      pieces.push(trimRun(text, { start, end: at }));
      start = at;
    }
  }
  pieces.push(trimRun(text, { start, end: run.end }));
  return pieces;
}
