import type { LoadedDeck } from '../io/load-deck.ts';
import { codeFrame, formatDiagnostic, forReading } from '../pipeline/diagnostics.ts';
import type { Diagnostic } from '../pipeline/types.ts';

/** Whether the transcript's bytes could be read as text (a missing transcript or manifest is not). */
export function readable(deck: LoadedDeck): boolean {
  return deck.output?.encoding !== undefined;
}

/**
 * What to tell about a deck: everything, or only the errors when the transcript could not be decoded,
 * since what the later stages say about a lossy reading (garbled text, no quotes) is noise.
 */
export function reportable(deck: LoadedDeck): Diagnostic[] {
  return deck.output && !readable(deck) ? deck.diagnostics.filter((d) => d.severity === 'error') : deck.diagnostics;
}

/** A deck's errors and warnings on stderr, in the one format, each error with its code frame. */
export function printProblems(deck: LoadedDeck): void {
  const { shown, more } = forReading(reportable(deck).filter((d) => d.severity !== 'info'));
  for (const line of more) process.stderr.write(`${line}\n`);
  for (const d of shown) {
    process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (d.severity === 'error') {
      const frame = codeFrame(deck.sources.get(d.file) ?? '', d);
      if (frame) process.stderr.write(`${frame}\n`);
    }
  }
}
