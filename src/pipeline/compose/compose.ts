import { clock } from '../../shared/clock.ts';
import { nameTerms } from '../topics/terms.ts';
import { UNKNOWN_SPEAKER } from '../cast/cast.ts';
import { conversationMap, keyTerms, speakerShares } from '../charts/data.ts';
import { deckWords } from './deck-words.ts';
import type { DeckManifest } from '../manifest/manifest.ts';
import { recordingSeconds } from '../manifest/manifest-defaults.ts';
import type {
  AuthoredSlide,
  CleanRange,
  CleanText,
  Deck,
  NoteBlock,
  NoteParagraph,
  Paragraph,
  Quote,
  QuoteSlide,
  Result,
  Slide,
  Speaker,
  Transcript,
  Turn,
} from '../types.ts';

export interface ComposeInput {
  transcript: Transcript;
  speakers: Speaker[];
  quotes: Quote[];
  manifest: DeckManifest;
  clean: CleanText;
  /** The transcript's file name as the presenter knows it, for source references in the notes. */
  sourceName: string;
  /** The deck's language (BCP 47). */
  lang: string;
  authored: { before: AuthoredSlide[]; after: AuthoredSlide[] };
}

type SlideDraft = Slide extends infer S ? (S extends Slide ? Omit<S, 'timing'> : never) : never;

/**
 * Transcript + quotes → slides. Every turn lands in the notes of some slide: the turn a quote comes
 * from is in that quote slide's notes; a turn no quote comes from is in its topic's section notes.
 */
export function compose(input: ComposeInput): Result<Deck> {
  const { manifest } = input;
  const words = deckWords(input.lang);
  // A topic with no title (one unmarked topic, or an empty marker) is named after the deck or its place.
  const transcript: Transcript = {
    ...input.transcript,
    topics: input.transcript.topics.map((t, i, all) => (t.title ? t : { ...t, title: all.length === 1 ? manifest.title : words.part(i + 1) })),
  };
  const roleOf = new Map(input.speakers.map((s) => [s.name, s.role]));
  const featured = input.speakers.filter((s) => s.kind === 'featured');
  const drafts: SlideDraft[] = [];

  drafts.push({
    kind: 'title',
    id: 'title',
    title: manifest.title,
    ...(manifest.subtitle ? { subtitle: manifest.subtitle } : {}),
    // A transcript that names no one has no name to put on the title slide.
    speakers: featured.filter((s) => s.name !== UNKNOWN_SPEAKER).map((s) => ({ name: s.name, ...(s.role ? { role: s.role } : {}) })),
    ...(manifest.event ? { event: manifest.event } : {}),
    ...(manifest.date ? { date: manifest.date } : {}),
    ...(manifest.url ? { url: manifest.url } : {}),
    notes: [
      ...(transcript.lead[0] ? [{ kind: 'text' as const, text: transcript.lead[0].text }] : []),
      { kind: 'text', text: words.titleNote(transcript.topics.length, input.quotes.length, manifest.duration) },
    ],
  });
  drafts.push(...input.authored.before);

  // The pictures (issue 10): how much was said where and by whom, and each topic's key terms.
  const map = conversationMap(transcript, input.speakers);
  const terms = keyTerms(transcript.topics, 8, nameTerms(input.speakers.map((s) => s.name)));
  const quotesByTopic = new Map<string, Quote[]>();
  for (const quote of input.quotes) quotesByTopic.set(quote.topicId, [...(quotesByTopic.get(quote.topicId) ?? []), quote]);

  drafts.push({
    kind: 'agenda',
    id: 'agenda',
    title: words.agenda,
    items: transcript.topics.map((t, i) => ({ topicId: t.id, title: t.title, quoteCount: quotesByTopic.get(t.id)?.length ?? 0 })),
    map,
    notes: transcript.topics.map((t, i) => ({ kind: 'text' as const, text: words.agendaNote(i + 1, t.title, t.turns.length, quotesByTopic.get(t.id)?.length ?? 0) })),
  });

  transcript.topics.forEach((topic, topicIndex) => {
    const quotes = quotesByTopic.get(topic.id) ?? [];
    const quoteSlideId = (i: number): string => `${topic.id}-quote-${i + 1}`;
    const firstQuoteOfTurn = new Map<string, number>();
    quotes.forEach((q, i) => {
      if (!firstQuoteOfTurn.has(q.turnId)) firstQuoteOfTurn.set(q.turnId, i);
    });
    const flow: NoteBlock[] = topic.turns.map((turn) => {
      const quoted = firstQuoteOfTurn.get(turn.id);
      if (quoted !== undefined) {
        return { kind: 'pointer', text: `${turn.speaker}: ${preview(turn)}`, slideId: quoteSlideId(quoted) };
      }
      return turnBlock(turn, [], input);
    });
    drafts.push({
      kind: 'section',
      id: topic.id,
      topicId: topic.id,
      number: topicIndex + 1,
      title: topic.title,
      speakers: [...new Set(topic.turns.map((t) => t.speaker))],
      terms: terms[topicIndex] ?? [],
      shares: speakerShares(map.topics[topicIndex]?.turns ?? [], map.speakers),
      // What the transcript writes under the mark before anyone speaks opens the section's notes.
      notes: [...(topic.intro ?? []).map((p) => ({ kind: 'text' as const, text: p.text })), ...flow],
    });
    const stretchOf = quoteStretches(topic.turns, quotes, input);
    quotes.forEach((quote, i) => {
      const next = quotes[i + 1];
      const notes: NoteBlock[] = [stretchOf.get(quote)!];
      notes.push({ kind: 'text', text: words.next(next ? next.text : nextTitle(transcript, topicIndex)) });
      const slide: Omit<QuoteSlide, 'timing'> = {
        kind: 'quote',
        id: quoteSlideId(i),
        topicId: topic.id,
        topicTitle: topic.title,
        quote,
        notes,
        ...(roleOf.get(quote.speaker) ? { role: roleOf.get(quote.speaker)! } : {}),
      };
      drafts.push(slide);
    });
  });

  {
    // The closing overview: the whole talk at a glance, before the summary and the source.
    const shares = speakerShares(map.topics.flatMap((t) => t.turns), map.speakers);
    const recorded = recordingSeconds(transcript);
    const lines = [
      words.counts(transcript.topics.length, input.quotes.length),
      words.speakers(shares),
      words.duration(recorded !== undefined ? clock(recorded) : words.aboutMinutes(manifest.duration)),
    ];
    drafts.push({
      kind: 'summary',
      id: 'overview',
      title: words.overview,
      points: lines,
      overview: map,
      notes: [{ kind: 'text', text: lines.join(' · ') }],
    });
  }
  if (transcript.lead.length > 1) {
    drafts.push({
      kind: 'summary',
      id: 'summary',
      title: words.summary,
      points: transcript.lead.slice(1).flatMap((p) => readablePoint(p, input.clean.unreadable)),
      notes: transcript.lead.slice(1).map((p) => ({ kind: 'text' as const, text: p.text })),
    });
  }
  drafts.push(...input.authored.after);
  drafts.push({
    kind: 'source',
    id: 'source',
    title: words.source,
    lines: [manifest.source, manifest.credit, manifest.url, `${input.sourceName}`].filter((l): l is string => !!l),
    ...(manifest.url ? { url: manifest.url } : {}),
    notes: transcript.credits.length > 0 ? transcript.credits.map((p) => ({ kind: 'text' as const, text: p.text })) : [{ kind: 'text', text: input.sourceName }],
  });

  return { value: { meta: { title: manifest.title, lang: input.lang, durationMinutes: manifest.duration, ...(featured[0] ? { author: featured[0].name } : {}) }, slides: pace(drafts, manifest.duration * 60) }, diagnostics: [] };
}

/** The whole turn, the quote highlighted, unreadable runs marked, and where to find it. */
function turnBlock(turn: Turn, quotes: Quote[], input: ComposeInput): TurnNotes {
  const paragraphs: NoteParagraph[] = turn.paragraphs.map((p, index) => {
    const unreadable = input.clean.unreadable
      .filter((r) => r.start < p.start + p.text.length && r.end > p.start)
      .map((r) => ({ start: Math.max(0, r.start - p.start), end: Math.min(p.text.length, r.end - p.start) }));
    return {
      text: p.text,
      highlights: quotes.filter((q) => q.paragraph === index).map((q) => ({ start: q.start, end: q.end })),
      ...(unreadable.length > 0 ? { unreadable } : {}),
    };
  });
  const { line, column } = turn.span.start;
  // Timed transcripts (WebVTT, SRT, machine transcripts): when in the recording the turn was said.
  const time = turn.paragraphs[0]?.time;
  return { kind: 'turn', speaker: turn.speaker, paragraphs, source: `${input.sourceName}:${line}:${column}${time ? ` · ${clock(time.start)}` : ''}` };
}

type TurnNotes = Extract<NoteBlock, { kind: 'turn' }>;

/**
 * The notes of the quote slides of each turn. A turn with one quote is whole in its slide's notes.
 * A turn with several is cut between them: each slide gets the stretch that leads up to its own
 * quote (the first from the turn's start, the last to its end), so stepping through the slides
 * reads the turn once, in order, and the handout prints it once, not once per quote.
 */
function quoteStretches(turns: readonly Turn[], quotes: readonly Quote[], input: ComposeInput): Map<Quote, NoteBlock> {
  const out = new Map<Quote, NoteBlock>();
  for (const turn of turns) {
    const own = quotes.filter((q) => q.turnId === turn.id).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    if (own.length === 1) out.set(own[0]!, turnBlock(turn, own, input));
    if (own.length <= 1) continue;
    const whole = turnBlock(turn, [], input);
    // Cut k lies between quote k and quote k + 1: at the start of the next quote's paragraph, or
    // right after quote k when both are in one paragraph.
    type Point = { paragraph: number; offset: number };
    const cuts: Point[] = own.slice(1).map((next, k): Point => {
      const quote = own[k]!;
      return next.paragraph !== quote.paragraph ? { paragraph: next.paragraph, offset: 0 } : { paragraph: quote.paragraph, offset: Math.min(quote.end, next.start) };
    });
    const last = turn.paragraphs.length - 1;
    own.forEach((quote, k) => {
      const from: Point = k === 0 ? { paragraph: 0, offset: 0 } : cuts[k - 1]!;
      const to: Point = k === own.length - 1 ? { paragraph: last, offset: turn.paragraphs[last]!.text.length } : cuts[k]!;
      const paragraphs: NoteParagraph[] = [];
      for (let index = from.paragraph; index <= to.paragraph; index++) {
        const source = turn.paragraphs[index]!;
        const start = index === from.paragraph ? from.offset : 0;
        const end = index === to.paragraph ? to.offset : source.text.length;
        if (end <= start) continue;
        const clip = (ranges: readonly { start: number; end: number }[]): { start: number; end: number }[] =>
          ranges.filter((r) => r.start < end && r.end > start).map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
        const unreadable = clip(whole.paragraphs[index]!.unreadable ?? []);
        paragraphs.push({
          text: source.text.slice(start, end),
          highlights: quote.paragraph === index ? clip([{ start: quote.start, end: quote.end }]) : [],
          ...(unreadable.length > 0 ? { unreadable } : {}),
          ...(start > 0 || end < source.text.length ? { piece: { of: source.start, from: start } } : {}),
        });
      }
      out.set(quote, { ...whole, paragraphs });
    });
  }
  return out;
}

/** Seconds per slide in proportion to what there is to say on it, adding up to the talk's length. */
function pace(drafts: SlideDraft[], totalSeconds: number): Slide[] {
  const weights = drafts.map((d) => {
    const spoken = d.notes.reduce((sum, n) => sum + noteLength(n), 0);
    const shown = d.kind === 'quote' ? d.quote.text.length * 3 : 0;
    return 60 + shown + Math.sqrt(spoken) * 6;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  return drafts.map((d, i) => ({ ...d, timing: { seconds: Math.max(10, Math.round((totalSeconds * weights[i]!) / sum)) } }) as Slide);
}

function noteLength(note: NoteBlock): number {
  return note.kind === 'turn' ? note.paragraphs.reduce((s, p) => s + p.text.length, 0) : note.text.length;
}

function preview(turn: Turn): string {
  const text = turn.paragraphs[0]?.text ?? '';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * A lead paragraph as a point of the summary: the whole of it, or its first sentence that has no
 * unreadable text in it, marked `……` where the rest is left out; nothing when no sentence is readable.
 */
function readablePoint(paragraph: Paragraph, unreadable: readonly CleanRange[]): string[] {
  const readable = (start: number, end: number): boolean =>
    !unreadable.some((r) => r.start < paragraph.start + end && r.end > paragraph.start + start);
  const sentences = [...paragraph.text.matchAll(/[^。！？!?]+[。！？!?]*/gu)];
  for (const sentence of sentences) {
    const start = sentence.index;
    const end = start + sentence[0].length;
    if (!readable(start, end)) continue;
    if (sentences.length === 1) return [paragraph.text];
    return [`${start > 0 ? '……' : ''}${sentence[0].trim()}${end < paragraph.text.length ? '……' : ''}`];
  }
  return [];
}

function nextTitle(transcript: Transcript, topicIndex: number): string {
  const next = transcript.topics[topicIndex + 1];
  return next ? next.title : '—';
}
