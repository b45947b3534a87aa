import type { Reporter } from '../reporter.ts';
import { speakerQuotas } from './budget.ts';
import type { Candidate, TopicAnalysis } from './candidate.ts';
import type { QuoteOptions } from './options.ts';
import { cosine, type Idf } from './rank.ts';

/** MMR: how much the score counts against likeness to what is already chosen. */
const LAMBDA = 0.7;
/** Above this likeness to a chosen quote, a candidate says the same thing. */
const REDUNDANT = 0.5;
/** How many of its rarest words index a chosen quote, to find the earlier quotes a candidate might repeat. */
const KEYS = 3;

const overlaps = (a: Candidate, b: Candidate): boolean => a.absStart < b.absEnd && b.absStart < a.absEnd;

/**
 * Pins, then maximal marginal relevance, never the same thing twice in the deck. Within a topic
 * each featured speaker is due a share of its quotes in proportion to the content words of their
 * quotable lines there: one who has had their share yields to one who has not.
 */
export function selectQuotes(topics: readonly TopicAnalysis[], idf: Idf, opts: QuoteOptions, reporter: Reporter): void {
  const seen = new Set<string>();
  const owed = new Map<string, number>();
  // Speakers with a quote in the deck so far: a speaker's first one is never held back by `minScore`.
  const quoted = new Set<string>();
  // Quotes chosen in earlier topics, by their rarest words: a candidate is compared only with those
  // sharing one of its own rarest words (a repeat shares them), so the work stays linear.
  const earlier = new Map<string, Candidate[]>();
  const keysOf = (c: Candidate): string[] => [...new Set(c.words)].sort((a, b) => idf.weight(b) - idf.weight(a) || (a < b ? -1 : 1)).slice(0, KEYS);
  for (const t of topics) {
    const chosen = t.candidates.filter((c) => c.pinned);
    const quota = speakerQuotas(t.candidates, t.wanted, owed);
    const given = new Map<string, number>();
    const due = (c: Candidate): boolean => (given.get(c.turn.speaker) ?? 0) < (quota.get(c.turn.speaker) ?? 0);
    for (const c of chosen) {
      seen.add(c.fingerprint);
      quoted.add(c.turn.speaker);
      given.set(c.turn.speaker, (given.get(c.turn.speaker) ?? 0) + 1);
    }
    const pool = t.candidates.filter((c) => !c.rejected && !c.dropped && !c.pinned);
    const maxScore = Math.max(1e-9, ...pool.map((c) => c.score));
    // Each candidate's likeness to the closest quote already chosen, updated as quotes are chosen.
    const redundancy = pool.map((c) => {
      let r = 0;
      for (const p of chosen) r = Math.max(r, cosine(c.vector, p.vector));
      for (const key of keysOf(c)) for (const p of earlier.get(key) ?? []) r = Math.max(r, cosine(c.vector, p.vector));
      return r;
    });
    while (chosen.length < t.wanted) {
      let best = -1;
      let bestValue = -Infinity;
      const weak = (c: Candidate): boolean => chosen.length >= opts.minPerTopic && c.score < opts.minScore && quoted.has(c.turn.speaker);
      const eligible = (c: Candidate, i: number): boolean => !c.chosen && !weak(c) && redundancy[i]! <= REDUNDANT && !seen.has(c.fingerprint) && !chosen.some((p) => overlaps(p, c));
      const someoneDue = pool.some((c, i) => due(c) && eligible(c, i));
      pool.forEach((c, i) => {
        if (!eligible(c, i) || (someoneDue && !due(c))) return;
        const value = LAMBDA * (c.score / maxScore) - (1 - LAMBDA) * redundancy[i]!;
        if (value > bestValue + 1e-12) {
          bestValue = value;
          best = i;
        }
      });
      if (best < 0) break;
      const picked = pool[best]!;
      picked.chosen = true;
      seen.add(picked.fingerprint);
      given.set(picked.turn.speaker, (given.get(picked.turn.speaker) ?? 0) + 1);
      chosen.push(picked);
      quoted.add(picked.turn.speaker);
      pool.forEach((c, i) => {
        if (!c.chosen) redundancy[i] = Math.max(redundancy[i]!, cosine(c.vector, picked.vector));
      });
    }
    for (const c of chosen) {
      c.chosen = true;
      owed.set(c.turn.speaker, (owed.get(c.turn.speaker) ?? 0) - 1);
    }
    // Slide order: the presenter's `order:` first, then as said.
    chosen.sort((a, b) => (a.orderIndex ?? Infinity) - (b.orderIndex ?? Infinity) || a.absStart - b.absStart);
    t.chosen = chosen;
    for (const c of chosen) {
      for (const key of keysOf(c)) {
        const list = earlier.get(key);
        if (list) list.push(c);
        else earlier.set(key, [c]);
      }
    }
    if (chosen.length < opts.minPerTopic) {
      const valid = t.candidates.filter((c) => !c.rejected).length;
      reporter.warn(
        'few-quotes',
        t.topic.span,
        `Topic \`${t.topic.title || t.topic.id}\` has ${chosen.length} quote${chosen.length === 1 ? '' : 's'}, expected at least ${opts.minPerTopic} (${valid} quotable line${valid === 1 ? '' : 's'} by featured speakers)`,
        'Pin quotes in the quotes.yaml, or check who is featured in deck.yaml.',
      );
    }
  }
}

/** Once a deck: some quotes come from text with no punctuation, whose units start and end on guesses. */
export function reportUnpunctuated(topics: readonly TopicAnalysis[], reporter: Reporter): void {
  const chosen = topics.flatMap((t) => t.chosen).filter((c) => c.unit.unpunctuated);
  if (chosen.length === 0) return;
  const first = chosen.reduce((a, b) => (b.absStart < a.absStart ? b : a));
  reporter.warn(
    'unpunctuated-quotes',
    { start: first.position, end: first.endPosition },
    `Unexpected text with no punctuation: ${chosen.length} quote${chosen.length === 1 ? ' was' : 's were'} cut where a thought seemed to start (after \`um\`, \`so\`, \`okay\`), expected sentences`,
    'Check them with `transcript-deck quotes`, and pin the lines worth a slide in the quotes.yaml; a transcript with punctuation (most speech-to-text services can add it) gives better quotes.',
  );
}
