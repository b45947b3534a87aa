import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deckIndexHtml, findDecks, type BuiltDeckSummary } from '../io/decks.ts';
import { loadDeck, type LoadedDeck } from '../io/load-deck.ts';
import { writeBuildRecord, writeDecksRecord } from '../pdf/build-record.ts';
import { codeFrame, formatDiagnostic, forReading, hasErrors } from '../pipeline/diagnostics.ts';
import { formatCandidates, listCandidates, parseCuration } from '../pipeline/quotes/pick.ts';
import type { Diagnostic } from '../pipeline/types.ts';

const HELP = `transcript-deck — turn a transcript into a reveal.js deck

Usage:
  transcript-deck check <transcript|deck.yaml|folder> [--json] [--strict]
      Read the transcript and report format, encoding, speakers, topics, quotes and every problem.
      --strict also fails (exit 1) on warnings, for CI.
  transcript-deck quotes <transcript|deck.yaml|folder> [--all]
      Every quote candidate of each topic with its score, reasons and line:col; chosen ones marked.
      --all also lists what was rejected and why. Curate in <deck>.quotes.yaml (pin, drop, order).
  transcript-deck build <transcript|deck.yaml|folder> [--out dir] [--single-file]
      Build the deck into a static folder (default: dist): index.html + assets, and deck.html.
      --single-file keeps only deck.html: one file with its scripts, styles and fonts inside,
      for a USB stick or an e-mail; it opens from file://, speaker view included.
      A folder with several manifests (deck.yaml, <name>.deck.yaml) builds each deck into
      dist/<name>/ and writes an index page dist/index.html.
  transcript-deck pdf <transcript|deck.yaml|folder> [--out file.pdf] [--notes|--handout|--fragments] [--paper A4|Letter] [--deck name]
      Build the deck and print it to PDF through Chromium. --paper sizes the handout (the other
      modes print at the slide's size). A folder with several manifests prints each deck to
      <name>.pdf (deck.pdf for deck.yaml) in the folder --out names (default: here), or only --deck name.
  transcript-deck --help

Exit codes: 0 ok (warnings allowed), 1 the input has errors (or warnings, with check --strict), 2 wrong usage.`;

export const EXIT = { ok: 0, inputError: 1, usage: 2 } as const;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        all: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        'single-file': { type: 'boolean' },
        notes: { type: 'boolean' },
        handout: { type: 'boolean' },
        fragments: { type: 'boolean' },
        paper: { type: 'string' },
        deck: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return EXIT.usage;
  }
  const [command, target] = parsed.positionals;
  if (parsed.values.help || !command) {
    process.stdout.write(`${HELP}\n`);
    return parsed.values.help ? EXIT.ok : EXIT.usage;
  }
  if (!target || !['check', 'quotes', 'build', 'pdf'].includes(command)) {
    process.stderr.write(`Unexpected ${target ? `command \`${command}\`` : 'missing file'}, expected \`check\`, \`quotes\`, \`build\` or \`pdf\` and a file\n\n${HELP}\n`);
    return EXIT.usage;
  }

  const deck = loadDeck(target);
  if (command === 'check') {
    const out = readable(deck) ? deck.output : undefined;
    const diagnostics = reportable(deck);
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
    const failing = hasErrors(diagnostics) || (parsed.values.strict === true && diagnostics.some((d) => d.severity === 'warning'));
    return failing ? EXIT.inputError : EXIT.ok;
  }

  if (command === 'quotes') return printQuotes(deck, parsed.values.all ?? false);

  if (hasErrors(deck.diagnostics)) {
    printProblems(deck);
    return EXIT.inputError;
  }
  if (command === 'build') {
    const outDir = resolve(parsed.values.out ?? 'dist');
    const decks = findDecks(resolve(target));
    const singleFile = parsed.values['single-file'] ?? false;
    if (decks.length <= 1) {
      await buildDeck(target, outDir);
      writeBuildRecord(outDir, deck.files);
      if (singleFile) {
        keepOnlySingleFile(outDir);
        process.stdout.write(`Built ${target} → ${join(outDir, SINGLE_FILE)} (one file: scripts, styles and fonts inside)\n`);
      } else process.stdout.write(`Built ${target} → ${outDir} (index.html, deck.html)\n`);
      return EXIT.ok;
    }
    // Several manifests: each deck in its own folder, and an index page.
    const summaries: BuiltDeckSummary[] = [];
    rmSync(outDir, { recursive: true, force: true });
    for (const entry of decks) {
      const loaded = entry.manifest === deck.files[0] ? deck : loadDeck(entry.manifest);
      if (hasErrors(loaded.diagnostics) || !loaded.output) {
        printProblems(loaded);
        return EXIT.inputError;
      }
      await buildDeck(entry.manifest, join(outDir, entry.slug));
      writeBuildRecord(join(outDir, entry.slug), loaded.files);
      if (singleFile) keepOnlySingleFile(join(outDir, entry.slug));
      const meta = loaded.output.deck.meta;
      summaries.push({
        slug: entry.slug,
        title: meta.title,
        lang: meta.lang,
        ...(loaded.manifest?.subtitle ? { subtitle: loaded.manifest.subtitle } : {}),
        speakers: loaded.output.speakers.filter((s) => s.kind === 'featured').map((s) => s.name),
        slides: loaded.output.deck.slides.length,
      });
      process.stdout.write(`Built ${entry.manifest} → ${join(outDir, entry.slug)}\n`);
    }
    writeFileSync(join(outDir, 'index.html'), deckIndexHtml(summaries, { singleFile }));
    writeDecksRecord(outDir, resolve(target), decks.map((d) => d.manifest));
    process.stdout.write(`Index of ${summaries.length} decks → ${join(outDir, 'index.html')}\n`);
    return EXIT.ok;
  }

  const modes = (['notes', 'handout', 'fragments'] as const).filter((m) => parsed.values[m]);
  const paper = parsed.values.paper;
  if (modes.length > 1 || (paper !== undefined && paper !== 'A4' && paper !== 'Letter')) {
    process.stderr.write(`Unexpected ${modes.length > 1 ? modes.map((m) => `--${m}`).join(' and ') : `--paper ${paper}`}, expected one of --notes, --handout, --fragments and --paper A4 or Letter\n`);
    return EXIT.usage;
  }
  const { defaultPdfName, PAPER_MODES, PAPER_REFUSAL, pdfFromBuild, PdfExportError } = await import('../pdf/export.ts');
  const mode = modes[0] ?? 'slides';
  if (paper !== undefined && !PAPER_MODES.includes(mode)) {
    process.stderr.write(`Unexpected --paper ${paper} for the ${mode} PDF: ${PAPER_REFUSAL}\n`);
    return EXIT.usage;
  }
  // Several manifests: each deck to its own PDF, `<name>.pdf` in the folder --out names (default: here).
  const all = findDecks(resolve(target));
  const several = all.length > 1;
  const chosen = parsed.values.deck === undefined ? all : all.filter((d) => d.slug === parsed.values.deck);
  if (parsed.values.deck !== undefined && chosen.length === 0) {
    process.stderr.write(`Unexpected --deck ${parsed.values.deck}, expected ${several ? `one of ${all.map((d) => d.slug).join(', ')}` : 'a folder of several manifests'}\n`);
    return EXIT.usage;
  }
  const jobs = several ? chosen.map((d) => ({ target: d.manifest, slug: d.slug })) : [{ target, slug: undefined }];
  const scratch = mkdtempSync(join(tmpdir(), 'transcript-deck-pdf-'));
  try {
    for (const job of jobs) {
      const loaded = job.target === deck.files[0] ? deck : loadDeck(job.target);
      if (hasErrors(loaded.diagnostics)) {
        printProblems(loaded);
        return EXIT.inputError;
      }
      const built = join(scratch, job.slug ?? 'deck');
      await buildDeck(job.target, built);
      const out = resolve(job.slug && parsed.values.deck === undefined ? join(parsed.values.out ?? '.', defaultPdfName(mode, job.slug)) : parsed.values.out ?? defaultPdfName(mode));
      const result = await pdfFromBuild(built, { mode, out, ...(paper ? { paper: paper as 'A4' | 'Letter' } : {}) });
      process.stdout.write(`${out}: ${result.pages} pages (${mode}), ${Math.round(result.bytes / 1024)} KiB in ${(result.ms / 1000).toFixed(1)} s\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof PdfExportError) {
      process.stderr.write(`transcript-deck pdf: ${error.message}\n`);
      return EXIT.inputError;
    }
    throw error;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Whether the transcript's bytes could be read as text (a missing transcript or manifest is not). */
function readable(deck: LoadedDeck): boolean {
  return deck.output?.encoding !== undefined;
}

/**
 * What to tell about a deck: everything, or only the errors when the transcript could not be decoded,
 * since what the later stages say about a lossy reading (garbled text, no quotes) is noise.
 */
function reportable(deck: LoadedDeck): Diagnostic[] {
  return deck.output && !readable(deck) ? deck.diagnostics.filter((d) => d.severity === 'error') : deck.diagnostics;
}

function printProblems(deck: LoadedDeck): void {
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

function printQuotes(deck: LoadedDeck, all: boolean): number {
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
  process.stdout.write(`${formatCandidates(shown, { file: out.clean.source.path, all, reasons: true })}\n`);
  printProblems(deck);
  return hasErrors(deck.diagnostics) ? EXIT.inputError : EXIT.ok;
}

const SINGLE_FILE = 'deck.html';

/** Leaves only the single-file deck in a build folder (`--single-file`): one file, as promised, so no record of its sources. */
function keepOnlySingleFile(dir: string): void {
  for (const name of readdirSync(dir)) if (name !== SINGLE_FILE) rmSync(join(dir, name), { recursive: true, force: true });
}

/** `vite build` of a deck into `outDir`, with the project's own config. */
async function buildDeck(target: string, outDir: string): Promise<void> {
  const { build } = await import('vite');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  process.env['TRANSCRIPT_DECK'] = resolve(target);
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}
