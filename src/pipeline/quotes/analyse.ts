/*
 * The one analysis behind `pickQuotes` and `listCandidates`, so what the CLI lists is exactly what
 * the deck got: units → content words → rejections → TF-IDF → per-topic TextRank + quotability +
 * length fit + lead echo → curation → how many per topic → MMR selection.
 */

import { cleanOffsetIn } from '../formats/builder.ts';
import { reporterFor } from '../reporter.ts';
import type { CleanRange, CleanText, Diagnostic, Paragraph, Position, Quote, Speaker, SourceSpan, Topic, Transcript, Turn } from '../types.ts';
import type { Curation, QuoteSelector } from './curation.ts';
import { asksSomething, lengthFit, quotability, rejection, type Marker, type Rejection } from './markers.ts';
import { cosine, Idf, textRank, type Vector } from './rank.ts';
import {
  boundsFor,
  clauseBreaks,
  edgesOf,
  fillerLength,
  Lengths,
  paragraphUnits,
  scrambledRanges,
  shownText,
  type LengthBounds,
  type ParagraphFlow,
  type ScriptKind,
  type TextRange,
  type Unit,
} from './sentences.ts';
import { disfluentRanges, markupRanges } from './disfluency.ts';
import { looksEnglish } from './english.ts';
import { simplifiedCopy } from './simplified.ts';
import { contentTokens, wordsIn, type Token } from './words.ts';

/** How many quotes and how long. */
export interface QuoteOptions {
  /** Fewest quotes a topic gets (when it has that many quotable lines). @defaultValue 3 */
  minPerTopic: number;
  /** Most quotes a topic gets (pins aside). @defaultValue 8 */
  maxPerTopic: number;
  /** The talk's length; with `quotesPerMinute` it sets the deck's total. @defaultValue 20 */
  durationMinutes: number;
  /** Quote slides per minute of talk, shared among topics by substance. @defaultValue 0.8 */
  quotesPerMinute: number;
  /** Han text: shortest quote in characters (a Latin word counts two). @defaultValue 12 */
  minLength: number;
  /** Han text: longest quote in characters. @defaultValue 80 */
  maxLength: number;
  /** Latin-script text: shortest quote in words. @defaultValue 6 */
  minWords: number;
  /** Latin-script text: longest quote in words. @defaultValue 35 */
  maxWords: number;
}

export const defaultQuoteOptions: QuoteOptions = {
  minPerTopic: 2,
  maxPerTopic: 8,
  durationMinutes: 20,
  quotesPerMinute: 0.5,
  minLength: 12,
  maxLength: 80,
  minWords: 10,
  maxWords: 35,
};

/** Weights of the ranking; the parts are each between 0 and about 1. */
/*
 * Fitted to readers' ratings (eval/ratings/round-2: 712 slide quotes of 38 transcripts rated good, ok
 * or bad against QUOTES.md) by a logistic regression over these parts and the markers' weights, then
 * rounded: left one file out at a time, it ranks a good quote above a bad one 69 % of the time (the
 * weights before, 56 %). Readers preferred fuller quotes that fit the slide over central ones.
 */
const WEIGHT = { centrality: 0.65, echo: 0.7, fit: 1.7, length: 1.0, cutInside: 0.5 };
/** MMR: how much the score counts against likeness to what is already chosen. */
const LAMBDA = 0.7;
/** Above this likeness to a chosen quote, a candidate says the same thing. */
const REDUNDANT = 0.5;
/** How many of its rarest words index a chosen quote, to find the earlier quotes a candidate might repeat. */
const KEYS = 3;

/** One stretch of a paragraph that might go on a slide, with everything known about it. */
export class Candidate {
  /** As shown, with `……` marks. */
  readonly text: string;
  /** Simplified copy of the unit's slice. */
  readonly simp: string;
  /** Content words of `simp`. */
  readonly words: string[];
  /** Reading length (characters or words, see `measure`). */
  readonly length: number;
  /** Clean offsets. */
  readonly absStart: number;
  readonly absEnd: number;
  /** The text without marks and spaces: two candidates with the same one say the same thing. */
  readonly fingerprint: string;
  readonly script: ScriptKind;
  /** English text: the English model reads its names and numbers. */
  readonly english: boolean;
  readonly bounds: LengthBounds;
  vector: Vector = { weights: new Map(), norm: 0 };
  rejected?: Rejection;
  markers: Marker[] = [];
  centrality = 0;
  echo = 0;
  fit = 0;
  score = 0;
  why: string[] = [];
  chosen = false;
  pinned?: QuoteSelector;
  dropped?: QuoteSelector;
  /** Index of the first `order` selector that names it. */
  orderIndex?: number;
  private start?: Position;
  private end?: Position;

  constructor(
    readonly topic: Topic,
    readonly turn: Turn,
    readonly paragraphIndex: number,
    readonly paragraph: Paragraph,
    readonly unit: Unit,
    context: ParagraphContext,
    private readonly clean: CleanText,
  ) {
    this.simp = context.simp.slice(unit.start, unit.end);
    this.words = wordsIn(context.tokens, unit.start, unit.end);
    this.length = context.lengths.of(unit.start, unit.end);
    this.absStart = cleanOffset(paragraph, unit.start);
    this.absEnd = cleanOffset(paragraph, unit.end);
    this.text = shownText(paragraph.text, unit);
    this.fingerprint = this.simp.replace(/[\s\p{P}]/gu, '');
    this.script = context.script;
    this.english = context.english;
    this.bounds = context.bounds;
  }

  /** Source position of the first character (looked up only for what is listed, chosen or curated). */
  get position(): Position {
    return (this.start ??= this.clean.positionOf(this.absStart));
  }

  get endPosition(): Position {
    return (this.end ??= this.clean.positionOf(this.absEnd));
  }
}

export interface TopicAnalysis {
  topic: Topic;
  /** Every unit of what anyone said, in transcript order (rejected ones too: hosts' and others' lines are `host` or `not featured`). */
  candidates: Candidate[];
  /** How many the topic was due. */
  wanted: number;
  /** The chosen ones, in slide order. */
  chosen: Candidate[];
}

export interface Analysis {
  topics: TopicAnalysis[];
  diagnostics: Diagnostic[];
}

export function analyse(
  transcript: Transcript,
  speakers: readonly Speaker[],
  clean: CleanText,
  options: Partial<QuoteOptions> = {},
  curation?: Curation,
): Analysis {
  const opts: QuoteOptions = { ...defaultQuoteOptions, ...options };
  const diagnostics: Diagnostic[] = [];
  const reporter = reporterFor(clean.source.path, diagnostics);
  const featured = new Set(speakers.filter((s) => s.kind === 'featured').map((s) => s.name));
  const hosts = new Set(speakers.filter((s) => s.kind === 'host').map((s) => s.name));
  const contexts = new Map<Paragraph, ParagraphContext>();
  const contextOf: ContextOf = (p) => {
    let context = contexts.get(p);
    if (!context) contexts.set(p, (context = paragraphContext(p, clean, opts)));
    return context;
  };

  // 1. Units of what featured speakers said, with their words and what rules them out.
  const idf = new Idf();
  const topics: TopicAnalysis[] = transcript.topics.map((topic) => {
    const candidates: Candidate[] = [];
    for (const turn of topic.turns) {
      // Everyone's lines are listed (`quotes --all`), only featured speakers' can be chosen.
      const offStage: Rejection | undefined = featured.has(turn.speaker) ? undefined : hosts.has(turn.speaker) ? 'host' : 'not featured';
      const flows = turnFlow(turn, contextOf);
      turn.paragraphs.forEach((paragraph, paragraphIndex) => {
        const context = contextOf(paragraph);
        const at = { topic, turn, paragraphIndex, paragraph };
        for (const unit of paragraphUnits(paragraph.text, context.simp, context.lengths, context.bounds, context.scrambled, flows[paragraphIndex])) {
          const candidate = makeCandidate(at, context, unit, clean);
          candidates.push(candidate);
          if (offStage) {
            candidate.rejected = offStage;
            continue;
          }
          // A sentence ruled out by one of its clauses (a closing question, a scrambled run) may still hold a quote.
          if (candidate.rejected && SALVAGEABLE.has(candidate.rejected)) {
            const part = salvage(paragraph.text, context, unit, candidate.rejected === 'question');
            if (part) {
              const salvaged = makeCandidate(at, context, part, clean);
              if (!salvaged.rejected) candidates.push(salvaged);
            }
          }
        }
      });
    }
    for (const c of candidates) if (!c.rejected) idf.add(c.words);
    return { topic, candidates, wanted: 0, chosen: [] };
  });

  // 2. The lead, when the transcript has one, as units to echo.
  const leadWords = transcript.lead.flatMap((p) => {
    const context = contextOf(p);
    return paragraphUnits(p.text, context.simp, context.lengths, context.bounds).map((u) => wordsIn(context.tokens, u.start, u.end));
  }).filter((w) => w.length >= 2);
  for (const words of leadWords) idf.add(words);

  // 3. Scores within each topic.
  const leadVectors = leadWords.map((w) => idf.vector(w));
  for (const t of topics) {
    const valid = t.candidates.filter((c) => !c.rejected);
    for (const c of t.candidates) c.vector = idf.vector(c.words);
    const ranks = textRank(valid.map((c) => c.vector));
    valid.forEach((c, i) => {
      c.centrality = ranks[i]!;
      score(c, leadVectors);
    });
  }

  // 4. The presenter's curation.
  const extraPins = curation ? applyCuration(curation, topics, transcript, featured, clean, idf, leadVectors, contextOf, diagnostics) : [];
  for (const pin of extraPins) {
    const t = topics.find((x) => x.topic === pin.topic)!;
    t.candidates.push(pin);
    t.candidates.sort((a, b) => a.absStart - b.absStart || a.absEnd - b.absEnd);
  }

  // 5. How many per topic: the deck's total shared by substance, within bounds.
  // Substance: the content words of quotable lines, each line weighted by how it scores against the deck's median.
  // (The lead echo is left out here: it ranks lines within a topic, and would favour the topics the lead happens to sum up.)
  const own = (c: Candidate): number => c.score - WEIGHT.echo * c.echo;
  const scores = topics.flatMap((t) => t.candidates.filter((c) => !c.rejected).map(own)).sort((a, b) => a - b);
  const median = Math.max(1e-9, scores[scores.length >> 1] ?? 1);
  const substance = topics.map((t) => t.candidates.reduce((sum, c) => sum + (c.rejected ? 0 : c.words.length * Math.min(1.5, Math.max(0, own(c) / median)) ** 2), 0));
  const totalSubstance = substance.reduce((a, b) => a + b, 0);
  const budget = Math.max(1, Math.round(opts.durationMinutes * opts.quotesPerMinute));
  topics.forEach((t, i) => {
    const share = totalSubstance > 0 ? (budget * substance[i]!) / totalSubstance : 0;
    const available = t.candidates.filter((c) => !c.rejected && !c.dropped).length;
    const pins = t.candidates.filter((c) => c.pinned).length;
    t.wanted = Math.max(pins, Math.min(available, Math.max(opts.minPerTopic, Math.min(opts.maxPerTopic, Math.round(share)))));
  });

  // 6. Selection: pins, then maximal marginal relevance, never the same thing twice in the deck.
  // Within a topic each featured speaker is due a share of its quotes in proportion to the content
  // words of their quotable lines there: one who has had their share yields to one who has not.
  const seen = new Set<string>();
  const owed = new Map<string, number>();
  // Quotes chosen in earlier topics, by their rarest words: a candidate is compared only with those
  // sharing one of its own rarest words (a repeat shares them), so the work stays linear.
  const earlier = new Map<string, Candidate[]>();
  const keysOf = (c: Candidate): string[] => [...new Set(c.words)].sort((a, b) => idf.weight(b) - idf.weight(a) || (a < b ? -1 : 1)).slice(0, KEYS);
  for (const t of topics) {
    const chosen = t.candidates.filter((c) => c.pinned);
    const quota = speakerQuotas(t.candidates, t.wanted, owed);
    const given = new Map<string, number>();
    const due = (c: Candidate): boolean => (given.get(c.turn.speaker) ?? 0) < (quota.get(c.turn.speaker) ?? 0);
    for (const c of chosen) {
      seen.add(c.fingerprint);
      given.set(c.turn.speaker, (given.get(c.turn.speaker) ?? 0) + 1);
    }
    const pool = t.candidates.filter((c) => !c.rejected && !c.dropped && !c.pinned);
    const maxScore = Math.max(1e-9, ...pool.map((c) => c.score));
    // Each candidate's likeness to the closest quote already chosen, updated as quotes are chosen.
    const redundancy = pool.map((c) => {
      let r = 0;
      for (const p of chosen) r = Math.max(r, cosine(c.vector, p.vector));
      for (const key of keysOf(c)) for (const p of earlier.get(key) ?? []) r = Math.max(r, cosine(c.vector, p.vector));
      return r;
    });
    while (chosen.length < t.wanted) {
      let best = -1;
      let bestValue = -Infinity;
      const eligible = (c: Candidate, i: number): boolean => !c.chosen && redundancy[i]! <= REDUNDANT && !seen.has(c.fingerprint) && !chosen.some((p) => overlaps(p, c));
      const someoneDue = pool.some((c, i) => due(c) && eligible(c, i));
      pool.forEach((c, i) => {
        if (!eligible(c, i) || (someoneDue && !due(c))) return;
        const value = LAMBDA * (c.score / maxScore) - (1 - LAMBDA) * redundancy[i]!;
        if (value > bestValue + 1e-12) {
          bestValue = value;
          best = i;
        }
      });
      if (best < 0) break;
      const picked = pool[best]!;
      picked.chosen = true;
      seen.add(picked.fingerprint);
      given.set(picked.turn.speaker, (given.get(picked.turn.speaker) ?? 0) + 1);
      chosen.push(picked);
      pool.forEach((c, i) => {
        if (!c.chosen) redundancy[i] = Math.max(redundancy[i]!, cosine(c.vector, picked.vector));
      });
    }
    for (const c of chosen) {
      c.chosen = true;
      owed.set(c.turn.speaker, (owed.get(c.turn.speaker) ?? 0) - 1);
    }
    // Slide order: the presenter's `order:` first, then as said.
    chosen.sort((a, b) => (a.orderIndex ?? Infinity) - (b.orderIndex ?? Infinity) || a.absStart - b.absStart);
    t.chosen = chosen;
    for (const c of chosen) {
      for (const key of keysOf(c)) {
        const list = earlier.get(key);
        if (list) list.push(c);
        else earlier.set(key, [c]);
      }
    }
    if (chosen.length < opts.minPerTopic) {
      const valid = t.candidates.filter((c) => !c.rejected).length;
      reporter.warn(
        'few-quotes',
        t.topic.span,
        `Topic \`${t.topic.title || t.topic.id}\` has ${chosen.length} quote${chosen.length === 1 ? '' : 's'}, expected at least ${opts.minPerTopic} (${valid} quotable line${valid === 1 ? '' : 's'} by featured speakers)`,
        'Pin quotes in the quotes.yaml, or check who is featured in deck.yaml.',
      );
    }
  }
  if (curation) reportStaleOrder(curation, topics, diagnostics);
  return { topics, diagnostics };
}

/**
 * Quote slides due to each featured speaker among a topic's `total`: its share of the topic's
 * content words of quotable lines, plus what the earlier topics still owe them (`owed`, updated),
 * by largest remainders so that the seats add up to `total`. Carrying what is owed keeps a speaker
 * who says a little in every topic from being rounded away in each.
 */
function speakerQuotas(candidates: readonly Candidate[], total: number, owed: Map<string, number>): Map<string, number> {
  const words = new Map<string, number>();
  for (const c of candidates) if (!c.rejected && !c.dropped) words.set(c.turn.speaker, (words.get(c.turn.speaker) ?? 0) + c.words.length);
  const sum = [...words.values()].reduce((a, b) => a + b, 0);
  if (sum === 0) return new Map();
  for (const [speaker, n] of words) owed.set(speaker, (owed.get(speaker) ?? 0) + (total * n) / sum);
  const claims = [...words.keys()].map((speaker) => ({ speaker, share: Math.max(0, owed.get(speaker)!) }));
  const claimed = claims.reduce((a, b) => a + b.share, 0);
  const exact = claims.map((c) => ({ ...c, share: claimed > 0 ? (total * c.share) / claimed : 0 }));
  const seats = new Map(exact.map((e) => [e.speaker, Math.floor(e.share)]));
  let left = total - [...seats.values()].reduce((a, b) => a + b, 0);
  for (const e of [...exact].sort((a, b) => (b.share % 1) - (a.share % 1) || b.share - a.share || (a.speaker < b.speaker ? -1 : 1))) {
    if (left-- <= 0) break;
    seats.set(e.speaker, seats.get(e.speaker)! + 1);
  }
  return seats;
}

const SALVAGEABLE = new Set<Rejection>(['question', 'needs context', 'scrambled', 'unreadable', 'fragment', 'too long', 'markup', 'disfluent']);

/**
 * The longest run of whole clauses of a rejected unit that can stand as a quote (trailing clauses,
 * and leading ones before a scrambled run, left out and marked), or `undefined`.
 */
function salvage(text: string, context: ParagraphContext, unit: Unit, question: boolean): Unit | undefined {
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

/** What is worked out once per paragraph: its Simplified copy, script, lengths, words, unreadable runs. */
interface ParagraphContext {
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

type ContextOf = (p: Paragraph) => ParagraphContext;

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

interface At {
  topic: Topic;
  turn: Turn;
  paragraphIndex: number;
  paragraph: Paragraph;
}

// A paragraph ends its sentence when its last mark (before any closing quote, bracket or markup) is a sentence end.
const SENTENCE_MARK = /[。！？!?]|\.(?=\s|$)/u;
const ENDS_SENTENCE = /(?:[。！？!?…]|\.|[;；](?=$))["'”’」』)）\]]*$/u;

/**
 * How each paragraph of a turn sits in the flow of its sentences: a subtitle cue or a wrapped line
 * may start or stop inside a sentence, and that boundary is no sentence boundary. A Latin-script
 * paragraph opening on a small letter goes on from something before it, said or not.
 */
function turnFlow(turn: Turn, contextOf: ContextOf): ParagraphFlow[] {
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

function makeCandidate(at: At, context: ParagraphContext, unit: Unit, clean: CleanText): Candidate {
  const c = new Candidate(at.topic, at.turn, at.paragraphIndex, at.paragraph, unit, context, clean);
  const inside = (ranges: readonly TextRange[]): boolean => ranges.some((r) => r.start < unit.end && r.end > unit.start);
  if (inside(context.unreadable) || overlapsAny(c.absStart, c.absEnd, clean.unreadable)) c.rejected = 'unreadable';
  else if (inside(context.scrambled)) c.rejected = 'scrambled';
  else if (unit.brokenLead || unit.brokenTail || unit.midSentence) c.rejected = 'fragment';
  else if (inside(context.markup)) c.rejected = 'markup';
  else if (inside(context.disfluent)) c.rejected = 'disfluent';
  else if (unit.oversize) c.rejected = 'too long';
  else {
    const rejected = rejection(c.simp, c.length, context.script, context.bounds, c.words.length, unit.cutTail);
    if (rejected) c.rejected = rejected;
  }
  return c;
}

function score(c: Candidate, lead: readonly Vector[]): void {
  const length = c.length;
  c.fit = lengthFit(length, c.bounds);
  c.markers = quotability(c.simp, c.paragraph.text.slice(c.unit.start, c.unit.end), length, c.script, !c.unit.cutLead || c.unit.fillerOnly, c.english);
  c.echo = 0;
  for (const v of lead) c.echo = Math.max(c.echo, cosine(c.vector, v));
  const cutInside = (c.unit.cutLead && !c.unit.fillerOnly ? 1 : 0) + (c.unit.cutTail ? 1 : 0);
  c.score =
    WEIGHT.centrality * c.centrality +
    WEIGHT.echo * c.echo +
    WEIGHT.fit * c.fit +
    WEIGHT.length * Math.min(1.5, length / Math.max(1, c.bounds.ideal)) +
    c.markers.reduce((sum, m) => sum + m.weight, 0) -
    WEIGHT.cutInside * cutInside;
  c.why = [
    `centrality ${c.centrality.toFixed(2)}`,
    ...(lead.length > 0 ? [`lead echo ${c.echo.toFixed(2)}`] : []),
    `length ${length}${c.script === 'latin' ? ' words' : ''} (fit ${c.fit.toFixed(2)})`,
    ...c.markers.map((m) => `${m.name}${m.detail ? `: ${m.detail}` : ''} (${m.weight >= 0 ? '+' : ''}${m.weight.toFixed(2)})`),
    ...(cutInside > 0 ? [`cut inside a sentence (-${(WEIGHT.cutInside * cutInside).toFixed(2)})`] : []),
  ];
}

/** A line of a host or of someone not featured: listed, never chosen or curated. */
export const isOffStage = (c: { rejected?: Rejection }): boolean => c.rejected === 'host' || c.rejected === 'not featured';

const overlapsAny = (start: number, end: number, ranges: readonly CleanRange[]): boolean => ranges.some((r) => r.start < end && r.end > start);
const overlaps = (a: Candidate, b: Candidate): boolean => a.absStart < b.absEnd && b.absStart < a.absEnd;

/* ---------------------------------------------------------------- curation */


interface Place {
  topic: Topic;
  turn: Turn;
  paragraphIndex: number;
  paragraph: Paragraph;
  /** Offsets in the paragraph. */
  range: TextRange;
}

/** The stretches of the transcript a text selector names (any speaker), first first. */
function findText(selector: QuoteSelector, transcript: Transcript, contextOf: ContextOf): Place[] {
  const places: Place[] = [];
  const needle = selector.text!;
  const simpNeedle = simplifiedCopy(needle);
  for (const topic of transcript.topics) {
    for (const turn of topic.turns) {
      turn.paragraphs.forEach((paragraph, paragraphIndex) => {
        if (selector.line !== undefined && !(paragraph.span.start.line <= selector.line && selector.line <= paragraph.span.end.line)) return;
        const simp = contextOf(paragraph).simp;
        for (let from = 0; ; ) {
          let at = paragraph.text.indexOf(needle, from);
          if (at < 0) at = simp.indexOf(simpNeedle, from);
          if (at < 0) break;
          places.push({ topic, turn, paragraphIndex, paragraph, range: { start: at, end: at + needle.length } });
          from = at + 1;
        }
      });
    }
  }
  return places;
}

/** Candidates a selector names: overlapping its text, or on its line (and column). */
function selected(selector: QuoteSelector, topics: TopicAnalysis[], transcript: Transcript, contextOf: ContextOf): Candidate[] {
  const all = topics.flatMap((t) => t.candidates).filter((c) => !isOffStage(c));
  if (selector.text !== undefined) {
    const places = findText(selector, transcript, contextOf);
    return all.filter((c) => places.some((p) => p.paragraph === c.paragraph && p.range.start < c.unit.end && c.unit.start < p.range.end));
  }
  return all.filter((c) => onLine(c, selector));
}

function onLine(c: Candidate, selector: QuoteSelector): boolean {
  if (selector.column === undefined) return c.position.line === selector.line;
  const startsBefore = c.position.line < selector.line! || (c.position.line === selector.line && c.position.column <= selector.column);
  const endsAfter = c.endPosition.line > selector.line! || (c.endPosition.line === selector.line && c.endPosition.column > selector.column);
  return startsBefore && endsAfter;
}

const where = (s: QuoteSelector): string =>
  s.text !== undefined ? `\`${s.text.length > 24 ? `${s.text.slice(0, 24)}…` : s.text}\`${s.line !== undefined ? ` on line ${s.line}` : ''}` : `line ${s.line}${s.column !== undefined ? `:${s.column}` : ''}`;

function applyCuration(
  curation: Curation,
  topics: TopicAnalysis[],
  transcript: Transcript,
  featured: Set<string>,
  clean: CleanText,
  idf: Idf,
  lead: readonly Vector[],
  contextOf: ContextOf,
  diagnostics: Diagnostic[],
): Candidate[] {
  const extra: Candidate[] = [];
  const reporter = reporterFor(curation.path, diagnostics);

  for (const selector of curation.pin) {
    const stale = (why: string): void =>
      reporter.error('stale-pin', selector.span, `Unexpected pinned quote ${where(selector)}: ${why}`, 'Copy the words again from the transcript, or use `line:` as `transcript-deck quotes` prints it; or remove the pin.');
    if (selector.text !== undefined) {
      const places = findText(selector, transcript, contextOf);
      const mine = places.filter((p) => featured.has(p.turn.speaker));
      if (mine.length === 0) {
        stale(places.length > 0 ? `it is said by \`${places[0]!.turn.speaker}\`, expected a featured speaker (hosts' questions are never quotes)` : 'no longer in the transcript, expected a verbatim stretch of what a featured speaker said');
        continue;
      }
      if (mine.length > 1) {
        const line = mine[0]!.paragraph.span.start.line;
        reporter.warn('ambiguous-pin', selector.span, `Pinned quote ${where(selector)} is said ${mine.length} times; pinned the first, on line ${line}`, `Add \`line: ${line}\` (or another line) to say which.`);
      }
      const place = mine[0]!;
      const absStart = cleanOffset(place.paragraph, place.range.start);
      const absEnd = cleanOffset(place.paragraph, place.range.end);
      const context = contextOf(place.paragraph);
      if (overlapsAny(absStart, absEnd, clean.unreadable) || context.scrambled.some((r) => r.start < place.range.end && r.end > place.range.start)) {
        stale('it overlaps text that could not be read (scrambled bytes), which never goes on a slide');
        continue;
      }
      const same = topics.flatMap((t) => t.candidates).find((c) => c.paragraph === place.paragraph && c.unit.start === place.range.start && c.unit.end === place.range.end);
      if (same) {
        same.pinned = selector;
        delete same.rejected;
        continue;
      }
      const edges = edgesOf(place.paragraph.text, place.range);
      const unit: Unit = { ...place.range, ...edges, fillerOnly: false, oversize: false };
      const c = makeCandidate({ topic: place.topic, turn: place.turn, paragraphIndex: place.paragraphIndex, paragraph: place.paragraph }, context, unit, clean);
      delete c.rejected;
      c.vector = idf.vector(c.words);
      score(c, lead);
      c.pinned = selector;
      extra.push(c);
      continue;
    }
    const onTheLine = selected(selector, topics, transcript, contextOf);
    const usable = onTheLine.filter((c) => !c.rejected).sort((a, b) => b.score - a.score || a.absStart - b.absStart);
    if (usable[0]) {
      usable[0].pinned = selector;
      continue;
    }
    if (onTheLine.length > 0) {
      stale(`nothing quotable there (${[...new Set(onTheLine.map((c) => c.rejected))].join(', ')})`);
      continue;
    }
    const host = transcript.topics.flatMap((t) => t.turns).find((turn) => turn.paragraphs.some((p) => p.span.start.line <= selector.line! && selector.line! <= p.span.end.line));
    stale(host ? `line ${selector.line} is said by \`${host.speaker}\`, expected a featured speaker's line` : `line ${selector.line} holds nothing a speaker said`);
  }

  for (const selector of curation.drop) {
    const hits = selected(selector, topics, transcript, contextOf).filter((c) => !c.pinned);
    if (hits.length === 0) {
      reporter.warn('stale-drop', selector.span, `Dropped quote ${where(selector)} matches nothing a featured speaker said`, 'Remove it from `drop:`, or copy the words again from the transcript.');
    }
    for (const c of hits) c.dropped = selector;
  }

  curation.order.forEach((selector, index) => {
    const all = [...selected(selector, topics, transcript, contextOf), ...extra.filter((c) => selector.text !== undefined && findText(selector, transcript, contextOf).some((p) => p.paragraph === c.paragraph && p.range.start < c.unit.end && c.unit.start < p.range.end))];
    for (const c of all) if (c.orderIndex === undefined) c.orderIndex = index;
  });
  return extra;
}

function reportStaleOrder(curation: Curation, topics: TopicAnalysis[], diagnostics: Diagnostic[]): void {
  curation.order.forEach((selector, index) => {
    if (topics.some((t) => t.chosen.some((c) => c.orderIndex === index))) return;
    reporterFor(curation.path, diagnostics).warn('stale-order', selector.span, `Ordered quote ${where(selector)} is not among the chosen quotes`, 'Pin it as well, or remove it from `order:`.');
  });
}

/** The chosen candidate as a `Quote`. */
export function toQuote(c: Candidate): Quote {
  return {
    turnId: c.turn.id,
    topicId: c.topic.id,
    speaker: c.turn.speaker,
    paragraph: c.paragraphIndex,
    start: c.unit.start,
    end: c.unit.end,
    text: c.text,
    score: Math.round(c.score * 100) / 100,
    why: c.pinned ? [`pinned (quotes.yaml line ${c.pinned.span.start.line})`, ...c.why] : c.why,
    span: { start: c.position, end: c.endPosition },
  };
}
