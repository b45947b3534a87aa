import type { CleanText, Quote, Result, Speaker, Transcript } from '../types.ts';
import { analyse, toQuote, type QuoteOptions } from './analyse.ts';
import type { Curation } from './curation.ts';

export { defaultQuoteOptions, type QuoteOptions } from './analyse.ts';
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
  return { value: analysis.topics.flatMap((t) => t.chosen.map(toQuote)), diagnostics: analysis.diagnostics };
}
