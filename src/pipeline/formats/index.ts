import type { CleanText, Diagnostic, Result, Transcript } from '../types.ts';
import { detectNewsInterview, NEWS_INTERVIEW, parseNewsInterview } from './news-interview.ts';
import { parsePlain, PLAIN } from './plain.ts';

/** A transcript format: how sure it is that a text is its own, and how to read it. */
export interface FormatReader {
  id: string;
  detect(text: string): number;
  parse(clean: CleanText): Result<Transcript>;
}

/** Readers, most specific first; `plain` takes anything. */
export const readers: readonly FormatReader[] = [
  { id: NEWS_INTERVIEW, detect: detectNewsInterview, parse: parseNewsInterview },
  { id: PLAIN, detect: () => 0.01, parse: parsePlain },
];

export interface ParseOptions {
  /** A reader id that overrides detection. */
  format?: string;
}

export function parse(clean: CleanText, options: ParseOptions = {}): Result<Transcript> {
  const diagnostics: Diagnostic[] = [];
  let reader: FormatReader | undefined;
  if (options.format) {
    reader = readers.find((r) => r.id === options.format);
    if (!reader) {
      diagnostics.push({
        severity: 'error',
        rule: 'unknown-format',
        message: `Unexpected format \`${options.format}\`, expected one of ${readers.map((r) => `\`${r.id}\``).join(', ')}`,
        file: clean.source.path,
        hint: 'Fix `format:` in deck.yaml or leave it out to detect the format.',
      });
    }
  }
  reader ??= [...readers].sort((a, b) => b.detect(clean.text) - a.detect(clean.text))[0]!;
  const result = reader.parse(clean);
  return { value: result.value, diagnostics: [...diagnostics, ...result.diagnostics] };
}
