/*
 * The one analysis behind `pickQuotes` and `listCandidates`, so what the CLI lists is exactly what
 * the deck got: units → content words → rejections → TF-IDF → per-topic TextRank + quotability +
 * length fit + lead echo → curation → how many per topic → MMR selection.
 */

import { reporterFor } from '../reporter.ts';
import type { CleanText, Diagnostic, Speaker, Transcript } from '../types.ts';
import { allotQuotes } from './budget.ts';
import { topicCandidates, type TopicAnalysis } from './candidate.ts';
import { contextsFor } from './context.ts';
import type { Curation } from './curation.ts';
import { applyCuration, reportStaleOrder } from './curation-apply.ts';
import { defaultQuoteOptions, type QuoteOptions } from './options.ts';
import { Idf } from './rank.ts';
import { leadWordsOf, scoreTopics } from './scoring.ts';
import { reportUnpunctuated, selectQuotes } from './selection.ts';

export interface Analysis {
  topics: TopicAnalysis[];
  diagnostics: Diagnostic[];
}

export function analyse(
  transcript: Transcript,
  speakers: readonly Speaker[],
  clean: CleanText,
  options: Partial<QuoteOptions> = {},
  curation?: Curation,
): Analysis {
  const opts: QuoteOptions = { ...defaultQuoteOptions, ...options };
  const diagnostics: Diagnostic[] = [];
  const reporter = reporterFor(clean.source.path, diagnostics);
  const featured = new Set(speakers.filter((s) => s.kind === 'featured').map((s) => s.name));
  const hosts = new Set(speakers.filter((s) => s.kind === 'host').map((s) => s.name));
  const contextOf = contextsFor(clean, opts);

  // 1. Units of what featured speakers said, with their words and what rules them out.
  const idf = new Idf();
  const topics: TopicAnalysis[] = transcript.topics.map((topic) => {
    const candidates = topicCandidates(topic, featured, hosts, contextOf, clean);
    return { topic, candidates, wanted: 0, chosen: [] };
  });

  // An advertisement read again where nothing announces it (the outro's `Posit Connect…`): the same words as a read are one.
  const adCopy = topics.flatMap((t) => t.candidates.filter((c) => c.sponsored).map((c) => c.fingerprint));
  if (adCopy.length > 0) {
    for (const t of topics) for (const c of t.candidates) if (!c.rejected && c.fingerprint.length >= 20 && adCopy.some((ad) => ad.includes(c.fingerprint))) c.rejected = 'meta-talk';
  }

  for (const t of topics) for (const c of t.candidates) if (!c.rejected) idf.add(c.words);

  // 2. The lead, when the transcript has one, as units to echo.
  const leadWords = leadWordsOf(transcript.lead, contextOf);
  for (const words of leadWords) idf.add(words);

  // 3. Scores within each topic.
  const leadVectors = leadWords.map((w) => idf.vector(w));
  scoreTopics(topics, idf, leadVectors);

  // 4. The presenter's curation.
  if (curation) applyCuration(curation, topics, transcript, featured, clean, idf, leadVectors, contextOf, diagnostics);

  // 5. How many per topic.
  allotQuotes(topics, opts);

  // 6. Selection.
  selectQuotes(topics, idf, opts, reporter);
  reportUnpunctuated(topics, reporter);
  if (curation) reportStaleOrder(curation, topics, diagnostics);
  return { topics, diagnostics };
}
