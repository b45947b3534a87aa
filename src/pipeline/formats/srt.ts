import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { readCues, scanCues, TIMING } from './cues.ts';
import { slideMarks } from './slide-marks.ts';

/*
 * SubRip subtitles: numbered cues, `00:00:01,000 --> 00:00:04,000` timings, text lines with
 * `Name:` speaker prefixes when there are any, `<i>`/`<b>`/`<font>` and `{\an8}` tags left out.
 */

export const SRT = 'srt';

export function detectSrt(text: string): number {
  const lines = text.split('\n', 2000);
  let timings = 0;
  let numbered = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!TIMING.test(line)) continue;
    timings++;
    if (/^\d+$/u.test(lines[i - 1]?.trim() ?? '')) numbered++;
  }
  if (timings === 0 || /^(?:\uFEFF)?WEBVTT/u.test(text)) return 0;
  const score = 0.5 + 0.2 * Math.min(1, timings / 3) + 0.25 * (numbered / timings);
  return Math.min(0.95, score);
}

export function parseSrt(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, SRT);
  const cues = scanCues(builder, clean.text, { flavour: 'srt' });
  readCues(builder, cues, slideMarks(cues));
  return builder.reporter.result(builder.build());
}
