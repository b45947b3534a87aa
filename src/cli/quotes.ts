import { loadDeck } from '../io/load-deck.ts';
import { hasErrors } from '../pipeline/diagnostics.ts';
import { formatCandidates, listCandidates, parseCuration } from '../pipeline/quotes/pick.ts';
import { EXIT } from './exit.ts';
import { printProblems } from './problems.ts';

/** `transcript-deck quotes`: every candidate of each topic with its score and reasons, the chosen ones marked. */
export function quotes(target: string, options: { all?: boolean }): number {
  const deck = loadDeck(target);
  const out = deck.output;
  if (!out || !deck.manifest) {
    printProblems(deck);
    return EXIT.inputError;
  }
  const curationFile = [...deck.sources.keys()].find((path) => path.endsWith('.quotes.yaml'));
  const curation = curationFile ? parseCuration(curationFile, deck.sources.get(curationFile)!).value : undefined;
  const list = listCandidates(out.transcript, out.speakers, out.clean, { durationMinutes: out.deck.meta.durationMinutes }, curation);
  // In the deck's script, as the slides show them (a pin in quotes.yaml matches either script).
  const convert = out.script.convert;
  const shown = list.value.map((topic) => ({ ...topic, title: convert(topic.title), candidates: topic.candidates.map((c) => ({ ...c, text: convert(c.text) })) }));
  process.stdout.write(`${formatCandidates(shown, { file: out.clean.source.path, all: options.all ?? false, reasons: true })}\n`);
  printProblems(deck);
  return hasErrors(deck.diagnostics) ? EXIT.inputError : EXIT.ok;
}
