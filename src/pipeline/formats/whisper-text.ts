import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { parseTimestamp, readCues } from './cues.ts';
import { cuesOfTimedLines } from './timed-lines.ts';

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
  const cues = cuesOfTimedLines(builder, clean.text, {
    timing: (line) => {
      const segment = SEGMENT.exec(line);
      return segment ? { length: segment[0].length, from: seconds(segment[1]!), to: seconds(segment[2]!) } : undefined;
    },
    example: '[00:00.000 --> 00:05.000]',
    unit: 'segment',
    beforeFirst: 'lead',
  });
  readCues(builder, cues);
  return builder.reporter.result(builder.build());
}
