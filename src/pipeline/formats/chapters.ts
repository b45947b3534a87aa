import { reporterFor } from '../reporter.ts';
import type { Paragraph, Result, SourceSpan, Topic, Transcript, Turn } from '../types.ts';
import { parseTimestamp, TIMING } from './cues.ts';
import { splitLines, trimLine } from './lines.ts';

/*
 * A chapters file beside timed captions (`talk.chapters.vtt` next to `talk.vtt`, or `chapters:` in
 * deck.yaml): WebVTT chapter cues (`kind="chapters"`: a timing and a title), SubRip cues, or the
 * `0:00 Intro` lines of a video description. Each chapter opens a topic at the first paragraph said
 * at or after its start; captions carry no topics of their own, so these are the talk's structure.
 */

export interface Chapter {
  title: string;
  /** Seconds from the start of the recording. */
  start: number;
  /** Where the title is in the chapters file. */
  span: SourceSpan;
}

/** `0:00 Intro`, `00:02:15 - The cache`, `1:02:03 | Q&A`. */
const DESCRIPTION_LINE = /^((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[ \t]*[-–—|:.)][ \t]*|[ \t]+)(\S.*)$/u;

function position(lineStarts: readonly number[], offset: number): { line: number; column: number; offset: number } {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
  return { line: line + 1, column: offset - lineStarts[line]! + 1, offset };
}

/** The chapters of a chapters file, in time order; lines that are neither are reported, not guessed. */
export function readChapters(path: string, text: string): Result<Chapter[]> {
  const reporter = reporterFor(path);
  const lines = splitLines(text.replace(/\r\n?/gu, '\n'));
  const starts = lines.map((l) => l.start);
  const span = (from: number, to: number): SourceSpan => ({ start: position(starts, from), end: position(starts, to) });
  const chapters: Chapter[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = trimLine(lines[i]!);
    if (line.text === '' || /^(?:\uFEFF)?WEBVTT\b/u.test(line.text) || /^\d+$/u.test(line.text)) continue;
    const timing = TIMING.exec(line.text);
    if (timing) {
      const title = lines[i + 1] ? trimLine(lines[i + 1]!) : undefined;
      const start = parseTimestamp(timing[1]!);
      if (start !== undefined && title && title.text !== '' && !TIMING.test(title.text)) {
        chapters.push({ title: title.text, start, span: span(title.start, title.start + title.text.length) });
        i++;
        continue;
      }
    }
    const described = DESCRIPTION_LINE.exec(line.text);
    const at = described ? parseTimestamp(described[1]!) : undefined;
    if (described && at !== undefined) {
      const titleStart = line.start + line.text.length - described[2]!.length;
      chapters.push({ title: described[2]!.trim(), start: at, span: span(titleStart, titleStart + described[2]!.trim().length) });
      continue;
    }
    if (timing || (lines[i - 1] && TIMING.test(trimLine(lines[i - 1]!).text))) continue;
    reporter.warn('chapter-line', span(line.start, line.start + line.text.length), `Unexpected line \`${line.text.slice(0, 60)}\` in the chapters file, expected a timing and a title (\`00:02:15 The cache\`)`, 'It is left out of the chapters; fix or remove it.');
  }
  chapters.sort((a, b) => a.start - b.start);
  return reporter.result(chapters);
}

/**
 * The transcript with its topics replaced by the chapters: every turn keeps its paragraphs in order,
 * and a turn that runs across a chapter's start is cut there. Untimed paragraphs stay with the one
 * before them. A chapter with nothing said in it is reported and left out.
 */
export function applyChapters(transcript: Transcript, chapters: readonly Chapter[], file: string, chaptersFile: string): Result<Transcript> {
  const reporter = reporterFor(file);
  // What is wrong with a chapter points into the chapters file; what was done, into the transcript.
  const chaptersReporter = reporterFor(chaptersFile, reporter.messages);
  const paragraphs: Array<{ speaker: string; paragraph: Paragraph }> = [];
  for (const topic of transcript.topics) for (const turn of topic.turns) for (const paragraph of turn.paragraphs) paragraphs.push({ speaker: turn.speaker, paragraph });
  if (chapters.length === 0) return reporter.result(transcript);
  if (!paragraphs.some((p) => p.paragraph.time)) {
    chaptersReporter.warn('chapters-untimed', undefined, 'Unexpected chapters file for a transcript without times: its chapters cannot be placed', 'Chapters need a timed transcript (captions, a machine transcript); mark topics in the transcript itself instead.');
    return reporter.result(transcript);
  }
  const groups: Array<{ chapter?: Chapter; items: typeof paragraphs }> = [{ items: [] }];
  let next = 0;
  for (const item of paragraphs) {
    const time = item.paragraph.time?.start;
    while (time !== undefined && next < chapters.length && chapters[next]!.start <= time + 0.5) groups.push({ chapter: chapters[next++]!, items: [] });
    groups[groups.length - 1]!.items.push(item);
  }
  for (const chapter of chapters.slice(next)) groups.push({ chapter, items: [] });
  const topics: Topic[] = [];
  for (const group of groups) {
    if (group.items.length === 0) {
      if (group.chapter) {
        chaptersReporter.info('empty-chapter', group.chapter.span, `Nothing is said in chapter \`${group.chapter.title}\`: it gets no section`);
      }
      continue;
    }
    const id = `topic-${topics.length + 1}`;
    const turns: Turn[] = [];
    for (const { speaker, paragraph } of group.items) {
      const last = turns[turns.length - 1];
      if (last && last.speaker === speaker) {
        last.paragraphs.push(paragraph);
        last.span = { start: last.span.start, end: paragraph.span.end };
      } else turns.push({ id: `${id}-turn-${turns.length + 1}`, speaker, paragraphs: [paragraph], span: paragraph.span });
    }
    // The title's place is in the chapters file; the topic's span is where it starts in the transcript.
    topics.push({ id, title: group.chapter?.title ?? '', span: turns[0]!.span, turns });
  }
  const counts = new Map<string, number>();
  for (const topic of topics) for (const turn of topic.turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  const speakers = transcript.speakers.filter((s) => counts.has(s.name)).map((s) => ({ ...s, turnCount: counts.get(s.name)! }));
  reporter.info('chapters', undefined, `${chapters.length} chapters from \`${chaptersFile.split(/[\\/]/u).pop()}\` open the topics`);
  return reporter.result({ ...transcript, topics, speakers });
}
