import type { CleanText, Diagnostic, Result, Speaker, Transcript } from '../types.ts';
import { analyse } from './analyse.ts';
import type { QuoteOptions } from './options.ts';
import type { Curation } from './curation.ts';

/** One candidate quote as `transcript-deck quotes` lists it. */
export interface CandidateLine {
  /** As it would be shown, `……` marks included. */
  text: string;
  score: number;
  /** The parts of the score, and curation. */
  why: string[];
  /** Transcript position of its first character: `line:col`. */
  at: string;
  line: number;
  column: number;
  speaker: string;
  turnId: string;
  paragraph: number;
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
  chosen: boolean;
  pinned: boolean;
  dropped: boolean;
  /** Why it can never be a quote (`question`, `small talk`, `fragment`, `too long`, `scrambled`, `host`, …). */
  rejected?: string;
}

export interface TopicCandidates {
  topicId: string;
  title: string;
  /** How many quotes the topic was due. */
  wanted: number;
  /** Every unit of what anyone said in the topic, best first (rejected ones last, hosts' and others' among them). */
  candidates: CandidateLine[];
}

/**
 * Per topic, every candidate with its score, reasons and `line:col`: the same analysis as
 * `pickQuotes` with the same arguments, so `chosen` marks exactly the deck's quotes.
 */
export function listCandidates(
  transcript: Transcript,
  speakers: readonly Speaker[],
  clean: CleanText,
  options: Partial<QuoteOptions> = {},
  curation?: Curation,
): Result<TopicCandidates[]> {
  const analysis = analyse(transcript, speakers, clean, options, curation);
  const value = analysis.topics.map((t): TopicCandidates => ({
    topicId: t.topic.id,
    title: t.topic.title,
    wanted: t.wanted,
    candidates: [...t.candidates]
      .sort((a, b) => Number(!!a.rejected) - Number(!!b.rejected) || b.score - a.score || a.absStart - b.absStart)
      .map((c): CandidateLine => ({
        text: c.text,
        score: Math.round(c.score * 100) / 100,
        why: [...(c.pinned ? [`pinned (quotes.yaml line ${c.pinned.span.start.line})`] : []), ...(c.dropped ? [`dropped (quotes.yaml line ${c.dropped.span.start.line})`] : []), ...c.why],
        at: `${c.position.line}:${c.position.column}`,
        line: c.position.line,
        column: c.position.column,
        speaker: c.turn.speaker,
        turnId: c.turn.id,
        paragraph: c.paragraphIndex,
        start: c.unit.start,
        end: c.unit.end,
        chosen: c.chosen,
        pinned: !!c.pinned,
        dropped: !!c.dropped,
        ...(c.rejected ? { rejected: c.rejected } : {}),
      })),
  }));
  return { value, diagnostics: analysis.diagnostics as Diagnostic[] };
}

export interface FormatOptions {
  /** Prefix for positions, e.g. the transcript's path: `slides/talk.txt:24:137`. */
  file?: string;
  /** Also list what can never be a quote, with the reason. @defaultValue false */
  all?: boolean;
  /** Show each candidate's reasons. @defaultValue true */
  reasons?: boolean;
}

/**
 * Plain text for a terminal: per topic a heading, then one line per candidate —
 * `*` chosen, `+` pinned, `-` dropped, `x` never a quote — score, `line:col`, text, and its reasons.
 */
export function formatCandidates(topics: readonly TopicCandidates[], options: FormatOptions = {}): string {
  const out: string[] = [];
  const prefix = options.file ? `${options.file}:` : '';
  for (const topic of topics) {
    const quotable = topic.candidates.filter((c) => !c.rejected);
    const chosen = topic.candidates.filter((c) => c.chosen).length;
    out.push(`${topic.topicId}  ${topic.title}  — ${chosen} chosen of ${quotable.length} candidates (due ${topic.wanted})`);
    const shown = options.all ? topic.candidates : quotable;
    for (const c of shown) {
      const mark = c.pinned ? '+' : c.chosen ? '*' : c.dropped ? '-' : c.rejected ? 'x' : ' ';
      const score = c.rejected ? '    ' : c.score.toFixed(2).padStart(5);
      out.push(`${mark} ${score}  ${`${prefix}${c.at}`.padEnd(prefix.length + 8)}  ${c.text}${c.rejected ? `   [${c.rejected}]` : ''}`);
      if (options.reasons !== false && !c.rejected) out.push(`${' '.repeat(9)}${c.why.join(' · ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}
