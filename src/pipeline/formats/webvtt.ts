import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { readCues, scanCues, TIMING } from './cues.ts';
import { readLabel } from './labels.ts';
import { slideMarks } from './slide-marks.ts';

/*
 * WebVTT captions: a `WEBVTT` header, cues with optional identifiers and cue settings, speakers in
 * `<v Name>` voice tags or `Name:` prefixes (or none), inline tags (`<c>`, `<i>`, `<b>`, `<00:01.000>`)
 * left out, times kept on paragraphs. `NOTE` blocks are comments, except `NOTE Chapter: …` (or
 * `NOTE 主題：…`), which opens a topic; `STYLE` and `REGION` blocks are left out.
 */

export const WEBVTT = 'webvtt';

export function detectWebvtt(text: string): number {
  if (/^(?:\uFEFF)?WEBVTT(?:[ \t]|\n|$)/u.test(text)) return 1;
  // Cues without the header: timings with a `.` before the milliseconds.
  let timings = 0;
  for (const line of text.split('\n', 400)) if (TIMING.test(line.trim()) && /\d\.\d{3}[ \t]*-->/u.test(line)) timings++;
  return timings >= 2 ? 0.6 : 0;
}

export function parseWebvtt(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, WEBVTT);
  // `WEBVTT - 町の和菓子屋 インタビュー`: the text after the signature names the file.
  const header = /^(?:\uFEFF)?WEBVTT[ \t]+(?:-[ \t]*)?(\S.*)$/u.exec(clean.text.split('\n', 1)[0] ?? '');
  if (header) builder.setTitle(header[1]!);
  const topicAt = new Map<number, Array<{ title: string; start: number; end: number }>>();
  let comments = 0;
  const cues = scanCues(builder, clean.text, {
    flavour: 'webvtt',
    note: (text, start, end, cueIndex) => {
      const label = readLabel(text.split('\n')[0]!.trim());
      if (label?.kind === 'topic') {
        const title = label.text.trim() || label.name;
        const titleStart = label.text.trim() ? start + label.textStart : start;
        topicAt.set(cueIndex, [...(topicAt.get(cueIndex) ?? []), { title, start: titleStart, end: label.text.trim() ? titleStart + title.length : end }]);
      } else comments++;
    },
  });
  readCues(builder, cues, topicAt.size > 0 ? topicAt : slideMarks(cues));
  if (comments > 0) builder.reporter.info('webvtt-note', undefined, `Left out ${comments} NOTE comment${comments === 1 ? '' : 's'}`, 'A `NOTE Chapter: Title` block opens a topic.');
  return builder.reporter.result(builder.build());
}
