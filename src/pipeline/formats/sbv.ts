import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { parseTimestamp, readCues } from './cues.ts';
import { cuesOfTimedLines } from './timed-lines.ts';

/*
 * SubViewer captions as YouTube and Google Meet write them (`.sbv`): a `0:00:01.000,0:00:04.000`
 * timing line, the caption's lines, a blank line. Speakers from `Name:` prefixes (Google Meet's
 * exports carry them) or `>>` changes, as in other subtitles.
 */

export const SBV = 'sbv';

const TIMING = /^(\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?)[ \t]*,[ \t]*(\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?)$/u;

export function detectSbv(text: string): number {
  let timings = 0;
  for (const line of text.split('\n', 2000)) if (TIMING.test(line.trim()) && ++timings >= 2) return 1;
  return 0;
}

export function parseSbv(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, SBV);
  const cues = cuesOfTimedLines(builder, clean.text, {
    timing: (line) => {
      const timing = TIMING.exec(line);
      return timing ? { length: line.length, from: parseTimestamp(timing[1]!), to: parseTimestamp(timing[2]!) } : undefined;
    },
    example: '0:00:01.000,0:00:04.000',
    unit: 'caption',
    beforeFirst: 'cue',
  });
  readCues(builder, cues);
  return builder.reporter.result(builder.build());
}
