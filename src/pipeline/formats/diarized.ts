import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { looksLikeName } from './labels.ts';
import { seconds, TIME, type TimedLabel, walkTimedLines } from './timed.ts';

/*
 * Machine (diarised) transcripts: `[Speaker 1] [12:03] text`, `[00:12:03] Speaker 1: text`,
 * `Speaker 1 (00:12:03): text` (Rev), `说话人1 00:00:05` … with the text on the same line or on the
 * lines below.
 */

export const DIARIZED = 'diarized';

const NAME_FIRST_BRACKETED = new RegExp(String.raw`^\[([^\[\]\n]{1,40})\][ \t]*[\[(]?(${TIME})[\])]?[ \t]*[:：-]?[ \t]*`, 'u');
const TIME_FIRST = new RegExp(String.raw`^[\[(]?(${TIME})[\])]?[ \t]+(?:\[([^\[\]\n]{1,40})\]|([^:：\[\]()\n]{1,40}?)[ \t]*[:：])[ \t]*`, 'u');
const NAME_FIRST = new RegExp(String.raw`^([^()\[\]:：\n]{1,40}?)[ \t]*[(\[](${TIME})[)\]][ \t]*[:：]?[ \t]*`, 'u');

export function readDiarizedLabel(line: string): TimedLabel | undefined {
  let name: string | undefined;
  let time: string | undefined;
  let length = 0;
  let match = NAME_FIRST_BRACKETED.exec(line);
  if (match) [name, time, length] = [match[1], match[2], match[0].length];
  else if ((match = TIME_FIRST.exec(line))) [name, time, length] = [match[2] ?? match[3], match[1], match[0].length];
  else if ((match = NAME_FIRST.exec(line))) [name, time, length] = [match[1], match[2], match[0].length];
  if (name === undefined || time === undefined) return undefined;
  name = name.trim();
  const at = seconds(time);
  if (at === undefined || !looksLikeName(name)) return undefined;
  return { name, time: at, textStart: length, text: line.slice(length) };
}

export function detectDiarized(text: string): number {
  let lines = 0;
  let labelled = 0;
  const names = new Set<string>();
  for (const raw of text.split('\n', 2000)) {
    const line = raw.trim();
    if (line === '') continue;
    lines++;
    const label = readDiarizedLabel(line);
    if (label) {
      labelled++;
      names.add(label.name);
    }
  }
  if (labelled < 2 || names.size === 0) return 0;
  return labelled / lines >= 0.3 ? 1 : 0.5;
}

export function parseDiarized(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, DIARIZED);
  walkTimedLines(builder, clean, readDiarizedLabel);
  return builder.reporter.result(builder.build());
}
