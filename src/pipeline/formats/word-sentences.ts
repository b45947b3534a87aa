import type { Stretch } from './builder.ts';
import type { TimedSegment } from './segments.ts';

/*
 * Services that give words, not sentences (Rev.ai elements, AWS Transcribe items): the words are
 * cut into segments at each speaker change and after each sentence's last punctuation, so that the
 * paragraphs made of them break at sentence ends like any other transcript's.
 */

export interface TimedWord {
  stretches: Stretch[];
  speaker?: string;
  /** Seconds; punctuation has none. */
  start?: number;
  end?: number;
  at: { start: number; end: number };
}

const SENTENCE_END = /[.!?。！？…]["'”’」』)]*\s*$/u;

export function wordsToSegments(words: readonly TimedWord[]): TimedSegment[] {
  const segments: TimedSegment[] = [];
  let open: TimedSegment | undefined;
  let openSpeaker: string | undefined;
  for (const word of words) {
    if (open && word.speaker !== openSpeaker && word.start !== undefined) open = undefined;
    if (!open) {
      openSpeaker = word.speaker;
      open = { stretches: [], at: { ...word.at }, ...(word.speaker !== undefined ? { speaker: word.speaker } : {}) };
      segments.push(open);
    }
    const [first, ...rest] = word.stretches;
    // A word's first stretch joins the word before by script unless the service wrote the join itself.
    if (first) open.stretches.push(first, ...rest);
    open.at.end = word.at.end;
    if (word.start !== undefined) open.time = { start: open.time?.start ?? word.start, ...(word.end !== undefined ? { end: word.end } : open.time?.end !== undefined ? { end: open.time.end } : {}) };
    if (word.start === undefined && SENTENCE_END.test(word.stretches.map((s) => s.text).join(''))) open = undefined;
  }
  return segments;
}
