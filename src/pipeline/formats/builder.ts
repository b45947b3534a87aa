import { type Reporter, reporterFor } from '../reporter.ts';
import { lastStartingAtOrBefore } from '../../shared/sorted-search.ts';
import { CJK_TEXT } from '../text/cjk.ts';
import type { CleanText, Paragraph, SourceSpan, Speaker, Topic, Transcript, Turn } from '../types.ts';

/** What a reader may know about a paragraph beyond its text: when it was said, how it was assembled. */
export type ParagraphExtra = Partial<Pick<Paragraph, 'time' | 'pieces' | 'timeline'>>;

/** A verbatim stretch of the clean text. */
export interface Stretch {
  start: number;
  text: string;
  /**
   * What goes between this stretch and the one before when they are not adjacent in the clean text:
   * `''` where markup was left out (`**so**on`), a space or nothing by script when absent (lines).
   */
  join?: string;
}

/** The clean offset of `paragraph.text[index]` (or of its end, for `index === text.length`). */
export function cleanOffsetIn(paragraph: { start: number; text: string; pieces?: ReadonlyArray<{ at: number; start: number }> }, index: number): number {
  const pieces = paragraph.pieces;
  if (!pieces || pieces.length === 0) return paragraph.start + index;
  const at = lastStartingAtOrBefore(pieces, index, (piece) => piece.at);
  const piece = pieces[at]!;
  const next = pieces[at + 1];
  // A joining character between two stretches maps to the end of the stretch before it.
  const limit = next ? next.at : Number.POSITIVE_INFINITY;
  return piece.start + Math.min(index, limit) - piece.at;
}

/**
 * Joins verbatim stretches into one paragraph text: with a space between Latin words, with nothing
 * between Chinese or Japanese characters. Records the pieces only when the result is not itself a
 * verbatim stretch.
 */
export function assemble(stretches: readonly Stretch[]): { start: number; text: string; pieces?: Array<{ at: number; start: number }> } {
  const parts = stretches.filter((s) => s.text.length > 0);
  if (parts.length === 0) return { start: stretches[0]?.start ?? 0, text: '' };
  let text = '';
  const pieces: Array<{ at: number; start: number }> = [];
  let contiguous = true;
  for (const part of parts) {
    if (text.length > 0) {
      const previous = pieces[pieces.length - 1]!;
      const previousEnd = previous.start + (text.length - previous.at);
      if (part.start === previousEnd) {
        text += part.text;
        continue;
      }
      contiguous = false;
      if (part.join !== undefined) text += part.join;
      else {
        const wide = CJK_TEXT.test(text[text.length - 1]!) || CJK_TEXT.test(part.text[0]!);
        if (!wide && !/\s$/u.test(text) && !/^\s/u.test(part.text)) text += ' ';
      }
    }
    pieces.push({ at: text.length, start: part.start });
    text += part.text;
  }
  return contiguous ? { start: parts[0]!.start, text } : { start: parts[0]!.start, text, pieces };
}

/**
 * Collects topics, turns and paragraphs as a reader walks a transcript, so every reader produces the
 * same Transcript shape: consecutive paragraphs of one speaker merge into one turn, ids are stable.
 */
export class TranscriptBuilder {
  /** What the reader found, for the file being read. */
  readonly reporter: Reporter;
  private readonly topics: Topic[] = [];
  private readonly lead: Paragraph[] = [];
  private readonly credits: Paragraph[] = [];
  private currentTurn: Turn | undefined;
  private title: string | undefined;
  private readonly kinds = new Map<string, Speaker['kind']>();

  constructor(
    private readonly clean: CleanText,
    private readonly format: string,
  ) {
    this.reporter = reporterFor(clean.source.path);
  }

  paragraph(start: number, text: string, extra: ParagraphExtra = {}): Paragraph {
    const pieces = extra.pieces && extra.pieces.length > 0 ? extra.pieces : undefined;
    const end = pieces ? cleanOffsetIn({ start, text, pieces }, text.length) : start + text.length;
    const span = { start: this.clean.positionOf(start), end: this.clean.positionOf(end) };
    return { text, start, span, ...(extra.time ? { time: extra.time } : {}), ...(pieces ? { pieces } : {}), ...(extra.timeline && extra.timeline.length > 1 ? { timeline: extra.timeline } : {}) };
  }

  /** What the reader knows of a speaker's part, e.g. the asker of a Q&A is a host (cast may override). */
  setKind(speaker: string, kind: Speaker['kind']): void {
    this.kinds.set(speaker, kind);
  }

  /** True once anything has been said. */
  get hasSpeech(): boolean {
    return this.topics.some((t) => t.turns.length > 0);
  }

  /** The speaker of the turn being built, if any. */
  get currentSpeaker(): string | undefined {
    return this.currentTurn?.speaker;
  }

  /** The source span of clean offsets `start` to `end`, for the reporter. */
  span(start: number, end: number): SourceSpan {
    return { start: this.clean.positionOf(start), end: this.clean.positionOf(end) };
  }

  get hasTopics(): boolean {
    return this.topics.length > 0;
  }

  startTopic(title: string, start: number, end: number): void {
    const number = this.topics.length + 1;
    this.topics.push({
      id: `topic-${number}`,
      title,
      span: { start: this.clean.positionOf(start), end: this.clean.positionOf(end) },
      turns: [],
    });
    this.currentTurn = undefined;
  }

  /** Adds what a speaker said; merges into the current turn when the speaker is the same. */
  say(speaker: string, start: number, text: string, extra: ParagraphExtra = {}): void {
    if (this.topics.length === 0) this.startTopic('', start, start);
    const topic = this.topics[this.topics.length - 1]!;
    const paragraph = this.paragraph(start, text, extra);
    if (this.currentTurn && this.currentTurn.speaker === speaker) {
      this.currentTurn.paragraphs.push(paragraph);
      this.currentTurn.span = { start: this.currentTurn.span.start, end: paragraph.span.end };
      return;
    }
    this.currentTurn = {
      id: `${topic.id}-turn-${topic.turns.length + 1}`,
      speaker,
      paragraphs: [paragraph],
      span: paragraph.span,
    };
    topic.turns.push(this.currentTurn);
  }

  /** Says the stretches joined into one paragraph (see {@link assemble}), when they hold any text. */
  sayStretches(speaker: string, stretches: readonly Stretch[], time?: { start: number; end?: number }, timeline?: ParagraphExtra['timeline']): void {
    const said = assemble(stretches);
    if (said.text !== '') this.say(speaker, said.start, said.text, { ...(said.pieces ? { pieces: said.pieces } : {}), ...(time ? { time } : {}), ...(timeline ? { timeline } : {}) });
  }

  /** Continues the current turn; false when there is none to continue. */
  continueTurn(start: number, text: string, extra: ParagraphExtra = {}): boolean {
    if (!this.currentTurn) return false;
    this.say(this.currentTurn.speaker, start, text, extra);
    return true;
  }

  /** Text under the current topic's mark before anyone speaks in it (see {@link Topic.intro}). */
  addTopicIntro(start: number, text: string, extra: ParagraphExtra = {}): void {
    if (this.topics.length === 0) this.startTopic('', start, start);
    const topic = this.topics[this.topics.length - 1]!;
    topic.intro = [...(topic.intro ?? []), this.paragraph(start, text, extra)];
  }

  addLead(start: number, text: string, extra: ParagraphExtra = {}): void {
    this.lead.push(this.paragraph(start, text, extra));
  }

  addCredit(start: number, text: string, extra: ParagraphExtra = {}): void {
    this.credits.push(this.paragraph(start, text, extra));
  }

  /** The transcript's own title (a header, front matter): the deck's title when deck.yaml gives none. */
  get hasTitle(): boolean {
    return this.title !== undefined;
  }

  setTitle(title: string): void {
    const text = title.trim();
    if (text !== '') this.title = text;
  }

  build(): Transcript {
    const counts = new Map<string, number>();
    for (const topic of this.topics) for (const turn of topic.turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
    const speakers = [...counts].map(([name, turnCount]): Speaker => ({ name, kind: this.kinds.get(name) ?? 'other', turnCount }));
    return { format: this.format, lead: this.lead, credits: this.credits, topics: this.topics, speakers, ...(this.title ? { title: this.title } : {}) };
  }
}
