import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDeck } from '../io/load-deck.ts';
import { codeFrame, formatDiagnostic, hasErrors } from '../pipeline/diagnostics.ts';

const HELP = `transcript-deck — turn a transcript into a reveal.js deck

Usage:
  transcript-deck check <transcript|deck.yaml|folder> [--json]
      Read the transcript and report format, encoding, speakers, topics, quotes and every problem.
  transcript-deck build <transcript|deck.yaml|folder> [--out dir]
      Build the deck into a static folder (default: dist).
  transcript-deck --help

Exit codes: 0 ok (warnings allowed), 1 the input has errors, 2 wrong usage.`;

export const EXIT = { ok: 0, inputError: 1, usage: 2 } as const;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return EXIT.usage;
  }
  const [command, target] = parsed.positionals;
  if (parsed.values.help || !command) {
    process.stdout.write(`${HELP}\n`);
    return parsed.values.help ? EXIT.ok : EXIT.usage;
  }
  if (!target || (command !== 'check' && command !== 'build')) {
    process.stderr.write(`Unexpected ${target ? `command \`${command}\`` : 'missing file'}, expected \`check <file>\` or \`build <file>\`\n\n${HELP}\n`);
    return EXIT.usage;
  }

  const deck = loadDeck(target);
  if (command === 'check') {
    const out = deck.output;
    if (parsed.values.json) {
      process.stdout.write(`${JSON.stringify({
        file: target,
        format: out?.transcript.format,
        encoding: out?.encoding,
        language: out?.deck.meta.lang,
        speakers: out?.speakers.map((s) => ({ name: s.name, kind: s.kind, turns: s.turnCount })),
        topics: out?.transcript.topics.map((t) => ({ id: t.id, title: t.title, turns: t.turns.length, line: t.span.start.line })),
        quotes: out?.quotes.map((q) => ({ topic: q.topicId, text: q.text, line: q.span.start.line, column: q.span.start.column, score: q.score })),
        slides: out?.deck.slides.length,
        accounting: out?.accounting,
        diagnostics: deck.diagnostics,
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
      for (const d of deck.diagnostics) {
        process.stderr.write(`${formatDiagnostic(d)}\n`);
        if (d.severity === 'error') {
          const frame = codeFrame(deck.sources.get(d.file) ?? '', d);
          if (frame) process.stderr.write(`${frame}\n`);
        }
      }
    }
    return hasErrors(deck.diagnostics) ? EXIT.inputError : EXIT.ok;
  }

  if (hasErrors(deck.diagnostics)) {
    for (const d of deck.diagnostics.filter((x) => x.severity === 'error')) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return EXIT.inputError;
  }
  const { build } = await import('vite');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  process.env['TRANSCRIPT_DECK'] = loadTarget(target);
  await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn', build: { outDir: parsed.values.out ? loadTarget(parsed.values.out) : `${process.cwd()}/dist`, emptyOutDir: true } });
  process.stdout.write(`Built ${target} → ${parsed.values.out ?? 'dist'}\n`);
  return EXIT.ok;
}

function loadTarget(path: string): string {
  return path.startsWith('/') ? path : `${process.cwd()}/${path}`;
}
