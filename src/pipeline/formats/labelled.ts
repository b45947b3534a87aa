import { CJK_LETTER } from '../text/cjk.ts';
import type { Transcript } from '../types.ts';
import type { ParagraphExtra, TranscriptBuilder } from './builder.ts';
import { CREDITS_LINE, qaKind, readLabel } from './labels.ts';
import { applyAliases } from './speakers.ts';

/** The least share of the whole text that a talk before the labelled part takes up. */
const TALK_SHARE = 0.6;

/** Words that name an occasion, not a person, before a title's colon: `Keynote: …`, `演講：…`. */
const OCCASION = /^(?:(?:opening|closing|keynote|talk|lecture|session|panel|interview|episode|part|workshop|webinar|podcast|live|transcript|q&a)\b.*|.*\b(?:keynote|talk|lecture|session|panel|interview|address|remarks|speech)|.*(?:演講|演讲|講座|讲座|對談|对谈|專訪|专访|訪談|访谈|實錄|实录|講話|讲话|致辭|致辞|分享|發言|发言))$/iu;

/**
 * The speaker a talk's title names, as in `周蘭：城市的夜晚` or `Ada Lovelace: The Engine`, and not
 * `Keynote: …`; undefined when it names none.
 */
export function speakerOfTitle(title: string): string | undefined {
  const label = readLabel(title.trim());
  if (label?.kind !== 'speaker' || label.text.trim() === '' || OCCASION.test(label.name)) return undefined;
  const latin = !CJK_LETTER.test(label.name);
  // One Latin word before a colon is as often a series as a name (`Startups: …`).
  if (latin && !/^\p{Lu}\S*(?:\s+\S+){1,3}$/u.test(label.name)) return undefined;
  return label.name;
}

/**
 * A Q&A after a talk: the asker's label (`问`, `Q`) is a host, and the one answering (`答`, `A`) is
 * the one who gave the talk, so that talk and answers have one featured speaker: the answer label
 * when the talk's speaker is unnamed (labels stay as written), the talk's speaker's name when the
 * reader knows it. `talk` is {@link LabelledWalk.talk}; without a talk the transcript is returned as it is.
 */
export function answersAfterTalk(builder: TranscriptBuilder, transcript: Transcript, talk: string | undefined): Transcript {
  if (talk === undefined) return transcript;
  const speakers = transcript.speakers.map((s) => (qaKind(s.name) === 'host' && s.kind === 'other' ? { ...s, kind: 'host' as const } : s));
  const answerers = speakers.filter((s) => qaKind(s.name) === 'featured' && s.name !== talk);
  if (answerers.length !== 1) return { ...transcript, speakers };
  const label = answerers[0]!.name;
  const first = transcript.topics.flatMap((t) => t.turns).find((turn) => turn.speaker === label)!;
  const [from, to] = talk === '?' ? ['?', label] : [label, talk];
  builder.reporter.info('talk-answers', builder.span(first.paragraphs[0]!.start, first.paragraphs[0]!.start), `\`${label}\` answers after the talk: ${talk === '?' ? `the talk is read as \`${label}\`'s` : `read as its speaker \`${talk}\``}`, 'Name the speaker under `speakers: featured:` in deck.yaml.');
  const aliased = applyAliases({ ...transcript, speakers }, { [from]: to });
  return { ...aliased, speakers: aliased.speakers.map((s) => (s.name === to ? { ...s, kind: 'featured' as const } : s)) };
}

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
 * - A talk before the first label (text under two or more headings, most of the whole text, then
 *   a Q&A) is not a lead: it is said by the talk's speaker (`?` unless the reader knows a
 *   name), who is featured; the labelled part after it gets a section of its own. Show notes above
 *   a podcast's transcript, or a talk page's abstract, outline and links above its Q&A, are not most
 *   of the text, and stay the lead.
 */
export class LabelledWalk {
  private part: 'lead' | 'body' = 'lead';
  private pending: { name: string; start: number; end: number } | undefined;
  /** Lines (and, before the first speaker, topics) held back until we know what follows them. */
  private held: Held[] = [];
  private heldKind: 'lead' | 'tail' | undefined;
  /** The held tail began under a topic mark no one had spoken under yet. */
  private heldOpensSection = false;
  private warnedUnlabelled = false;
  private readonly labelled: boolean;
  private readonly talkSpeaker: string;
  private readonly textLength: number;
  private talkRead = false;

  /**
   * `hasSpeakers`: whether the reader saw any speaker label in the whole text (a pre-scan).
   * `talkSpeaker`: who gives a talk that comes before the labelled part, when the reader knows.
   * `textLength`: the length of the whole text, which a talk is a good part of (without it, no talk is read).
   */
  constructor(
    private readonly builder: TranscriptBuilder,
    hasSpeakers: boolean,
    options: { talkSpeaker?: string; textLength?: number } = {},
  ) {
    this.labelled = hasSpeakers;
    this.talkSpeaker = options.talkSpeaker ?? '?';
    this.textLength = options.textLength ?? Number.POSITIVE_INFINITY;
    if (!hasSpeakers) this.part = 'body';
  }

  /** The speaker of the talk read before the labelled part, if there was one (after {@link finish}). */
  get talk(): string | undefined {
    return this.talkRead ? this.talkSpeaker : undefined;
  }

  /** A topic marker (`## Heading`, `主題：…`). */
  topic(title: string, start: number, end: number): void {
    if (this.part === 'lead') {
      // Before the first speaker we cannot tell yet whether the text under it is a lead or a talk.
      this.heldKind = 'lead';
      this.held.push({ kind: 'topic', title, start, end });
      return;
    }
    this.flushTail('topic');
    if (this.pending) this.emptyTurn();
    this.builder.startTopic(title, start, end);
  }

  /** `Name: text` (text may be empty: a bare label). */
  speaker(name: string, labelStart: number, labelEnd: number, said?: { start: number; text: string; extra?: ParagraphExtra }): void {
    this.flushLead(labelStart);
    this.flushTail('speaker');
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
    // Under a heading that no one has spoken under yet, text may be a closing section (a video, links):
    // held, it is the credits if no label follows, and said by `?` if one does.
    const openSection = this.labelled && this.builder.hasSpeech && this.builder.currentSpeaker === undefined;
    if (this.part === 'body' && this.heldKind !== 'tail' && !CREDITS_LINE.test(text) && !openSection) {
      if (!this.builder.continueTurn(start, text, extra)) this.unattributed(start, text, extra);
      return;
    }
    if (openSection && this.part === 'body' && this.heldKind === undefined) this.heldOpensSection = true;
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
      const lines = held.filter((item): item is HeldLine => item.kind === 'line');
      if (lines.length > 0) {
        const first = lines[0]!;
        const last = lines[lines.length - 1]!;
        this.builder.reporter.warn('unattributed-line', this.builder.span(first.start, last.start + last.text.length), `Unexpected text with no speaker label, expected lines such as \`Name: text\`; ${lines.length} line${lines.length === 1 ? '' : 's'} kept as said by \`?\``, 'Label the speakers, or choose `format: plain` if nobody is named.');
      }
      for (const item of held) {
        if (item.kind === 'topic') this.builder.startTopic(item.title, item.start, item.end);
        else this.builder.say('?', item.start, item.text, item.extra);
      }
      return;
    }
    this.flushTail('end');
  }

  private hold(start: number, text: string, extra: ParagraphExtra, editorial: string | undefined): void {
    if (this.part === 'body' && this.heldKind === undefined) this.heldKind = 'tail';
    if (this.part === 'lead') this.heldKind = 'lead';
    this.held.push({ kind: 'line', start, text, extra, editorial });
  }

  /** The first speaker label, at `labelStart`: what came before is the lead, or a talk and its lead. */
  private flushLead(labelStart: number): void {
    if (this.part !== 'lead') return;
    this.part = 'body';
    const held = this.held;
    this.held = [];
    this.heldKind = undefined;
    const firstTopic = held.findIndex((item) => item.kind === 'topic');
    const talkTopics = held.filter((item, index) => item.kind === 'topic' && held[index + 1]?.kind === 'line').length;
    const talkLength = held.slice(Math.max(0, firstTopic)).reduce((sum, item) => sum + (item.kind === 'line' ? item.text.length : 0), 0);
    const isTalk = talkTopics >= 2 && talkLength >= TALK_SHARE * this.textLength;
    const lead = (isTalk ? held.slice(0, firstTopic) : held).filter((item): item is HeldLine => item.kind === 'line');
    if (!isTalk) for (const item of held) if (item.kind === 'topic') this.builder.startTopic(item.title, item.start, item.end);
    for (const line of lead) this.builder.addLead(line.start, line.text, line.extra);
    if (lead.length > 0) {
      const last = lead[lead.length - 1]!;
      this.builder.reporter.info('lead', this.builder.span(lead[0]!.start, last.start + last.text.length), `Read ${lead.length} line${lead.length === 1 ? '' : 's'} before the first speaker as the introduction`, 'Nothing to do, unless one of them was said by someone: then start it with `Name:`.');
    }
    if (isTalk) this.readTalk(held.slice(firstTopic), talkTopics, labelStart);
  }

  /** Replays a talk held before the first label: its headings open topics, its lines are its speaker's. */
  private readTalk(held: readonly Held[], topics: number, labelStart: number): void {
    this.talkRead = true;
    this.builder.setKind(this.talkSpeaker, 'featured');
    const lines = held.filter((item): item is HeldLine => item.kind === 'line');
    for (const item of held) {
      if (item.kind === 'topic') this.builder.startTopic(item.title, item.start, item.end);
      else this.builder.say(this.talkSpeaker, item.start, item.text, item.extra);
    }
    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    this.builder.reporter.info('talk', this.builder.span(first.start, last.start + last.text.length), `Read ${lines.length} paragraph${lines.length === 1 ? '' : 's'} under ${topics} headings before the first speaker label as a talk by \`${this.talkSpeaker}\`, and what follows as its own section`, this.talkSpeaker === '?' ? 'Name the speaker under `speakers: featured:` in deck.yaml.' : undefined);
    // The labelled part (a Q&A after the talk) is a section of its own, not the end of the last heading's.
    if (held[held.length - 1]?.kind === 'line') this.builder.startTopic('', labelStart, labelStart);
  }

  /**
   * Held lines among the turns go back where they belong: at the end they are the credits; under a
   * mark no one has spoken under yet, when a speaker follows, the section's introduction; a block of
   * document fields (`時　　間：…`, `Date: …`) with text around them, a document its reader reads out.
   */
  private flushTail(next: 'speaker' | 'topic' | 'end'): void {
    if (this.heldKind !== 'tail') return;
    const held = this.held.filter((item): item is HeldLine => item.kind === 'line');
    const opensSection = this.heldOpensSection;
    this.held = [];
    this.heldKind = undefined;
    this.heldOpensSection = false;
    if (held.length === 0) return;
    if (next === 'end') {
      for (const line of held) this.builder.addCredit(line.start, line.text, line.extra);
      return;
    }
    const first = held[0]!;
    const last = held[held.length - 1]!;
    if (opensSection && next === 'speaker') {
      for (const line of held) this.builder.addTopicIntro(line.start, line.text, line.extra);
      this.builder.reporter.info('topic-intro', this.builder.span(first.start, last.start + last.text.length), `Read ${held.length} line${held.length === 1 ? '' : 's'} under the heading, before anyone speaks, as the section's introduction (in its notes, not quoted)`, 'Nothing to do, unless one of them was said by someone: then start it with `Name:`.');
      return;
    }
    const reader = this.builder.currentSpeaker;
    const document = reader !== undefined && (held.length > 1 || held.some((line) => line.editorial === undefined));
    if (document) {
      for (const line of held) this.builder.continueTurn(line.start, line.text, line.extra);
      const fields = held.filter((line) => line.editorial !== undefined).map((line) => `\`${line.editorial}：\``);
      if (fields.length > 0) this.builder.reporter.info('document-read-out', this.builder.span(first.start, last.start + last.text.length), `Read ${held.length} lines with the field${fields.length === 1 ? '' : 's'} ${[...new Set(fields)].slice(0, 3).join(', ')} as a document \`${reader}\` reads out, part of their turn`, 'If someone else said them, start the line with `Name:`.');
      return;
    }
    for (const line of held) {
      if (line.editorial !== undefined) {
        this.builder.reporter.warn('editorial-line', this.builder.span(line.start, line.start + line.text.length), `Unexpected \`${line.editorial}:\` line among the turns, expected what someone said; kept as said by \`?\``, 'Remove the line or move it out of the transcript if nobody said it.');
        this.builder.say('?', line.start, line.text, line.extra);
      } else if (!this.builder.continueTurn(line.start, line.text, line.extra)) this.unattributed(line.start, line.text, line.extra);
    }
  }

  private unattributed(start: number, text: string, extra: ParagraphExtra): void {
    if (!this.warnedUnlabelled && !this.labelled) {
      // A talk, a lecture, plain paragraphs: nothing is missing, there is one voice.
      this.warnedUnlabelled = true;
      this.builder.reporter.info('no-speakers', this.builder.span(start, start + text.length), 'No speaker labels anywhere: read as the text of one speaker, `?`', 'Name the speaker under `speakers: featured:` in deck.yaml; labels such as `Name: text` tell several speakers apart.');
    } else if (!this.warnedUnlabelled) {
      this.warnedUnlabelled = true;
      this.builder.reporter.warn('unattributed-line', this.builder.span(start, start + text.length), 'Unexpected text before any speaker, expected a `Name:` label', 'Start the line with `Name:`; it is kept, attributed to an unknown speaker `?` (so are the unlabelled lines after it).');
    }
    this.builder.say('?', start, text, extra);
  }

  private emptyTurn(): void {
    const { name, start, end } = this.pending!;
    this.pending = undefined;
    this.builder.reporter.warn('empty-turn', this.builder.span(start, end), `Unexpected empty turn of \`${name}\`, expected what they said after the label`, 'Remove the label or add the text.');
  }
}

interface HeldLine {
  kind: 'line';
  start: number;
  text: string;
  extra: ParagraphExtra;
  editorial: string | undefined;
}

type Held = HeldLine | { kind: 'topic'; title: string; start: number; end: number };
