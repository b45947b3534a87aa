import type { CleanText, Diagnostic, Paragraph, Severity, Topic, Transcript, Turn } from '../types.ts';

/**
 * Collects topics, turns and paragraphs as a reader walks a transcript, so every reader produces the
 * same Transcript shape: consecutive paragraphs of one speaker merge into one turn, ids are stable.
 */
export class TranscriptBuilder {
  readonly diagnostics: Diagnostic[] = [];
  private readonly topics: Topic[] = [];
  private readonly lead: Paragraph[] = [];
  private readonly credits: Paragraph[] = [];
  private currentTurn: Turn | undefined;

  constructor(
    private readonly clean: CleanText,
    private readonly format: string,
  ) {}

  paragraph(start: number, text: string): Paragraph {
    const span = { start: this.clean.positionOf(start), end: this.clean.positionOf(start + text.length) };
    return { text, start, span };
  }

  report(severity: Severity, rule: string, start: number, end: number, message: string, hint?: string): void {
    this.diagnostics.push({
      severity,
      rule,
      message,
      file: this.clean.source.path,
      span: { start: this.clean.positionOf(start), end: this.clean.positionOf(end) },
      ...(hint ? { hint } : {}),
    });
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
  say(speaker: string, start: number, text: string): void {
    if (this.topics.length === 0) this.startTopic('', start, start);
    const topic = this.topics[this.topics.length - 1]!;
    const paragraph = this.paragraph(start, text);
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

  /** Continues the current turn; false when there is none to continue. */
  continueTurn(start: number, text: string): boolean {
    if (!this.currentTurn) return false;
    this.say(this.currentTurn.speaker, start, text);
    return true;
  }

  addLead(start: number, text: string): void {
    this.lead.push(this.paragraph(start, text));
  }

  addCredit(start: number, text: string): void {
    this.credits.push(this.paragraph(start, text));
  }

  build(): Transcript {
    const counts = new Map<string, number>();
    for (const topic of this.topics) for (const turn of topic.turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
    const speakers = [...counts].map(([name, turnCount]) => ({ name, kind: 'other' as const, turnCount }));
    return { format: this.format, lead: this.lead, credits: this.credits, topics: this.topics, speakers };
  }
}
