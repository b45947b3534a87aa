/**
 * The data that flows between the pipeline stages. Read this file first.
 *
 * decode(SourceFile)            → Result<SourceText>
 * normalize(SourceText)         → Result<CleanText>
 * parse(CleanText)              → Result<Transcript>
 * pickQuotes(Transcript)        → Result<Quote[]>
 * compose(Transcript, Quote[])  → Result<Deck>
 * render(Deck)                  → string
 *
 * Every stage is pure (no fs, no DOM, no Vite) and never throws on bad input: it returns what it
 * could make plus diagnostics. Offsets are UTF-16 code-unit indexes; lines and columns are 1-based
 * and count UTF-16 code units, as editors do.
 */

import type { ConversationMap, KeyTerm, SpeakerShare } from './charts/model.ts';
import type { RuleId, Severity } from './rules.ts';

export type { RuleId, Severity };

/** A place in a source file. */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** 0-based offset into the decoded source text. */
  offset: number;
}

export interface SourceSpan {
  start: Position;
  end: Position;
}

/** A vfile-message style report: what, where, which rule, and what to do. */
export interface Diagnostic {
  severity: Severity;
  /** Stable rule id, e.g. `empty-turn`, `pinyin-gloss`, `unknown-format`: one of `RULES` (rules.ts). */
  rule: RuleId;
  /** "Unexpected X, expected Y" or a plain statement of what was done. */
  message: string;
  /** Path of the file the position points into. */
  file: string;
  /** Where in `file`; absent only when the problem concerns the file as a whole. */
  span?: SourceSpan;
  /** What the presenter can do about it. */
  hint?: string;
}

export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** Raw bytes as read from disk. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

/** Decoded text, exactly as in the file (line endings included). */
export interface SourceText {
  path: string;
  text: string;
  /** The encoding the bytes were read as, e.g. `utf-8`, `utf-16le`, `gb18030`. */
  encoding: string;
  /** True when the file started with a byte-order mark (not part of `text`). */
  bom: boolean;
}

/**
 * A replacement of `source.slice(start, end)` by `text`. Normalisation is a list of these,
 * applied to the source text, so that every clean offset maps back to a source offset.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  /** Rule id of the normaliser that made it (`pinyin-gloss`, `line-ending`, …). */
  rule: string;
}

/** Text after normalisation, with a way back to the source. */
export interface CleanText {
  source: SourceText;
  text: string;
  /** Maps an offset in `text` to the offset in `source.text` it came from. */
  toSourceOffset(cleanOffset: number): number;
  /** Source position (line, column, offset) of a clean offset. */
  positionOf(cleanOffset: number): Position;
  /** Spans of `text` that could not be read (e.g. unrepairable scrambled bytes): never on a slide. */
  unreadable: readonly CleanRange[];
}

/** A half-open range of clean-text offsets. */
export interface CleanRange {
  start: number;
  end: number;
}

/** One line (or paragraph) of what someone said, with where it sits in the clean text. */
export interface Paragraph {
  text: string;
  /** Clean offset of `text[0]`; `text` is `clean.text.slice(start, start + text.length)`. */
  start: number;
  /** Source span of the paragraph. */
  span: SourceSpan;
  /**
   * When the transcript has timestamps (subtitles, Otter, machine transcripts): seconds from the
   * start of the recording.
   */
  time?: { start: number; end?: number };
  /**
   * Present only when `text` is not one verbatim stretch of the clean text: a reader joined several
   * stretches (subtitle cues, wrapped lines) or left markup out (WebVTT `<i>`, Markdown `**`). Piece k
   * says that `text` from index `at` on comes from clean offset `start` on (until the next piece);
   * a joining space maps to the end of the stretch before it. `pieces[0]` is `{ at: 0, start }`.
   * Use `cleanOffsetIn(paragraph, index)` from formats/builder.ts to map an index of `text`.
   */
  pieces?: Array<{ at: number; start: number }>;
  /**
   * Present when the paragraph joins several timed cues or segments: each one's clean offset (where
   * its text begins) and when it was said, in order. A quote's time runs from the start of the cue its
   * first character is in to the end of the cue its last one is in (quotes/quote-time.ts).
   */
  timeline?: Array<{ offset: number; start: number; end?: number }>;
}

export interface Speaker {
  /** The label as written in the transcript. */
  name: string;
  role?: string;
  /** Featured speakers give the quotes; hosts ask the questions. */
  kind: 'featured' | 'host' | 'other';
  turnCount: number;
}

/** A maximal run of paragraphs by one speaker. */
export interface Turn {
  /** Stable id, e.g. `topic-2-turn-3`. */
  id: string;
  speaker: string;
  paragraphs: Paragraph[];
  span: SourceSpan;
}

export interface Topic {
  /** Stable id, e.g. `topic-2` (1-based). */
  id: string;
  title: string;
  /** Source span of the title (or of the first turn when the topic was not marked). */
  span: SourceSpan;
  turns: Turn[];
  /**
   * What the transcript writes under the topic's mark before anyone speaks (a record's agenda item,
   * a page's summary of the section): kept in the section's notes, never quoted.
   */
  intro?: Paragraph[];
}

export interface Transcript {
  /** Id of the reader that produced it, e.g. `news-interview`. */
  format: string;
  /** The report's introduction before the verbatim part, when there is one. */
  lead: Paragraph[];
  /** Disclaimers and credits after the verbatim part. */
  credits: Paragraph[];
  topics: Topic[];
  speakers: Speaker[];
  /** The transcript's own title, when it has one (a WebVTT header, front matter, a short first line). */
  title?: string;
  /** When it was recorded or published, as the transcript writes it (front matter's `date:`). */
  date?: string;
  /** Where the recording is (front matter's `media:`), as the transcript writes it. */
  media?: string;
}

/** A verbatim stretch of one paragraph of one turn. */
export interface Quote {
  turnId: string;
  topicId: string;
  speaker: string;
  /** Index into the turn's paragraphs. */
  paragraph: number;
  /** Offsets into that paragraph's text: `text` is built from `paragraph.text.slice(start, end)`. */
  start: number;
  end: number;
  /** The quote as shown: the slice, with `……` where a leading or trailing part was left out. */
  text: string;
  score: number;
  /** Why it was picked, for `transcript-deck quotes`. */
  why: string[];
  span: SourceSpan;
  /** When it was said, in seconds from the start of the recording: for a timed transcript only. */
  time?: { start: number; end: number };
}

export interface SlideTiming {
  /** Seconds the presenter should spend on the slide (reveal.js `data-timing`). */
  seconds: number;
}

interface SlideBase {
  /** Stable, readable, unique id used in hash links: `title`, `topic-2`, `topic-2-quote-3`. */
  id: string;
  /** Speaker notes, as structured blocks (rendered by render.ts, never as markup). */
  notes: NoteBlock[];
  timing: SlideTiming;
}

/** Notes are data: paragraphs of plain text, some parts highlighted, with a source reference. */
export type NoteBlock =
  | { kind: 'text'; text: string }
  | { kind: 'turn'; speaker: string; paragraphs: NoteParagraph[]; source: string }
  | { kind: 'pointer'; text: string; slideId: string };

export interface NoteParagraph {
  text: string;
  /** Ranges of `text` to highlight (the quote). */
  highlights: Array<{ start: number; end: number }>;
  /** Ranges of `text` that could not be read (scrambled bytes), shown marked. */
  unreadable?: Array<{ start: number; end: number }>;
  /**
   * Set when `text` is a piece of a paragraph that is split between the notes of several quote
   * slides: `of` is the paragraph's offset in the clean text, `from` where the piece starts in it.
   */
  piece?: { of: number; from: number };
}

export interface TitleSlide extends SlideBase {
  kind: 'title';
  title: string;
  subtitle?: string;
  speakers: Array<{ name: string; role?: string }>;
  event?: string;
  date?: string;
  /** Public address of the deck or recording, shown as a QR code. */
  url?: string;
}

export interface AgendaSlide extends SlideBase {
  kind: 'agenda';
  title: string;
  items: Array<{ topicId: string; title: string; quoteCount: number }>;
  /** The conversation map drawn under the list (charts/data.ts); topics in the order of `items`. */
  map?: ConversationMap;
}

export interface SectionSlide extends SlideBase {
  kind: 'section';
  topicId: string;
  /** 1-based topic number. */
  number: number;
  title: string;
  speakers: string[];
  /** Terms that set the topic apart, heaviest first (tf-idf against the whole talk). */
  terms?: KeyTerm[];
  /** Each speaker's share of what was said in the topic, biggest first. */
  shares?: SpeakerShare[];
}

export interface QuoteSlide extends SlideBase {
  kind: 'quote';
  topicId: string;
  topicTitle: string;
  quote: Quote;
  role?: string;
  /** The quote's moment of the recording, when the deck has one and the transcript is timed. */
  clip?: { start: number; end: number; link?: string };
}

export interface SummarySlide extends SlideBase {
  kind: 'summary';
  title: string;
  points: string[];
  /** On the closing overview slide (id `overview`): the whole talk as a conversation map. */
  overview?: ConversationMap;
}

export interface SourceSlide extends SlideBase {
  kind: 'source';
  title: string;
  lines: string[];
  url?: string;
}

/** A slide the presenter wrote in Markdown: its HTML comes from marked, never from a transcript. */
export interface AuthoredSlide extends SlideBase {
  kind: 'authored';
  /** HTML rendered by marked from the presenter's own Markdown file. */
  html: string;
  file: string;
}

export type Slide =
  | TitleSlide
  | AgendaSlide
  | SectionSlide
  | QuoteSlide
  | SummarySlide
  | SourceSlide
  | AuthoredSlide;

export interface DeckMeta {
  title: string;
  lang: string;
  /** Minutes the talk should take; becomes reveal.js `totalTime`. */
  durationMinutes: number;
  author?: string;
  description?: string;
}

export interface Deck {
  meta: DeckMeta;
  slides: Slide[];
  /** The recording file the quote slides play, found beside the built page under `src`. */
  media?: { src: string; type: string };
}
