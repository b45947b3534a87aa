import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { looksLikeName } from './labels.ts';
import { seconds, type TimedLabel, walkTimedLines } from './timed.ts';

/*
 * Otter.ai exports: a `Name  0:12` (or `Name  1:02:03`, or `**Name**  0:12`) line above each paragraph, a title before the
 * first, `Transcribed by https://otter.ai` at the end.
 */

export const OTTER = 'otter';

// The name may be bold (`**Kelly**  0:33`): Otter exports pasted into Markdown pages.
const HEADER = /^(?:(\*\*|__)(?!\s)([^*_\n]{1,40}?)\1|(\S.{0,39}?))[ \t]+(\d{1,2}:\d{2}(?::\d{2})?)$/u;

export function readOtterHeader(line: string): TimedLabel | undefined {
  const match = HEADER.exec(line);
  if (!match) return undefined;
  const name = (match[2] ?? match[3]!).trim();
  const time = seconds(match[4]!);
  if (time === undefined || !looksLikeName(name) || /[:：]$/u.test(name)) return undefined;
  return { name, time, textStart: line.length, text: '' };
}

export function detectOtter(text: string): number {
  const lines = text.split('\n', 2000).map((l) => l.trim());
  let headers = 0;
  let followed = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!readOtterHeader(lines[i]!)) continue;
    headers++;
    const next = lines.slice(i + 1).find((l) => l !== '');
    if (next !== undefined && !readOtterHeader(next)) followed++;
  }
  if (headers < 2 || followed / headers < 0.6) return 0;
  return 0.93;
}

export function parseOtter(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, OTTER);
  walkTimedLines(builder, clean, readOtterHeader);
  return builder.reporter.result(builder.build());
}
