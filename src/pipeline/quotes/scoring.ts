import type { Paragraph } from '../types.ts';
import type { Candidate, TopicAnalysis } from './candidate.ts';
import type { ContextOf } from './context.ts';
import { lengthFit, quotability } from './markers.ts';
import { cosine, textRank, type Idf, type Vector } from './rank.ts';
import { paragraphUnits } from './sentences.ts';
import { wordsIn } from './words.ts';

/** Weights of the ranking; the parts are each between 0 and about 1. */
/*
 * Fitted to readers' ratings (eval/ratings/round-2: 712 slide quotes of 38 transcripts rated good, ok
 * or bad against QUOTES.md) by a logistic regression over these parts and the markers' weights, then
 * rounded: left one file out at a time, it ranks a good quote above a bad one 69 % of the time (the
 * weights before, 56 %). Readers preferred fuller quotes that fit the slide over central ones.
 */
export const WEIGHT = { centrality: 0.65, echo: 0.7, fit: 1.7, length: 1.0, cutInside: 0.5, fillerCut: 0.5, unpunctuated: 0.5 };

/** The lead's units, as the words a quote may echo. */
export function leadWordsOf(lead: readonly Paragraph[], contextOf: ContextOf): string[][] {
  return lead.flatMap((p) => {
    const context = contextOf(p);
    return paragraphUnits(p.text, context.simp, context.lengths, context.bounds).map((u) => wordsIn(context.tokens, u.start, u.end));
  }).filter((w) => w.length >= 2);
}

/** TextRank runs per topic: a line is central to what its own topic says, not to the whole deck. */
export function scoreTopics(topics: readonly TopicAnalysis[], idf: Idf, leadVectors: readonly Vector[]): void {
  for (const t of topics) {
    const valid = t.candidates.filter((c) => !c.rejected);
    for (const c of t.candidates) c.vector = idf.vector(c.words);
    const ranks = textRank(valid.map((c) => c.vector));
    valid.forEach((c, i) => {
      c.centrality = ranks[i]!;
      score(c, leadVectors);
    });
  }
}

export function score(c: Candidate, lead: readonly Vector[]): void {
  const length = c.length;
  c.fit = lengthFit(length, c.bounds);
  c.markers = quotability(c.simp, c.paragraph.text.slice(c.unit.start, c.unit.end), length, c.script, !c.unit.cutLead || c.unit.fillerOnly, c.english);
  c.echo = 0;
  for (const v of lead) c.echo = Math.max(c.echo, cosine(c.vector, v));
  const cutInside = (c.unit.cutLead && !c.unit.fillerOnly ? 1 : 0) + (c.unit.cutTail ? 1 : 0);
  // A sentence shown from after its `So,` or `And`: rated good half as often as a whole one (rounds 2 and 3).
  const fillerCut = c.unit.cutLead && c.unit.fillerOnly ? 1 : 0;
  c.score =
    WEIGHT.centrality * c.centrality +
    WEIGHT.echo * c.echo +
    WEIGHT.fit * c.fit +
    WEIGHT.length * Math.min(1.5, length / Math.max(1, c.bounds.ideal)) +
    c.markers.reduce((sum, m) => sum + m.weight, 0) -
    WEIGHT.cutInside * cutInside -
    WEIGHT.fillerCut * fillerCut -
    // Raw speech-to-text's units: 17 of 22 rated bad (round 4), so no more of them than a topic's minimum, as a rule.
    (c.unit.unpunctuated ? WEIGHT.unpunctuated : 0);
  c.why = [
    `centrality ${c.centrality.toFixed(2)}`,
    ...(lead.length > 0 ? [`lead echo ${c.echo.toFixed(2)}`] : []),
    `length ${length}${c.script === 'latin' ? ' words' : ''} (fit ${c.fit.toFixed(2)})`,
    ...c.markers.map((m) => `${m.name}${m.detail ? `: ${m.detail}` : ''} (${m.weight >= 0 ? '+' : ''}${m.weight.toFixed(2)})`),
    ...(cutInside > 0 ? [`cut inside a sentence (-${(WEIGHT.cutInside * cutInside).toFixed(2)})`] : []),
    ...(fillerCut > 0 ? [`filler left out at the start (-${WEIGHT.fillerCut.toFixed(2)})`] : []),
    ...(c.unit.unpunctuated ? [`no punctuation to cut at (-${WEIGHT.unpunctuated.toFixed(2)})`] : []),
  ];
}
