import type { Candidate, TopicAnalysis } from './candidate.ts';
import type { QuoteOptions } from './options.ts';
import { WEIGHT } from './scoring.ts';

/**
 * The deck's total shared by substance, within bounds: the content words of quotable lines, each
 * line weighted by how it scores against the deck's median.
 */
export function allotQuotes(topics: readonly TopicAnalysis[], opts: QuoteOptions): void {
  // The lead echo is left out: it ranks lines within a topic, and would favour the topics the lead happens to sum up.
  const own = (c: Candidate): number => c.score - WEIGHT.echo * c.echo;
  const scores = topics.flatMap((t) => t.candidates.filter((c) => !c.rejected).map(own)).sort((a, b) => a - b);
  const median = Math.max(1e-9, scores[scores.length >> 1] ?? 1);
  const substance = topics.map((t) => t.candidates.reduce((sum, c) => sum + (c.rejected ? 0 : c.words.length * Math.min(1.5, Math.max(0, own(c) / median)) ** 2), 0));
  const totalSubstance = substance.reduce((a, b) => a + b, 0);
  const budget = Math.max(1, Math.round(opts.durationMinutes * opts.quotesPerMinute));
  topics.forEach((t, i) => {
    const share = totalSubstance > 0 ? (budget * substance[i]!) / totalSubstance : 0;
    const available = t.candidates.filter((c) => !c.rejected && !c.dropped).length;
    const pins = t.candidates.filter((c) => c.pinned).length;
    t.wanted = Math.max(pins, Math.min(available, Math.max(opts.minPerTopic, Math.min(opts.maxPerTopic, Math.round(share)))));
  });
}

/**
 * Quote slides due to each featured speaker among a topic's `total`: its share of the topic's
 * content words of quotable lines, plus what the earlier topics still owe them (`owed`, updated),
 * by largest remainders so that the seats add up to `total`. Carrying what is owed keeps a speaker
 * who says a little in every topic from being rounded away in each.
 */
export function speakerQuotas(candidates: readonly Candidate[], total: number, owed: Map<string, number>): Map<string, number> {
  const words = new Map<string, number>();
  for (const c of candidates) if (!c.rejected && !c.dropped) words.set(c.turn.speaker, (words.get(c.turn.speaker) ?? 0) + c.words.length);
  const sum = [...words.values()].reduce((a, b) => a + b, 0);
  if (sum === 0) return new Map();
  for (const [speaker, n] of words) owed.set(speaker, (owed.get(speaker) ?? 0) + (total * n) / sum);
  const claims = [...words.keys()].map((speaker) => ({ speaker, share: Math.max(0, owed.get(speaker)!) }));
  const claimed = claims.reduce((a, b) => a + b.share, 0);
  const exact = claims.map((c) => ({ ...c, share: claimed > 0 ? (total * c.share) / claimed : 0 }));
  const seats = new Map(exact.map((e) => [e.speaker, Math.floor(e.share)]));
  let left = total - [...seats.values()].reduce((a, b) => a + b, 0);
  for (const e of [...exact].sort((a, b) => (b.share % 1) - (a.share % 1) || b.share - a.share || (a.speaker < b.speaker ? -1 : 1))) {
    if (left-- <= 0) break;
    seats.set(e.speaker, seats.get(e.speaker)! + 1);
  }
  return seats;
}
