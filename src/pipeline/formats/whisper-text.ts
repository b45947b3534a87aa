import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { type Cue, parseTimestamp, readCues } from './cues.ts';
import { splitLines } from './lines.ts';

/*
 * Whisper's text output, as the CLI prints it and whisper.cpp and faster-whisper write it: one
 * segment a line, `[00:00.000 --> 00:05.000]  text`, `[00:00:00.000 --> 00:00:05.000]  text` or
 * seconds, `[36.72 --> 41.64]  text` (or `[1.319 - 6.779] text`, as youtube-transcript-api prints). The bracket is a time, never a speaker's name; there are no
 * speakers, and consecutive segments join into timed paragraphs as subtitle cues do.
 */

export const WHISPER_TEXT = 'whisper-text';

const STAMP = String.raw`(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?|\d+(?:\.\d+)?`;
// youtube-transcript-api and its scripts print the same segments as `[1.319 - 6.779] text`.
const SEGMENT = new RegExp(String.raw`^\[[ \t]*(${STAMP})(?:[ \t]*-->?[ \t]*|[ \t]+[-–][ \t]+)(${STAMP})[ \t]*\][ \t]*`, 'u');

function seconds(stamp: string): number | undefined {
  return stamp.includes(':') ? parseTimestamp(stamp) : Number(stamp);
}

export function detectWhisperText(text: string): number {
  let segments = 0;
  let other = 0;
  for (const raw of text.split('\n', 2000)) {
    const line = raw.trim();
    if (line === '') continue;
    if (SEGMENT.test(line)) segments++;
    else other++;
  }
  if (segments < 2) return 0;
  return segments >= other ? 1 : 0.9;
}

export function parseWhisperText(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, WHISPER_TEXT);
  const cues: Cue[] = [];
  let open: Cue | undefined;
  for (const line of splitLines(clean.text)) {
    const leading = line.text.length - line.text.trimStart().length;
    const trimmed = line.text.trim();
    if (trimmed === '') {
      open = undefined;
      continue;
    }
    const start = line.start + leading;
    const segment = SEGMENT.exec(trimmed);
    if (segment) {
      const from = seconds(segment[1]!);
      const to = seconds(segment[2]!);
      const timing = { text: segment[0].trimEnd(), start };
      const said = trimmed.slice(segment[0].length);
      open = { timing, lines: said === '' ? [] : [{ text: said, start: start + segment[0].length }] };
      if (from === undefined || to === undefined) builder.report('warning', 'bad-timestamp', start, start + timing.text.length, `Unexpected time in \`${timing.text}\`, expected \`[00:00.000 --> 00:05.000]\``, 'Fix the time; the text is kept without it.');
      else open.time = { start: from, end: Math.max(from, to) };
      cues.push(open);
      continue;
    }
    // A line that goes on under a segment (a long segment wrapped when pasted) is part of it.
    if (open) {
      open.lines.push({ text: trimmed, start });
      continue;
    }
    // What comes before the first segment (a pasted log's `Detected language: …`) is not speech.
    if (cues.length === 0) {
      builder.addLead(start, trimmed);
      continue;
    }
    builder.report('warning', 'text-outside-segment', start, start + trimmed.length, 'Unexpected text outside a segment, expected a `[00:00.000 --> 00:05.000]` time before it', 'It is kept, without a time.');
    cues.push({ lines: [{ text: trimmed, start }] });
  }
  readCues(builder, cues);
  return { value: builder.build(), diagnostics: builder.diagnostics };
}
