import type { TranscriptBuilder } from './builder.ts';
import type { Cue } from './cues.ts';
import { splitLines } from './lines.ts';

/*
 * Caption files made of a timing at a line's start, then what was said (SBV's `0:00:01.000,…` line
 * above its caption, Whisper's `[00:00.000 --> 00:05.000]  text`): the lines become cues, which
 * `readCues` turns into timed paragraphs as it does for WebVTT and SubRip.
 */

export interface TimedLineFormat {
  /** The timing at the start of a trimmed line, its length, and its times when they read. */
  timing(line: string): { length: number; from: number | undefined; to: number | undefined } | undefined;
  /** The timing as a person would write it, for messages: `[00:00.000 --> 00:05.000]`. */
  example: string;
  /** What the file calls a cue, for messages: `caption`, `segment`. */
  unit: 'caption' | 'segment';
  /** Text before the first timing: the lead (a pasted log's `Detected language: …`) or a cue of its own. */
  beforeFirst: 'lead' | 'cue';
}

export function cuesOfTimedLines(builder: TranscriptBuilder, text: string, format: TimedLineFormat): Cue[] {
  const cues: Cue[] = [];
  let open: Cue | undefined;
  for (const line of splitLines(text)) {
    const trimmed = line.text.trim();
    if (trimmed === '') {
      open = undefined;
      continue;
    }
    const start = line.start + line.text.length - line.text.trimStart().length;
    const timing = format.timing(trimmed);
    if (timing) {
      const timingText = trimmed.slice(0, timing.length).trimEnd();
      const said = trimmed.slice(timing.length);
      open = { timing: { text: timingText, start }, lines: said === '' ? [] : [{ text: said, start: start + timing.length }] };
      if (timing.from === undefined || timing.to === undefined) {
        builder.reporter.warn('bad-timestamp', builder.span(start, start + timingText.length), `Unexpected timing \`${timingText}\`, expected \`${format.example}\``, `Fix the time; the ${format.unit}'s text is kept without it.`);
      } else open.time = { start: timing.from, end: Math.max(timing.from, timing.to) };
      cues.push(open);
      continue;
    }
    // A line that goes on under a timing (a long segment wrapped when pasted) is part of its cue.
    if (open) {
      open.lines.push({ text: trimmed, start });
      continue;
    }
    if (cues.length === 0 && format.beforeFirst === 'lead') {
      builder.addLead(start, trimmed);
      continue;
    }
    builder.reporter.warn(format.unit === 'caption' ? 'text-outside-cue' : 'text-outside-segment', builder.span(start, start + trimmed.length), `Unexpected text outside a ${format.unit}, expected a timing such as \`${format.example}\` before it`, 'It is kept, said by whoever spoke last.');
    open = { lines: [{ text: trimmed, start }] };
    cues.push(open);
  }
  return cues;
}
