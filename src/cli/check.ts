import { loadDeck } from '../io/load-deck.ts';
import { formatDiagnostic, forReading, hasErrors } from '../pipeline/diagnostics.ts';
import { EXIT } from './exit.ts';
import { printProblems, readable, reportable } from './problems.ts';

/** `transcript-deck check`: what the pipeline made of a transcript, and every problem. */
export function check(target: string, options: { json?: boolean; strict?: boolean }): number {
  const deck = loadDeck(target);
  const out = readable(deck) ? deck.output : undefined;
  const diagnostics = reportable(deck);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({
      file: target,
      format: out?.transcript.format,
      encoding: out?.encoding,
      language: out?.deck.meta.lang,
      speakers: out?.speakers.map((s) => ({ name: s.name, kind: s.kind, turns: s.turnCount })),
      topics: out?.transcript.topics.map((t) => ({ id: t.id, title: t.title, turns: t.turns.length, line: t.span.start.line })),
      quotes: out?.quotes.map((q) => ({ topic: q.topicId, text: q.text, line: q.span.start.line, column: q.span.start.column, score: q.score, ...(q.time ? { time: q.time } : {}) })),
      slides: out?.deck.slides.length,
      accounting: out?.accounting,
      diagnostics,
    }, null, 2)}\n`);
  } else {
    if (out) {
      process.stdout.write(`${target}: ${out.transcript.format}, ${out.encoding}, ${out.deck.meta.lang}\n`);
      process.stdout.write(`speakers: ${out.speakers.map((s) => `${s.name} (${s.kind}, ${s.turnCount} turns)`).join(', ')}\n`);
      process.stdout.write(`topics: ${out.transcript.topics.map((t, i) => `${i + 1}. ${t.title}`).join(' | ')}\n`);
      process.stdout.write(`quotes: ${out.quotes.length}, slides: ${out.deck.slides.length}\n`);
      const a = out.accounting;
      process.stdout.write(`said: ${a.characters} characters in ${a.paragraphs} paragraphs; in notes ${a.inNotes}, quoted on slides ${a.onSlides}, unaccounted ${a.unaccounted}\n`);
    }
    printProblems(deck);
    const infos = forReading(diagnostics.filter((d) => d.severity === 'info'));
    for (const d of infos.shown) process.stderr.write(`${formatDiagnostic(d)}\n`);
    for (const line of infos.more) process.stderr.write(`${line}\n`);
  }
  const failing = hasErrors(diagnostics) || (options.strict === true && diagnostics.some((d) => d.severity === 'warning'));
  return failing ? EXIT.inputError : EXIT.ok;
}
