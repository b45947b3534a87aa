import type { LoadedDeck } from '../src/io/load-deck.ts';
import { diagnosticLine } from '../src/pipeline/diagnostics.ts';
import type { Diagnostic, QuoteSlide, Transcript } from '../src/pipeline/types.ts';
import type { Expected } from './corpus.ts';
import { DEFECT_KINDS, defectsOf, type DefectKind } from './defects.ts';
import { recallPicks, type Pick, type ShownQuote } from './picks.ts';
import { speakerShares, type SpeakerShareResult } from './shares.ts';
import { compareSpeakers, type SpeakerComparison } from './speakers.ts';
import { matchTopics, type TopicMatch } from './topics.ts';

/** How the tool did on one transcript of the corpus, against what a person counted. */
export interface FileResult {
  id: string;
  format: string;
  encoding: string;
  language: string;
  speakers: SpeakerComparison & { found: string[]; expected: string[] };
  turns: { tool: number; expected: number | null };
  /** Marks read (a section, the document title, or a heading reported as having nothing under it); `withSection`: those that got a section. */
  topics: TopicMatch & { tool: string[]; withSection: number };
  /** Minutes of recording: the latest timestamp the tool read, and the hand count. */
  length: { tool: number | null; expected: number | null };
  /** Whether the parse looks wrong (speakers not exact or topics missed) and the tool warned about it. */
  implausible: { needed: boolean; warned: boolean };
  /** The errors, each with its line as the CLI prints it. */
  errors: Array<{ rule: string; message: string; printed: string }>;
  quotes: {
    count: number;
    /** null when the transcript has no picks file yet. */
    picks: { recalled: number; total: number; each: Array<{ line: number; text: string; recalled: boolean; overlap: number; by?: number }> } | null;
    defects: Record<DefectKind, number>;
    /** Every slide quote, as shown, with its line and what is wrong with it. */
    each: Array<{ text: string; speaker: string; line: number; defects: DefectKind[] }>;
  };
  shares: SpeakerShareResult[];
  /** Milliseconds the pipeline took. */
  ms: number;
}

/** A transcript the eval could not compare: the tool threw (a bug), the eval did, or its corpus files are not usable. */
export interface FileFailure {
  id: string;
  cause: 'tool' | 'eval' | 'corpus';
  failed: string;
}

export type Outcome = FileResult | FileFailure;

export const isFailure = (outcome: Outcome): outcome is FileFailure => 'failed' in outcome;

/** Turns as a person counts them: maximal runs of one speaker, also across a topic boundary. */
export function countTurns(transcript: Transcript): number {
  let count = 0;
  let last: string | undefined;
  for (const topic of transcript.topics)
    for (const turn of topic.turns) {
      if (turn.speaker !== last) count++;
      last = turn.speaker;
    }
  return count;
}

/** Minutes up to the latest time a paragraph carries (its end, else its start); null without timestamps. */
export function recordingMinutes(transcript: Transcript): number | null {
  let latest: number | null = null;
  for (const topic of transcript.topics)
    for (const turn of topic.turns)
      for (const paragraph of turn.paragraphs) {
        const time = paragraph.time?.end ?? paragraph.time?.start;
        if (time !== undefined && (latest === null || time > latest)) latest = time;
      }
  return latest === null ? null : latest / 60;
}

const warnsImplausible = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity !== 'info' && d.rule.includes('implausible'));

/** Compares what loading a bare transcript gave with the hand counts and picks. */
/** Marks the tool reports reading without giving them a section: `empty-topic`, `document-title`, `empty-chapter`. */
function marksReported(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => d.rule === 'empty-topic' || d.rule === 'document-title' || d.rule === 'empty-chapter')
    .map((d) => /`(?:# )?([^`]+)`/u.exec(d.message)?.[1] ?? '')
    .filter((title) => title !== '');
}

export function evaluate(id: string, loaded: LoadedDeck, expected: Expected, picks: readonly Pick[] | undefined, ms: number): Outcome {
  const out = loaded.output;
  if (!out) return { id, cause: 'tool', failed: `no output: ${loaded.diagnostics.map(diagnosticLine).join('; ')}` };
  const { transcript } = out;
  const speakerOf = new Map(transcript.topics.flatMap((topic) => topic.turns.map((turn) => [turn.id, turn.speaker] as const)));

  const found = out.speakers.map((s) => s.name);
  const speakers = { ...compareSpeakers(found, expected.speakers), found, expected: expected.speakers };
  const toolTitles = transcript.topics.map((t) => t.title);
  // A mark the tool read but gave no section (a heading over nothing said, the document's `# Title`)
  // was still found: the tool says so in a message naming it.
  const readMarks = [...toolTitles, ...(transcript.title ? [transcript.title] : []), ...marksReported(loaded.diagnostics)];
  const topics = { ...matchTopics(expected.topics, readMarks), tool: toolTitles, withSection: matchTopics(expected.topics, toolTitles).found };

  const slides = out.deck.slides.filter((slide): slide is QuoteSlide => slide.kind === 'quote');
  const shown: ShownQuote[] = slides.map((slide) => ({
    text: slide.quote.text,
    speaker: speakerOf.get(slide.quote.turnId) ?? slide.quote.speaker,
    startLine: slide.quote.span.start.line,
    endLine: slide.quote.span.end.line,
  }));
  const recall = picks ? recallPicks(picks, shown, out.clean.source.text) : undefined;
  const each = shown.map((quote) => ({ text: quote.text, speaker: quote.speaker, line: quote.startLine, defects: defectsOf(quote.text) }));
  const defects = Object.fromEntries(DEFECT_KINDS.map((kind) => [kind, each.filter((q) => q.defects.includes(kind)).length])) as Record<DefectKind, number>;

  const said = transcript.topics.flatMap((topic) => topic.turns.flatMap((turn) => turn.paragraphs.map((p) => ({ speaker: turn.speaker, text: p.text }))));
  return {
    id,
    format: transcript.format,
    encoding: out.encoding ?? 'undecoded',
    language: out.deck.meta.lang,
    speakers,
    turns: { tool: countTurns(transcript), expected: expected.turns },
    topics,
    length: { tool: recordingMinutes(transcript), expected: expected.length === null ? null : expected.length / 60 },
    implausible: { needed: !speakers.exact || topics.found < topics.expected, warned: warnsImplausible(loaded.diagnostics) },
    errors: loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ rule: d.rule, message: d.message, printed: diagnosticLine(d) })),
    quotes: {
      count: slides.length,
      picks: recall
        ? {
            recalled: recall.filter((r) => r.recalled).length,
            total: recall.length,
            each: recall.map((r) => ({ line: r.pick.line, text: r.pick.text, recalled: r.recalled, overlap: r.overlap, ...(r.by !== undefined ? { by: r.by } : {}) })),
          }
        : null,
      defects,
      each,
    },
    shares: speakerShares(said, out.speakers, shown.map((q) => q.speaker)),
    ms,
  };
}
