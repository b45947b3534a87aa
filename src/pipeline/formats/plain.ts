import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { splitLines, trimLine } from './lines.ts';

export const PLAIN = 'plain';

/** Paragraphs with no speaker labels: one unnamed speaker, one topic. Nothing is dropped. */
export function parsePlain(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, PLAIN);
  for (const rawLine of splitLines(clean.text)) {
    const line = trimLine(rawLine);
    if (line.text !== '') builder.say('?', line.start, line.text);
  }
  return { value: builder.build(), diagnostics: builder.diagnostics };
}
