/*
 * How well topic segmentation finds the topics a transcript marks: the marks are hidden (every
 * turn put into one topic), the segmentation is run, and the boundaries it finds are compared with
 * the marked ones by Pk (Beeferman et al. 1999) and WindowDiff (Pevzner & Hearst 2002), counted in
 * paragraphs with k half the mean marked topic length. Both are error rates: 0 is perfect, and an
 * even split into as many topics as were marked is the baseline to beat.
 */
import type { LoadedDeck } from '../src/io/load-deck.ts';
import { segmentTopics } from '../src/pipeline/topics/segment.ts';
import type { Transcript, Turn } from '../src/pipeline/types.ts';

/** A segmentation of `n` paragraphs, as the paragraph indices where a topic starts (never 0). */
type Starts = readonly number[];

function labels(n: number, starts: Starts): number[] {
  const sorted = [...starts].sort((a, b) => a - b);
  const out: number[] = [];
  let segment = 0;
  for (let i = 0; i < n; i++) {
    while (segment < sorted.length && sorted[segment]! <= i) segment++;
    out.push(segment);
  }
  return out;
}

/** How often two paragraphs k apart are wrongly said to be in one topic, or in two. */
export function pk(reference: Starts, hypothesis: Starts, n: number, k: number): number {
  const ref = labels(n, reference);
  const hyp = labels(n, hypothesis);
  let errors = 0;
  let windows = 0;
  for (let i = 0; i + k < n; i++, windows++) if ((ref[i] === ref[i + k]) !== (hyp[i] === hyp[i + k])) errors++;
  return windows === 0 ? 0 : errors / windows;
}

/** How often a window of k paragraphs holds a different number of boundaries than it should. */
export function windowDiff(reference: Starts, hypothesis: Starts, n: number, k: number): number {
  const ref = labels(n, reference);
  const hyp = labels(n, hypothesis);
  let errors = 0;
  let windows = 0;
  for (let i = 0; i + k < n; i++, windows++) if (ref[i + k]! - ref[i]! !== hyp[i + k]! - hyp[i]!) errors++;
  return windows === 0 ? 0 : errors / windows;
}

/** `segments` topics of equal size. */
export function evenSplit(n: number, segments: number): number[] {
  const starts: number[] = [];
  for (let j = 1; j < segments; j++) starts.push(Math.round((j * n) / segments));
  return starts.filter((start, j) => start > 0 && start < n && start !== starts[j - 1]);
}

/** The paragraph index where each topic after the first starts. */
export function topicStarts(transcript: Transcript): number[] {
  const starts: number[] = [];
  let at = 0;
  transcript.topics.forEach((topic, index) => {
    if (index > 0) starts.push(at);
    for (const turn of topic.turns) at += turn.paragraphs.length;
  });
  return starts;
}

/**
 * The transcript as if it marked no topics: one untitled topic. A speaker who goes on across a
 * mark is one turn, since a turn boundary where no one else spoke would give the mark away.
 */
export function mergedTopics(transcript: Transcript): Transcript {
  const first = transcript.topics[0];
  if (!first) return transcript;
  const turns: Turn[] = [];
  for (const turn of transcript.topics.flatMap((t) => t.turns)) {
    const last = turns[turns.length - 1];
    if (last && last.speaker === turn.speaker) {
      turns[turns.length - 1] = { ...last, paragraphs: [...last.paragraphs, ...turn.paragraphs], span: { start: last.span.start, end: turn.span.end } };
    } else turns.push({ ...turn, id: `topic-1-turn-${turns.length + 1}`, paragraphs: [...turn.paragraphs] });
  }
  return { ...transcript, topics: [{ ...first, id: 'topic-1', title: '', turns }] };
}

export interface BoundaryScore {
  paragraphs: number;
  /** Topics marked, and found with the marks hidden. */
  marked: number;
  found: number;
  k: number;
  pk: number;
  windowDiff: number;
  /** The same measures for an even split into `marked` topics. */
  even: { pk: number; windowDiff: number };
}

/**
 * Where the marked topics start, in paragraphs: each hand-counted title is looked for, in order, as a
 * line of the text of its own (heading and quote marks aside); a topic starts at the first paragraph
 * after its title. Found by the text, not by the reader, so a reader that misses the marks is no
 * reason to measure nothing. Titles over the lead or the credits start no topic of what was said.
 */
export function markedStarts(text: string, paragraphStarts: readonly number[], titles: readonly string[]): { starts: number[]; located: number } {
  const lines: Array<{ at: number; bare: string }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    // Aozora Bunko's notes on a heading (`［＃「一」は中見出し］`) are no part of its title.
    lines.push({ at, bare: line.replace(/［＃[^］]*］/gu, '').replace(/^[\s#>*_-]+|[\s*_]+$/gu, '') });
    at += line.length + 1;
  }
  const starts = new Set<number>();
  let located = 0;
  let from = 0;
  for (const title of titles) {
    const want = title.trim();
    const index = lines.findIndex((line, i) => i >= from && line.bare !== '' && (line.bare === want || (line.bare.includes(want) && want.length * 2 >= line.bare.length)));
    if (index < 0) continue;
    located++;
    from = index + 1;
    const start = paragraphStarts.filter((p) => p < lines[index]!.at).length;
    if (start > 0 && start < paragraphStarts.length) starts.add(start);
  }
  return { starts: [...starts].sort((a, b) => a - b), located };
}

/** The boundaries found with the marks hidden, against `reference`; undefined when it marks one topic or none. */
export function measureBoundaries(transcript: Transcript, reference: Starts, segment: (transcript: Transcript) => Transcript): BoundaryScore | undefined {
  if (reference.length === 0) return undefined;
  const n = transcript.topics.reduce((sum, topic) => sum + topic.turns.reduce((m, turn) => m + turn.paragraphs.length, 0), 0);
  const marked = reference.length + 1;
  const found = segment(mergedTopics(transcript));
  const hypothesis = topicStarts(found);
  const k = Math.max(1, Math.round(n / marked / 2));
  const even = evenSplit(n, marked);
  return {
    paragraphs: n,
    marked,
    found: found.topics.length,
    k,
    pk: pk(reference, hypothesis, n, k),
    windowDiff: windowDiff(reference, hypothesis, n, k),
    even: { pk: pk(reference, even, n, k), windowDiff: windowDiff(reference, even, n, k) },
  };
}

/** Titles that are a list of terms (`boat · uncle · Friday`) rather than words that were said. */
export function wordListTitles(titles: readonly string[]): number {
  return titles.filter((title) => title.includes(' · ')).length;
}

export type FileBoundaries = { id: string; score: BoundaryScore; where?: string } | { id: string; skipped: string };

/** One corpus file's boundaries: the tool's own segmentation against the topics its hand count marks. */
export function boundariesOf(id: string, loaded: LoadedDeck, titles: readonly string[]): FileBoundaries {
  const output = loaded.output;
  if (!output) return { id, skipped: 'no output' };
  const { transcript, clean } = output;
  const paragraphStarts = transcript.topics.flatMap((topic) => topic.turns.flatMap((turn) => turn.paragraphs.map((p) => p.start)));
  const { starts, located } = markedStarts(clean.text, paragraphStarts, titles);
  const score = measureBoundaries(transcript, starts, (merged) => segmentTopics(merged).value);
  const where = `${located} of ${titles.length} titles found in the text`;
  return score ? { id, score, where } : { id, skipped: `${where}, ${starts.length + 1} topic of what was said` };
}

const figure = (value: number): string => value.toFixed(3);

/** The boundary section of the report: a line per file, the mean, and the word-list title count. */
export function formatBoundaries(files: readonly FileBoundaries[], titles: { titles: number; wordLists: number }): string {
  const lines = ['Topic boundaries, marks hidden (Pk, WindowDiff: 0 is perfect; k = half the mean marked topic, in paragraphs):'];
  const scored: BoundaryScore[] = [];
  for (const file of files) {
    if ('skipped' in file) {
      lines.push(`${file.id}: not measured, ${file.skipped}`);
      continue;
    }
    const s = file.score;
    scored.push(s);
    lines.push(`${file.id}: ${file.where ? `${file.where}; ` : ''}${s.paragraphs} paragraphs, ${s.marked} marked, ${s.found} found, k ${s.k}: Pk ${figure(s.pk)} WindowDiff ${figure(s.windowDiff)} (even split Pk ${figure(s.even.pk)} WindowDiff ${figure(s.even.windowDiff)})`);
  }
  if (scored.length > 0) {
    const mean = (of: (s: BoundaryScore) => number): string => figure(scored.reduce((sum, s) => sum + of(s), 0) / scored.length);
    lines.push(`mean of ${scored.length} files  Pk ${mean((s) => s.pk)} WindowDiff ${mean((s) => s.windowDiff)} (even split Pk ${mean((s) => s.even.pk)} WindowDiff ${mean((s) => s.even.windowDiff)})`);
  }
  lines.push(`word-list titles: ${titles.wordLists} of ${titles.titles} topic titles`);
  return `${lines.join('\n')}\n`;
}
