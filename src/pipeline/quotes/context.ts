import { cleanOffsetIn } from '../formats/builder.ts';
import type { CleanRange, CleanText, Paragraph, Turn } from '../types.ts';
import { disfluentRanges, markupRanges } from './disfluency.ts';
import { looksEnglish } from './english.ts';
import { asksSomething, rejection, type Rejection } from './markers.ts';
import type { QuoteOptions } from './options.ts';
import {
  boundsFor,
  clauseBreaks,
  fillerLength,
  Lengths,
  scrambledRanges,
  type LengthBounds,
  type ParagraphFlow,
  type ScriptKind,
  type TextRange,
  type Unit,
} from './sentences.ts';
import { simplifiedCopy } from '../text/simplified.ts';
import { contentTokens, type Token } from './words.ts';

/** What is worked out once per paragraph: its Simplified copy, script, lengths, words, unreadable runs. */
export interface ParagraphContext {
  simp: string;
  script: ScriptKind;
  bounds: LengthBounds;
  lengths: Lengths;
  tokens: Token[];
  /** Scrambled runs the normaliser left, in paragraph offsets. */
  scrambled: TextRange[];
  /** `clean.unreadable`, in paragraph offsets. */
  unreadable: TextRange[];
  /** Stamps, sound cues, labels and tags (disfluency.ts). */
  markup: TextRange[];
  /** Repeated words, false starts, hesitations (disfluency.ts). */
  disfluent: TextRange[];
  /** Latin-script text that reads as English: the English model applies. */
  english: boolean;
  /** Everything no quote may hold: scrambled runs, `clean.unreadable`, markup and disfluencies. */
  blocked: TextRange[];
}

export type ContextOf = (p: Paragraph) => ParagraphContext;

/** Worked out once per paragraph: the topics, the lead and the curation ask for the same ones. */
export function contextsFor(clean: CleanText, opts: QuoteOptions): ContextOf {
  const contexts = new Map<Paragraph, ParagraphContext>();
  return (p) => {
    let context = contexts.get(p);
    if (!context) contexts.set(p, (context = paragraphContext(p, clean, opts)));
    return context;
  };
}

function paragraphContext(paragraph: Paragraph, clean: CleanText, opts: QuoteOptions): ParagraphContext {
  const simp = simplifiedCopy(paragraph.text);
  const lengths = new Lengths(paragraph.text);
  const script = lengths.script;
  const scrambled = scrambledRanges(paragraph.text, simp, script);
  const unreadable = unreadableIn(paragraph, clean.unreadable);
  const english = script === 'latin' && looksEnglish(paragraph.text);
  const markup = markupRanges(paragraph.text);
  const disfluent = disfluentRanges(paragraph.text, simp, script, english);
  return {
    simp,
    script,
    bounds: boundsFor(script, opts),
    lengths,
    tokens: contentTokens(simp),
    scrambled,
    unreadable,
    markup,
    disfluent,
    english,
    blocked: [...scrambled, ...unreadable, ...markup, ...disfluent],
  };
}

const piecesOf = (paragraph: Paragraph): Paragraph['pieces'] => paragraph.pieces;

/**
 * The clean offset of `paragraph.text[index]`: `start + index`, unless a reader joined the text from
 * several stretches (subtitle cues, wrapped lines), in which case the piece it falls in says.
 */
export function cleanOffset(paragraph: Paragraph, index: number): number {
  return cleanOffsetIn(paragraph, index);
}

/** `clean.unreadable` as ranges of the paragraph's text. */
function unreadableIn(paragraph: Paragraph, unreadable: readonly CleanRange[]): TextRange[] {
  const first = cleanOffset(paragraph, 0);
  const last = cleanOffset(paragraph, paragraph.text.length);
  const near = unreadable.filter((r) => r.start < last && r.end > first);
  if (near.length === 0) return [];
  if (!piecesOf(paragraph)) return near.map((r) => ({ start: Math.max(0, r.start - first), end: Math.min(paragraph.text.length, r.end - first) }));
  const out: TextRange[] = [];
  for (let i = 0; i < paragraph.text.length; i++) {
    const at = cleanOffset(paragraph, i);
    if (!near.some((r) => r.start <= at && at < r.end)) continue;
    const previous = out[out.length - 1];
    if (previous && previous.end === i) previous.end = i + 1;
    else out.push({ start: i, end: i + 1 });
  }
  return out;
}

export const overlapsAny = (start: number, end: number, ranges: readonly CleanRange[]): boolean => ranges.some((r) => r.start < end && r.end > start);

// A paragraph ends its sentence when its last mark (before any closing quote, bracket or markup) is a sentence end.
const SENTENCE_MARK = /[。！？!?؟।॥]|\.(?=\s|$)/u;
const ENDS_SENTENCE = /(?:[。！？!?…؟।॥]|\.|[;；](?=$))["'”’」』)）\]]*$/u;

/**
 * How each paragraph of a turn sits in the flow of its sentences: a subtitle cue or a wrapped line
 * may start or stop inside a sentence, and that boundary is no sentence boundary. A Latin-script
 * paragraph opening on a small letter goes on from something before it, said or not.
 */
export function turnFlow(turn: Turn, contextOf: ContextOf): ParagraphFlow[] {
  const speech = turn.paragraphs.map((p) => speechOf(p.text, contextOf(p).markup));
  // In punctuated text a turn that stops without a sentence end was cut off (unpunctuated captions end nothing).
  const punctuated = speech.some((text) => SENTENCE_MARK.test(text));
  const runsOn = (i: number): boolean => speech[i] !== undefined && goesOn(speech[i]!, contextOf(turn.paragraphs[i]!).script);
  return turn.paragraphs.map((p, i): ParagraphFlow => {
    const opensMid = runsOn(i - 1) || (contextOf(p).script === 'latin' && /^\p{Ll}/u.test(speech[i]!));
    const closesMid = (i < speech.length - 1 || punctuated) && runsOn(i);
    return { opensMid, closesMid, markup: contextOf(p).markup };
  });
}

/**
 * Whether a paragraph stops inside a sentence that goes on after it. Not when it ends one, nor on a
 * colon or a closing bracket (a stage direction, a label); a Chinese or Japanese one only on a comma,
 * or when it is prose (it has punctuation) cut after a word: a heading, a table row or a list of
 * names has none and ends nothing.
 */
function goesOn(speech: string, script: ScriptKind): boolean {
  if (speech === '' || ENDS_SENTENCE.test(speech) || /[:：)）\]」』》]$/u.test(speech)) return false;
  if (script === 'latin') return true;
  return /[，,、]$/u.test(speech) || /[，,、；;]/u.test(speech);
}

/** The text without the markup at its ends (a stamp before it, a sound cue after it). */
function speechOf(text: string, markup: readonly TextRange[]): string {
  let start = 0;
  let end = text.length;
  for (const r of markup) {
    if (text.slice(start, r.start).trim() !== '') break;
    start = Math.max(start, r.end);
  }
  for (const r of [...markup].reverse()) {
    if (r.end <= start || text.slice(r.end, end).trim() !== '') break;
    end = Math.min(end, r.start);
  }
  return text.slice(start, Math.max(start, end)).trim();
}

export const SALVAGEABLE = new Set<Rejection>(['question', 'needs context', 'scrambled', 'unreadable', 'fragment', 'too long', 'markup', 'disfluent']);

/**
 * The longest run of whole clauses of a rejected unit that can stand as a quote (trailing clauses,
 * and leading ones before a scrambled run, left out and marked), or `undefined`.
 */
export function salvage(text: string, context: ParagraphContext, unit: Unit, question: boolean): Unit | undefined {
  const { simp, lengths, bounds, script } = context;
  const points = [unit.start, ...clauseBreaks(text, unit), unit.end];
  const last = points.length - 1;
  let best: Unit | undefined;
  let bestLength = -1;
  // A quote ends where its sentence ends, and starts at the sentence start or at a clause whose
  // connective or filler is left out: never mid-clause (`…whereas`), never before its point.
  if (unit.brokenTail || unit.cutTail) return undefined;
  for (let i = unit.brokenLead ? 1 : 0; i < last; i++) {
    for (let j = last; j === last && i > 0; j--) {
      const filler = fillerLength(simp, points[i]!, points[j]!, script);
      if (filler === 0) continue;
      const start = points[i]! + filler;
      let end = points[j]!;
      if (j < last) while (end > start && /[，,、：:;—\s]/u.test(text[end - 1]!)) end--;
      if (end <= start || context.blocked.some((r) => r.start < end && r.end > start)) continue;
      const length = lengths.of(start, end);
      if (length <= bestLength || length < bounds.min || length > bounds.max) continue;
      const cutTail = unit.cutTail || end < unit.end;
      const piece = simp.slice(start, end);
      if (rejection(piece, length, script, bounds, undefined, cutTail) || (question && asksSomething(piece))) continue;
      best = { start, end, cutLead: unit.cutLead || start > unit.start, cutTail, fillerOnly: unit.fillerOnly && start === unit.start, oversize: false };
      bestLength = length;
    }
  }
  return best;
}
