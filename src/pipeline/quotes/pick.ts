import { type Reporter, reporterFor } from '../reporter.ts';
import type { CleanText, Quote, Result, Speaker, Transcript } from '../types.ts';
import { analyse } from './analyse.ts';
import { isOffStage, toQuote } from './candidate.ts';
import type { QuoteOptions } from './options.ts';
import type { Curation } from './curation.ts';
import type { Rejection } from './markers.ts';
import { withTimes } from './quote-time.ts';

export { defaultQuoteOptions, type QuoteOptions } from './options.ts';
export { parseCuration, type Curation, type QuoteSelector } from './curation.ts';
export { formatCandidates, listCandidates, type CandidateLine, type TopicCandidates } from './candidates.ts';

/**
 * Picks the lines worth putting on a slide: verbatim stretches of what featured speakers said
 * (never a host), ranked within each topic by centrality (TextRank over content words), quotability
 * (contrast, insight, first-person claims, numbers, names), length fit and an echo of the lead,
 * and spread by MMR so that no two slides say the same thing. Questions, greetings, small talk,
 * fragments and unreadable text are never quotes. Each topic gets a share of
 * `durationMinutes × quotesPerMinute` in proportion to its substance, within
 * `minPerTopic`…`maxPerTopic`. `curation` (from `parseCuration`) pins, drops and orders quotes;
 * a pin that no longer matches the transcript is an error with its line in the quotes.yaml.
 *
 * Deterministic: the same input gives the same quotes, in transcript order within each topic
 * (unless the curation orders them).
 */
export function pickQuotes(
  transcript: Transcript,
  speakers: readonly Speaker[],
  clean: CleanText,
  options: Partial<QuoteOptions> = {},
  curation?: Curation,
): Result<Quote[]> {
  const analysis = analyse(transcript, speakers, clean, options, curation);
  const quotes = withTimes(analysis.topics.flatMap((t) => t.chosen.map(toQuote)), transcript);
  const reporter = reporterFor(clean.source.path, [...analysis.diagnostics]);
  if (quotes.length === 0) reportNoQuotes(transcript, speakers, analysis.topics.flatMap((t) => t.candidates).filter((c) => !isOffStage(c)), reporter);
  return reporter.result(quotes);
}

/** A transcript with something said and not one quote: the presenter is told why, in one line. */
function reportNoQuotes(transcript: Transcript, speakers: readonly Speaker[], candidates: ReadonlyArray<{ rejected?: Rejection }>, reporter: Reporter): void {
  const turns = transcript.topics.flatMap((t) => t.turns);
  if (turns.length === 0) return;
  const featured = speakers.filter((s) => s.kind === 'featured');
  let reason: string;
  if (featured.length === 0) reason = 'no speaker is featured (everyone is a host or a guest who is not quoted)';
  else if (candidates.length === 0) reason = `${featured.map((s) => `\`${s.name}\``).join(', ')} said nothing that could be cut into a quote`;
  else {
    const counts = new Map<string, number>();
    for (const c of candidates) if (c.rejected) counts.set(c.rejected, (counts.get(c.rejected) ?? 0) + 1);
    const tally = [...counts].sort((a, b) => b[1] - a[1]).map(([why, n]) => `${n} ${why}`).join(', ');
    reason = `none of the ${candidates.length} lines of the featured speakers is quotable (${tally})`;
  }
  reporter.warn(
    'no-quotes',
    undefined,
    `No quotes: ${reason}`,
    'Name who to quote under `speakers: featured:` in deck.yaml, pin lines in the quotes.yaml, or check that the format was read right (`transcript-deck check`).',
  );
}
