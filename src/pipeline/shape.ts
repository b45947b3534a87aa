import { reporterFor } from './reporter.ts';
import type { Result, Transcript } from './types.ts';

/** Above these, a transcript is probably damaged (lost line breaks, a marker on every line). */
export const LONG_PARAGRAPH = 20_000;
export const MANY_TOPICS = 100;

/** Warnings about a transcript's shape that still builds but is probably not what was meant. */
export function checkShape(transcript: Transcript, file: string): Result<void> {
  const reporter = reporterFor(file);
  for (const topic of transcript.topics) {
    for (const turn of topic.turns) {
      for (const paragraph of turn.paragraphs) {
        if (paragraph.text.length <= LONG_PARAGRAPH) continue;
        reporter.warn('long-paragraph', { start: paragraph.span.start, end: paragraph.span.start }, `Unexpected paragraph of ${paragraph.text.length.toLocaleString('en')} characters, expected at most ${LONG_PARAGRAPH.toLocaleString('en')}`, 'Were the line breaks lost on the way? It is kept whole in the notes; quotes are cut from it.');
      }
    }
  }
  if (transcript.topics.length > MANY_TOPICS) {
    reporter.warn('many-topics', transcript.topics[MANY_TOPICS]!.span, `Unexpected ${transcript.topics.length.toLocaleString('en')} topics, expected at most ${MANY_TOPICS}`, 'Each topic becomes a section of the deck; check the topic markers.');
  }
  return reporter.result(undefined);
}
