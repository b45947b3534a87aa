import type { CleanText } from '../types.ts';
import type { TranscriptBuilder } from './builder.ts';
import { parseTimestamp } from './cues.ts';
import { LabelledWalk } from './labelled.ts';
import { readLabel } from './labels.ts';
import { splitLines, trimLine } from './lines.ts';

export { TIME } from './labels.ts';

/** A speaker line of a machine transcript: who, when, and what follows on the same line. */
export interface TimedLabel {
  name: string;
  time: number;
  /** Index in the (trimmed) line of the text after the label, and that text (may be empty). */
  textStart: number;
  text: string;
}

/**
 * Walks a transcript whose speaker lines carry a time (Otter, diarised machine transcripts): each
 * label's text, and the unlabelled lines after it, are the speaker's, timed from the label's time to
 * the next label's. `Topic:` / `主题：` lines between them open topics, as in every labelled format.
 */
export function walkTimedLines(builder: TranscriptBuilder, clean: CleanText, read: (line: string) => TimedLabel | undefined): void {
  const lines = splitLines(clean.text).map(trimLine);
  const labels = lines.map((line) => (line.text === '' ? undefined : read(line.text)));
  const times = labels.map((label) => label?.time);
  // The time at which each label's part ends: the next label's time.
  const ends: Array<number | undefined> = new Array(lines.length).fill(undefined);
  let next: number | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    ends[i] = next;
    if (times[i] !== undefined) next = times[i];
  }
  const walk = new LabelledWalk(builder, labels.some(Boolean));
  let time: { start: number; end?: number } | undefined;
  lines.forEach((line, index) => {
    if (line.text === '') return;
    const label = labels[index];
    if (label) {
      const end = ends[index];
      time = end !== undefined && end >= label.time ? { start: label.time, end } : { start: label.time };
      const said = label.text.trimEnd();
      walk.speaker(label.name, line.start, line.start + label.textStart, said === '' ? undefined : { start: line.start + label.textStart, text: said, extra: { time } });
      return;
    }
    const topic = readLabel(line.text);
    if (topic?.kind === 'topic' && topic.text.trim() !== '') {
      const title = topic.text.trim();
      const at = line.start + topic.textStart;
      walk.topic(title, at, at + title.length);
      return;
    }
    walk.text(line.start, line.text, time ? { time } : {});
  });
  walk.finish();
}

export function seconds(text: string): number | undefined {
  return parseTimestamp(text);
}
