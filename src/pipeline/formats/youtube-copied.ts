import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { type Cue, parseTimestamp, readCues } from './cues.ts';
import { splitLines, type TextLine } from './lines.ts';

/*
 * The text YouTube's "Show transcript" panel gives when copied: a `0:00` (or `1:02:03`) line alone,
 * then the line said from then on; sometimes `0:00 text` on one line; chapter titles on lines of their
 * own between them. Times on paragraphs (each segment lasts until the next one starts); no speakers
 * unless the captions mark them with `>>` or `Name:`.
 */

export const YOUTUBE_COPIED = 'youtube-copied';

const TIME_ALONE = /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/u;
const TIME_THEN_TEXT = /^((?:\d{1,2}:)?\d{1,2}:\d{2})[ \t]+(?=\S)/u;
/** A chapter title is a short line; a longer one is what was said, wrapped. */
const MAX_CHAPTER_LENGTH = 100;

export function detectYoutubeCopied(text: string): number {
  if (text.includes('-->')) return 0;
  let stamps = 0;
  let lines = 0;
  let increasing = 0;
  let previous: number | undefined;
  for (const raw of text.split('\n', 4000)) {
    const line = raw.trim();
    if (line === '') continue;
    lines++;
    const stamp = TIME_ALONE.test(line) ? line : TIME_THEN_TEXT.exec(line)?.[1];
    const time = stamp === undefined ? undefined : parseTimestamp(stamp);
    if (time === undefined) continue;
    stamps++;
    if (previous !== undefined && time >= previous) increasing++;
    previous = time;
  }
  if (stamps < 3 || stamps / lines < 0.25 || increasing / (stamps - 1) < 0.8) return 0;
  return 0.9;
}

interface Segment {
  stamp: TextLine;
  time: number;
  lines: TextLine[];
}

export function parseYoutubeCopied(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, YOUTUBE_COPIED);
  const before: TextLine[] = [];
  const segments: Segment[] = [];
  for (const raw of splitLines(clean.text)) {
    const leading = raw.text.length - raw.text.trimStart().length;
    const text = raw.text.trim();
    if (text === '') continue;
    const line = { text, start: raw.start + leading };
    const alone = TIME_ALONE.test(text) ? parseTimestamp(text) : undefined;
    if (alone !== undefined) {
      segments.push({ stamp: line, time: alone, lines: [] });
      continue;
    }
    const inline = TIME_THEN_TEXT.exec(text);
    const inlineTime = inline ? parseTimestamp(inline[1]!) : undefined;
    if (inline && inlineTime !== undefined) {
      segments.push({ stamp: { text: inline[1]!, start: line.start }, time: inlineTime, lines: [{ text: text.slice(inline[0].length), start: line.start + inline[0].length }] });
      continue;
    }
    (segments[segments.length - 1]?.lines ?? before).push(line);
  }

  // Where segments carry one line each, a further line before the next time is a chapter title.
  const extra = segments.filter((s) => s.lines.length > 1).length;
  const chapters = segments.length > 0 && extra / segments.length < 0.2;
  const topicAt = new Map<number, Array<{ title: string; start: number; end: number }>>();
  const chapter = (index: number, line: TextLine): void => {
    topicAt.set(index, [{ title: line.text, start: line.start, end: line.start + line.text.length }]);
  };
  const lastBefore = before[before.length - 1];
  if (lastBefore && lastBefore.text.length <= MAX_CHAPTER_LENGTH) {
    chapter(0, lastBefore);
    before.pop();
  }
  for (const text of before) builder.addLead(text.start, text.text);
  segments.forEach((segment, index) => {
    const last = segment.lines[segment.lines.length - 1];
    if (chapters && segment.lines.length > 1 && index + 1 < segments.length && last!.text.length <= MAX_CHAPTER_LENGTH) {
      chapter(index + 1, last!);
      segment.lines.pop();
    }
  });

  const cues: Cue[] = segments.map((segment, index) => {
    const end = segments[index + 1]?.time;
    return { timing: segment.stamp, time: { start: segment.time, end: end !== undefined && end >= segment.time ? end : segment.time }, lines: segment.lines };
  });
  readCues(builder, cues, topicAt);
  return builder.reporter.result(builder.build());
}
