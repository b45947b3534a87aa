import type { CleanText } from '../types.ts';
import type { TranscriptBuilder } from './builder.ts';
import { splitLines, trimLine } from './lines.ts';

/**
 * When a JSON reader is asked (by `format:`) to read a text that is not its JSON: an error at the
 * place it stopped making sense, and every line kept, said by `?`, so nothing is lost.
 */
export function keepLinesOfUnreadableJson(builder: TranscriptBuilder, clean: CleanText, problem: { offset: number; length: number; message: string }, expected: string): void {
  builder.reporter.error('json-unreadable', builder.span(problem.offset, problem.offset + problem.length), `${problem.message}; expected ${expected}`, 'Check `format:` in deck.yaml, or leave it out to detect the format; every line is kept as said by `?`.');
  for (const raw of splitLines(clean.text)) {
    const line = trimLine(raw);
    if (line.text !== '') builder.say('?', line.start, line.text);
  }
}
