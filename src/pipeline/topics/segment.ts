import { reporterFor } from '../reporter.ts';
import type { Paragraph, Result, Speaker, Topic, Transcript, Turn } from '../types.ts';
import { keyPhrases } from './key-phrase.ts';
import { contentTerms, nameTerms, type Term } from './terms.ts';

/*
 * Topics for a transcript that marks none, found by lexical cohesion (TextTiling, Hearst 1997): the
 * paragraphs are a sequence of bags of content words; at each place a topic could start, the words
 * of a window before it are compared with a window after it (cosine similarity); where similarity
 * dips deepest (depth score), the vocabulary changed, and a topic starts. Topics start only between
 * turns, before a question when the transcript has someone who asks them (so an answer stays with
 * its question), and between paragraphs only when there are too few turns (a monologue). Each topic
 * is titled with the phrase most particular to it, as it was said (key-phrase.ts).
 */

export interface SegmentOptions {
  /** Fewest topics for a transcript long enough to have them (default 3). */
  minTopics?: number;
  /** Most topics (default 12); wins over `minTopics` when it is smaller. */
  maxTopics?: number;
  /** Path of the transcript, for diagnostics. */
  file?: string;
}

interface Unit {
  turn: number;
  paragraph: Paragraph;
  /** True for the first paragraph of a turn. */
  opensTurn: boolean;
  terms: Term[];
}

const QUESTION = /[?？]\s*$/u;

export function segmentTopics(transcript: Transcript, options: SegmentOptions = {}): Result<Transcript> {
  // The upper bound wins when the two disagree.
  const maxTopics = Math.max(1, Math.floor(options.maxTopics ?? 12));
  const minTopics = Math.min(maxTopics, Math.max(1, Math.floor(options.minTopics ?? 3)));
  const turns = transcript.topics.flatMap((t) => t.turns);
  const names = speakerWords(transcript);
  const units: Unit[] = turns.flatMap((turn, index) =>
    turn.paragraphs.map((paragraph, p) => ({ turn: index, paragraph, opensTurn: p === 0, terms: contentTerms(paragraph.text).filter((t) => !names.has(t.key)) })),
  );
  const totalTerms = units.reduce((sum, u) => sum + u.terms.length, 0);
  const candidates = candidateGaps(units, turns, transcript.speakers, minTopics);

  // Long enough: at least a few paragraphs and some dozens of content words per topic.
  const longEnough = units.length >= minTopics * 3 && totalTerms >= minTopics * 30 && candidates.length >= minTopics - 1;
  const wanted = { min: longEnough ? minTopics : 1, max: Math.min(maxTopics, Math.max(1, Math.floor(units.length / 2)), candidates.length + 1) };
  // Only a caller that names the transcript (the parse stage) is told the transcript was too short.
  const reporter = reporterFor(options.file ?? '');
  if (!longEnough && options.file !== undefined) {
    reporter.info('short-transcript', undefined, `The transcript is too short to find ${minTopics} topics in (${units.length} paragraphs, ${totalTerms} content words)`);
  }

  const window = Math.max(20, Math.min(120, Math.round(totalTerms / 10)));
  const idf = inverseFrequencies(units);
  const raw = candidates.map((gap) => cosine(bag(units, gap, -1, window, idf), bag(units, gap, 1, window, idf)));
  const similarities = smooth(raw);
  const depths = depthScores(similarities);
  const prefix = [0];
  for (const unit of units) prefix.push(prefix[prefix.length - 1]! + unit.terms.length);
  const boundaries = settle(chooseBoundaries(candidates, depths, raw, prefix, wanted, Math.round(window * 0.75)), candidates, raw);

  const segments: Array<[number, number]> = [];
  let from = 0;
  for (const boundary of [...boundaries, units.length]) {
    if (boundary > from) segments.push([from, boundary]);
    from = boundary;
  }
  const titles = titleSegments(units, segments, names);
  return reporter.result(rebuild(transcript, turns, units, segments, titles));
}

/** Words of the speakers' names: `Dave` in `Dave, tell us…` is not a key term. */
function speakerWords(transcript: Transcript): Set<string> {
  return nameTerms(transcript.speakers.map((s) => s.name));
}

/**
 * Where a topic may start: before a question of someone who mostly asks (when there are enough of
 * them), else before any turn, else (a monologue) before any paragraph.
 */
function candidateGaps(units: Unit[], turns: Turn[], speakers: readonly Speaker[], minTopics: number): number[] {
  const enough = Math.max(1, minTopics - 1);
  const turnGaps = units.flatMap((u, i) => (i > 0 && u.opensTurn ? [i] : []));
  const askers = askingSpeakers(turns, speakers);
  if (askers.size > 0 && askers.size < new Set(turns.map((t) => t.speaker)).size) {
    const questionGaps = turnGaps.filter((i) => askers.has(turns[units[i]!.turn]!.speaker));
    if (questionGaps.length >= enough) return questionGaps;
  }
  if (turnGaps.length >= enough * 2) return turnGaps;
  return units.flatMap((_, i) => (i > 0 ? [i] : []));
}

function askingSpeakers(turns: Turn[], speakers: readonly Speaker[]): Set<string> {
  const askers = new Set(speakers.filter((s) => s.kind === 'host').map((s) => s.name));
  if (askers.size > 0) return askers;
  const stats = new Map<string, { questions: number; turns: number }>();
  for (const turn of turns) {
    const entry = stats.get(turn.speaker) ?? { questions: 0, turns: 0 };
    entry.turns++;
    if (turn.paragraphs.some((p) => QUESTION.test(p.text))) entry.questions++;
    stats.set(turn.speaker, entry);
  }
  for (const [name, entry] of stats) if (name !== '?' && entry.turns >= 2 && entry.questions / entry.turns >= 0.5) askers.add(name);
  return askers;
}

/** How rare each term is across paragraphs: words said everywhere say little about where a topic changes. */
function inverseFrequencies(units: Unit[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const unit of units) for (const key of new Set(unit.terms.map((t) => t.key))) df.set(key, (df.get(key) ?? 0) + 1);
  return new Map([...df].map(([key, n]) => [key, Math.log(1 + units.length / n)]));
}

/** Weighted term counts of the paragraphs before (`direction` −1) or from (`+1`) a gap, up to `size` terms. */
function bag(units: Unit[], gap: number, direction: -1 | 1, size: number, idf: Map<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  let taken = 0;
  for (let i = direction < 0 ? gap - 1 : gap; i >= 0 && i < units.length && taken < size; i += direction) {
    for (const term of units[i]!.terms) {
      counts.set(term.key, (counts.get(term.key) ?? 0) + (idf.get(term.key) ?? 1));
      taken++;
    }
  }
  return counts;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [key, count] of a) {
    na += count * count;
    const other = b.get(key);
    if (other !== undefined) dot += count * other;
  }
  for (const count of b.values()) nb += count * count;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function smooth(values: number[]): number[] {
  return values.map((v, i) => {
    const before = values[i - 1] ?? v;
    const after = values[i + 1] ?? v;
    return (before + 2 * v + after) / 4;
  });
}

/** How deep each similarity dips below the peaks on either side. */
function depthScores(similarities: number[]): number[] {
  return similarities.map((s, i) => {
    let left = s;
    for (let k = i - 1; k >= 0 && similarities[k]! >= left; k--) left = similarities[k]!;
    let right = s;
    for (let k = i + 1; k < similarities.length && similarities[k]! >= right; k++) right = similarities[k]!;
    return left - s + (right - s);
  });
}

/**
 * The deepest dips, as many as stand out (depth above mean + σ), kept within the wanted number of
 * topics, and never so close that a topic would be a single paragraph (unless nothing else fits).
 */
function chooseBoundaries(candidates: number[], depths: number[], raw: number[], prefix: number[], wanted: { min: number; max: number }, minTerms: number): number[] {
  const unitCount = prefix.length - 1;
  if (wanted.max <= 1 || candidates.length === 0) return [];
  const mean = depths.reduce((a, b) => a + b, 0) / depths.length;
  const sd = Math.sqrt(depths.reduce((a, b) => a + (b - mean) ** 2, 0) / depths.length);
  const threshold = mean + sd;
  // Deepest first; on equal depth the earlier gap.
  const order = candidates.map((gap, i) => ({ gap, depth: depths[i]! })).sort((a, b) => b.depth - a.depth || a.gap - b.gap);
  const chosen: number[] = [];
  // Every topic keeps a few paragraphs and enough words to be about something.
  const fits = (gap: number, minSize: number, words: number): boolean => {
    const sorted = [0, ...chosen, gap, unitCount].sort((a, b) => a - b);
    return sorted.every((b, i) => i === 0 || (b - sorted[i - 1]! >= minSize && prefix[b]! - prefix[sorted[i - 1]!]! >= words));
  };
  const preferred = Math.max(3, Math.round(unitCount / (wanted.max * 1.5)));
  // The dips that stand out, as far as they leave topics of a fair size…
  for (const { gap, depth } of order) {
    if (chosen.length >= wanted.max - 1 || depth <= 0 || depth < threshold) break;
    if (fits(gap, preferred, minTerms)) chosen.push(gap);
  }
  // …then, if that is too few, where neighbouring paragraphs share the fewest words (no dip stands
  // out, so depth says little), with smaller topics allowed as a last resort.
  const leastSimilar = candidates.map((gap, i) => ({ gap, similarity: raw[i]! })).sort((a, b) => a.similarity - b.similarity || a.gap - b.gap);
  for (const [minSize, words] of [[preferred, minTerms], [2, Math.round(minTerms / 2)], [1, 0]] as const) {
    for (const { gap } of leastSimilar) {
      if (chosen.length >= wanted.min - 1) break;
      if (!chosen.includes(gap) && fits(gap, minSize, words)) chosen.push(gap);
    }
  }
  return chosen.sort((a, b) => a - b);
}

/** Smoothing blurs where a dip is: move each boundary to the lowest unsmoothed similarity next to it. */
function settle(boundaries: number[], candidates: number[], raw: number[]): number[] {
  const settled = boundaries.map((gap) => {
    const i = candidates.indexOf(gap);
    let best = i;
    for (const j of [i - 1, i + 1]) {
      const other = candidates[j];
      if (other === undefined || boundaries.includes(other)) continue;
      if (raw[j]! < raw[best]! && Math.abs(other - gap) <= 3) best = j;
    }
    return candidates[best]!;
  });
  // Moving must not make two boundaries meet or leave a topic empty.
  return settled.every((gap, k) => k === 0 || gap > settled[k - 1]!) ? settled : boundaries;
}

/**
 * Each segment's key phrase (key-phrase.ts); a segment with nothing characteristic in it is named
 * by the start of what was said in it.
 */
function titleSegments(units: Unit[], segments: Array<[number, number]>, names: ReadonlySet<string>): string[] {
  const titles = keyPhrases(segments.map(([from, to]) => units.slice(from, to).map((u) => u.paragraph.text)), names);
  return titles.map((title, index) => {
    if (title !== '') return title;
    const first = units[segments[index]![0]]!.paragraph.text;
    return first.length > 30 ? `${first.slice(0, 30)}…` : first;
  });
}

/** The transcript with its turns regrouped into the segments: ids renumbered, speakers recounted. */
function rebuild(transcript: Transcript, turns: Turn[], units: Unit[], segments: Array<[number, number]>, titles: string[]): Transcript {
  const topics: Topic[] = segments.map(([from, to], index) => {
    const id = `topic-${index + 1}`;
    const topicTurns: Turn[] = [];
    let last: { turn: number; value: Turn } | undefined;
    for (const unit of units.slice(from, to)) {
      if (last && last.turn === unit.turn) {
        last.value.paragraphs.push(unit.paragraph);
        last.value.span = { start: last.value.span.start, end: unit.paragraph.span.end };
        continue;
      }
      const value: Turn = { id: `${id}-turn-${topicTurns.length + 1}`, speaker: turns[unit.turn]!.speaker, paragraphs: [unit.paragraph], span: unit.paragraph.span };
      topicTurns.push(value);
      last = { turn: unit.turn, value };
    }
    return { id, title: titles[index] ?? '', span: topicTurns[0]!.span, turns: topicTurns };
  });
  const counts = new Map<string, number>();
  for (const topic of topics) for (const turn of topic.turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  const speakers = transcript.speakers.filter((s) => counts.has(s.name)).map((s) => ({ ...s, turnCount: counts.get(s.name)! }));
  return { ...transcript, topics: topics.length > 0 ? topics : transcript.topics, speakers };
}

/**
 * Topics the transcript marks but does not name (the talk before its first heading) get a key
 * phrase for a title, as found topics do.
 */
export function titleUntitledTopics(transcript: Transcript): Transcript {
  if (!transcript.topics.some((t) => t.title.trim() === '' && t.turns.length > 0)) return transcript;
  const names = speakerWords(transcript);
  const units: Unit[] = [];
  const segments: Array<[number, number]> = [];
  const segmentOf = new Map<number, number>();
  transcript.topics.forEach((topic, index) => {
    if (topic.turns.length === 0) return;
    const from = units.length;
    for (const turn of topic.turns) {
      turn.paragraphs.forEach((paragraph, p) => units.push({ turn: index, paragraph, opensTurn: p === 0, terms: contentTerms(paragraph.text).filter((t) => !names.has(t.key)) }));
    }
    segmentOf.set(index, segments.length);
    segments.push([from, units.length]);
  });
  const titles = titleSegments(units, segments, names);
  return {
    ...transcript,
    topics: transcript.topics.map((topic, index) => {
      const title = segmentOf.has(index) ? titles[segmentOf.get(index)!] : undefined;
      return topic.title.trim() === '' && title ? { ...topic, title } : topic;
    }),
  };
}

/** Topics with nothing said in them (a heading over a list of links) are left out; ids are renumbered. */
export function withoutEmptyTopics(transcript: Transcript): Transcript {
  if (transcript.topics.every((t) => t.turns.length > 0) || transcript.topics.every((t) => t.turns.length === 0)) return transcript;
  const topics = transcript.topics
    .filter((t) => t.turns.length > 0)
    .map((topic, index) => {
      const id = `topic-${index + 1}`;
      return { ...topic, id, turns: topic.turns.map((turn, t) => ({ ...turn, id: `${id}-turn-${t + 1}` })) };
    });
  return { ...transcript, topics };
}
