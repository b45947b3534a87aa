import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { type Cue, parseTimestamp, readCues } from './cues.ts';
import { splitLines } from './lines.ts';

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
  const cues: Cue[] = [];
  let open: Cue | undefined;
  for (const line of splitLines(clean.text)) {
    const leading = line.text.length - line.text.trimStart().length;
    const trimmed = line.text.trim();
    const start = line.start + leading;
    if (trimmed === '') {
      open = undefined;
      continue;
    }
    const timing = TIMING.exec(trimmed);
    if (timing) {
      const from = parseTimestamp(timing[1]!);
      const to = parseTimestamp(timing[2]!);
      open = { timing: { text: trimmed, start }, lines: [] };
      if (from === undefined || to === undefined) builder.report('warning', 'bad-timestamp', start, start + trimmed.length, `Unexpected timing \`${trimmed}\`, expected \`0:00:01.000,0:00:04.000\``, "Fix the time; the caption's text is kept without it.");
      else open.time = { start: from, end: Math.max(from, to) };
      cues.push(open);
      continue;
    }
    if (open) {
      open.lines.push({ text: trimmed, start });
      continue;
    }
    builder.report('warning', 'text-outside-cue', start, start + trimmed.length, 'Unexpected text outside a caption, expected a timing line such as `0:00:01.000,0:00:04.000` before it', 'It is kept, said by whoever spoke last.');
    open = { lines: [{ text: trimmed, start }] };
    cues.push(open);
  }
  readCues(builder, cues);
  return { value: builder.build(), diagnostics: builder.diagnostics };
}
