import type { CleanText, Paragraph, Position, Quote, Topic, Turn } from '../types.ts';
import { cleanOffset, overlapsAny, salvage, SALVAGEABLE, turnFlow, type ContextOf, type ParagraphContext } from './context.ts';
import type { QuoteSelector } from './curation.ts';
import { rejection, type Marker, type Rejection } from './markers.ts';
import type { Vector } from './rank.ts';
import { paragraphUnits, shownText, type LengthBounds, type ScriptKind, type TextRange, type Unit } from './sentences.ts';
import { sponsorReads } from './sponsor-reads.ts';
import { wordsIn } from './words.ts';

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
  /** Part of a sponsor read (sponsor-reads.ts). */
  sponsored = false;
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

interface At {
  topic: Topic;
  turn: Turn;
  paragraphIndex: number;
  paragraph: Paragraph;
  /** Sponsor reads in the paragraph (sponsor-reads.ts). */
  sponsored?: readonly TextRange[];
}

/** Every unit of what anyone said in the topic, with the quotes salvaged from the rejected ones. */
export function topicCandidates(topic: Topic, featured: ReadonlySet<string>, hosts: ReadonlySet<string>, contextOf: ContextOf, clean: CleanText): Candidate[] {
  const candidates: Candidate[] = [];
  for (const turn of topic.turns) {
    // Everyone's lines are listed (`quotes --all`), only featured speakers' can be chosen.
    const offStage: Rejection | undefined = featured.has(turn.speaker) ? undefined : hosts.has(turn.speaker) ? 'host' : 'not featured';
    const flows = turnFlow(turn, contextOf);
    const reads = sponsorReads(turn);
    turn.paragraphs.forEach((paragraph, paragraphIndex) => {
      const context = contextOf(paragraph);
      const sponsored = reads.get(paragraphIndex);
      const at = { topic, turn, paragraphIndex, paragraph, ...(sponsored ? { sponsored } : {}) };
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
  return candidates;
}

export function makeCandidate(at: At, context: ParagraphContext, unit: Unit, clean: CleanText): Candidate {
  const c = new Candidate(at.topic, at.turn, at.paragraphIndex, at.paragraph, unit, context, clean);
  const inside = (ranges: readonly TextRange[]): boolean => ranges.some((r) => r.start < unit.end && r.end > unit.start);
  if (inside(context.unreadable) || overlapsAny(c.absStart, c.absEnd, clean.unreadable)) c.rejected = 'unreadable';
  else if (inside(context.scrambled)) c.rejected = 'scrambled';
  else if (unit.brokenLead || unit.brokenTail || unit.midSentence) c.rejected = 'fragment';
  else if (inside(context.markup)) c.rejected = 'markup';
  else if (inside(context.disfluent)) c.rejected = 'disfluent';
  else if (unit.oversize) c.rejected = 'too long';
  else if (at.sponsored && inside(at.sponsored)) {
    c.rejected = 'meta-talk';
    c.sponsored = true;
  }
  else {
    const rejected = rejection(c.simp, c.length, context.script, context.bounds, c.words.length, unit.cutTail);
    if (rejected) c.rejected = rejected;
  }
  return c;
}

/** A line of a host or of someone not featured: listed, never chosen or curated. */
export const isOffStage = (c: { rejected?: Rejection }): boolean => c.rejected === 'host' || c.rejected === 'not featured';

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
