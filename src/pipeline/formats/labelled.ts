import type { ParagraphExtra, TranscriptBuilder } from './builder.ts';
import { CREDITS_LINE } from './labels.ts';

/**
 * The walk shared by readers of `Name: text` transcripts (podcast pages, Q&A, Markdown): a reader
 * tells it what each line is, and it decides where the text goes.
 *
 * - Lines before the first speaker label are the page's introduction (the lead), unless no label
 *   ever comes: then they are text of the unknown speaker `?`, with a warning.
 * - A bare label (`Dave:` alone on a line) gives the lines that follow to Dave.
 * - Unlabelled lines continue the current speaker.
 * - Editorial lines (`Note:`, `Source:`) and credit lines (`Transcribed by …`, `©`) after the last
 *   turn are the credits; among the turns they are kept as text of `?`, with a warning.
 */
export class LabelledWalk {
  private part: 'lead' | 'body' = 'lead';
  private pending: { name: string; start: number; end: number } | undefined;
  /** Lines held back until we know whether a speaker label follows them. */
  private held: Array<{ start: number; text: string; extra: ParagraphExtra; editorial: string | undefined }> = [];
  private heldKind: 'lead' | 'tail' | undefined;
  private warnedUnlabelled = false;
  private readonly labelled: boolean;

  /** `hasSpeakers`: whether the reader saw any speaker label in the whole text (a pre-scan). */
  constructor(
    private readonly builder: TranscriptBuilder,
    hasSpeakers: boolean,
  ) {
    this.labelled = hasSpeakers;
    if (!hasSpeakers) this.part = 'body';
  }

  /** A topic marker (`## Heading`, `主題：…`). */
  topic(title: string, start: number, end: number): void {
    this.flushTail(false);
    if (this.pending) this.emptyTurn();
    this.builder.startTopic(title, start, end);
  }

  /** `Name: text` (text may be empty: a bare label). */
  speaker(name: string, labelStart: number, labelEnd: number, said?: { start: number; text: string; extra?: ParagraphExtra }): void {
    this.flushLead();
    this.flushTail(false);
    if (this.pending) this.emptyTurn();
    if (!said || said.text.trim() === '') {
      this.pending = { name, start: labelStart, end: labelEnd };
      return;
    }
    this.builder.say(name, said.start, said.text, said.extra);
  }

  /** An editorial line such as `Note: …` or `Source: …`. */
  editorial(word: string, start: number, text: string, extra: ParagraphExtra = {}): void {
    this.hold(start, text, extra, word);
  }

  /** A line with no label. */
  text(start: number, text: string, extra: ParagraphExtra = {}): void {
    if (this.pending) {
      const { name } = this.pending;
      this.pending = undefined;
      this.builder.say(name, start, text, extra);
      return;
    }
    if (this.part === 'body' && this.heldKind !== 'tail' && !CREDITS_LINE.test(text)) {
      if (!this.builder.continueTurn(start, text, extra)) this.unattributed(start, text, extra);
      return;
    }
    this.hold(start, text, extra, undefined);
  }

  /** Call once at the end. */
  finish(): void {
    if (this.pending) this.emptyTurn();
    if (this.part === 'lead') {
      // No speaker label at all: nothing can be told apart, so everything is the unknown speaker's.
      const held = this.held;
      this.held = [];
      this.heldKind = undefined;
      if (held.length > 0) {
        const first = held[0]!;
        const last = held[held.length - 1]!;
        this.builder.report('warning', 'unattributed-line', first.start, last.start + last.text.length, `Unexpected text with no speaker label, expected lines such as \`Name: text\`; ${held.length} line${held.length === 1 ? '' : 's'} kept as said by \`?\``, 'Label the speakers, or choose `format: plain` if nobody is named.');
      }
      for (const line of held) this.builder.say('?', line.start, line.text, line.extra);
      return;
    }
    this.flushTail(true);
  }

  private hold(start: number, text: string, extra: ParagraphExtra, editorial: string | undefined): void {
    if (this.part === 'body' && this.heldKind === undefined) this.heldKind = 'tail';
    if (this.part === 'lead') this.heldKind = 'lead';
    this.held.push({ start, text, extra, editorial });
  }

  private flushLead(): void {
    if (this.part !== 'lead') return;
    this.part = 'body';
    const held = this.held;
    this.held = [];
    this.heldKind = undefined;
    for (const line of held) this.builder.addLead(line.start, line.text, line.extra);
    if (held.length > 0) {
      const last = held[held.length - 1]!;
      this.builder.report('info', 'lead', held[0]!.start, last.start + last.text.length, `Read ${held.length} line${held.length === 1 ? '' : 's'} before the first speaker as the introduction`, 'Nothing to do, unless one of them was said by someone: then start it with `Name:`.');
    }
  }

  /** Held lines among the turns go back where they belong; at the end they are the credits. */
  private flushTail(atEnd: boolean): void {
    if (this.heldKind !== 'tail') return;
    const held = this.held;
    this.held = [];
    this.heldKind = undefined;
    for (const line of held) {
      if (atEnd) this.builder.addCredit(line.start, line.text, line.extra);
      else if (line.editorial !== undefined) {
        this.builder.report('warning', 'editorial-line', line.start, line.start + line.text.length, `Unexpected \`${line.editorial}:\` line among the turns, expected what someone said; kept as said by \`?\``, 'Remove the line or move it out of the transcript if nobody said it.');
        this.builder.say('?', line.start, line.text, line.extra);
      } else if (!this.builder.continueTurn(line.start, line.text, line.extra)) this.unattributed(line.start, line.text, line.extra);
    }
  }

  private unattributed(start: number, text: string, extra: ParagraphExtra): void {
    if (!this.warnedUnlabelled && !this.labelled) {
      // A talk, a lecture, plain paragraphs: nothing is missing, there is one voice.
      this.warnedUnlabelled = true;
      this.builder.report('info', 'no-speakers', start, start + text.length, 'No speaker labels anywhere: read as the text of one speaker, `?`', 'Name the speaker under `speakers: featured:` in deck.yaml; labels such as `Name: text` tell several speakers apart.');
    } else if (!this.warnedUnlabelled) {
      this.warnedUnlabelled = true;
      this.builder.report('warning', 'unattributed-line', start, start + text.length, 'Unexpected text before any speaker, expected a `Name:` label', 'Start the line with `Name:`; it is kept, attributed to an unknown speaker `?` (so are the unlabelled lines after it).');
    }
    this.builder.say('?', start, text, extra);
  }

  private emptyTurn(): void {
    const { name, start, end } = this.pending!;
    this.pending = undefined;
    this.builder.report('warning', 'empty-turn', start, end, `Unexpected empty turn of \`${name}\`, expected what they said after the label`, 'Remove the label or add the text.');
  }
}
