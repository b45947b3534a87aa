import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtDecks, findDecks } from '../io/decks.ts';
import { loadDeck } from '../io/load-deck.ts';
import { changedSources } from '../pdf/build-record.ts';
import type { PdfMode, PdfPaper } from '../pdf/export.ts';
import { hasErrors } from '../pipeline/diagnostics.ts';
import { buildDeck } from './build.ts';
import { EXIT } from './exit.ts';
import { COMMANDS, DEFAULT_PDF_MODE, OPTIONS, PDF_MODES } from './options.ts';
import type { OptionValues } from './parse.ts';
import { printPdfResult } from './pdf-report.ts';
import { printProblems } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { UsageError } from './usage-error.ts';

/*
 * `transcript-deck pdf` and `npm run pdf`: a built deck is printed as it is (refused when older
 * than its sources); a transcript, deck.yaml or folder of manifests is built first, in a scratch
 * folder, and printed here.
 */

interface PdfRequest {
  mode: PdfMode;
  paper?: PdfPaper;
  out?: string;
  deck?: string;
}

/** `target`: what the command line named, if anything (then the default build folder). */
export async function pdf(target: string | undefined, values: OptionValues): Promise<number> {
  const modes = [
    ...(typeof values['mode'] === 'string' ? [{ mode: values['mode'] as PdfMode, shown: `--mode ${values['mode']}` }] : []),
    ...PDF_MODES.filter((mode) => OPTIONS[mode]?.mode === mode && values[mode] === true).map((mode) => ({ mode, shown: `--${mode}` })),
  ];
  if (new Set(modes.map((m) => m.mode)).size > 1) {
    throw new UsageError(`Unexpected ${modes.map((m) => m.shown).join(' and ')} together, expected one mode`);
  }
  const request: PdfRequest = {
    mode: modes[0]?.mode ?? DEFAULT_PDF_MODE,
    ...(typeof values['paper'] === 'string' ? { paper: values['paper'] as PdfPaper } : {}),
    ...(typeof values['out'] === 'string' ? { out: values['out'] } : {}),
    ...(typeof values['deck'] === 'string' ? { deck: values['deck'] } : {}),
  };
  const { PAPER_MODES, PAPER_REFUSAL, PdfExportError } = await import('../pdf/export.ts');
  if (request.paper !== undefined && !PAPER_MODES.includes(request.mode)) {
    throw new UsageError(`Unexpected --paper ${request.paper} for the ${request.mode} PDF: ${PAPER_REFUSAL}`);
  }
  try {
    return target === undefined || isBuilt(target) ? await printBuilt(target ?? COMMANDS.pdf.target.optional!.default, request) : await buildAndPrint(target, request);
  } catch (error) {
    if (error instanceof PdfExportError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT.inputError;
    }
    throw error;
  }
}

/** A built deck: an HTML file, or a folder that holds no manifest (a build folder, or nothing yet). */
function isBuilt(target: string): boolean {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return findDecks(target).length === 0;
  return stat?.isFile() === true && /\.html?$/i.test(target);
}

const manifestsOf = (folder: string): string[] => findDecks(folder).map((d) => d.manifest);

async function printBuilt(root: string, request: PdfRequest): Promise<number> {
  const { defaultPdfName, pdfFromBuild } = await import('../pdf/export.ts');
  const all = builtDecks(root);
  const chosen = request.deck === undefined ? all : all.filter((d) => d.slug === request.deck);
  if (chosen.length === 0) {
    const names = all.flatMap((d) => (d.slug ? [d.slug] : []));
    throw new UsageError(`Unexpected --deck ${request.deck}, expected ${names.length ? `one of ${names.join(', ')}.${didYouMean(request.deck ?? '', names)}` : `a folder of several decks at ${root}`}`);
  }
  const stale = [...changedSources(root, manifestsOf), ...chosen.flatMap((d) => (d.dir === root ? [] : changedSources(d.dir, manifestsOf)))];
  if (stale.length > 0) {
    process.stderr.write(`${root} is older than its sources: ${[...new Set(stale)].join(', ')} since it was built. Run \`npm run build\` again, then \`npm run pdf\`.\n`);
    return EXIT.inputError;
  }
  for (const deck of chosen) {
    // One of several decks: beside it by default, or `<name>.pdf` in the folder --out names.
    const out = request.out === undefined ? undefined : all.length > 1 && request.deck === undefined ? join(request.out, defaultPdfName(request.mode, deck.slug)) : request.out;
    printPdfResult(await pdfFromBuild(deck.dir, { mode: request.mode, ...(request.paper ? { paper: request.paper } : {}), ...(out ? { out } : {}) }));
  }
  return EXIT.ok;
}

async function buildAndPrint(target: string, request: PdfRequest): Promise<number> {
  const { defaultPdfName, pdfFromBuild } = await import('../pdf/export.ts');
  const deck = loadDeck(target);
  if (hasErrors(deck.diagnostics)) {
    printProblems(deck);
    return EXIT.inputError;
  }
  // Several manifests: each deck to its own PDF, `<name>.pdf` in the folder --out names (default: here).
  const all = findDecks(resolve(target));
  const several = all.length > 1;
  const chosen = request.deck === undefined ? all : all.filter((d) => d.slug === request.deck);
  if (request.deck !== undefined && chosen.length === 0) {
    const names = all.map((d) => d.slug);
    throw new UsageError(`Unexpected --deck ${request.deck}, expected ${several ? `one of ${names.join(', ')}.${didYouMean(request.deck, names)}` : 'a folder of several manifests'}`);
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
      await buildDeck(job.target, built, loaded);
      const out = resolve(job.slug && request.deck === undefined ? join(request.out ?? '.', defaultPdfName(request.mode, job.slug)) : request.out ?? defaultPdfName(request.mode));
      printPdfResult(await pdfFromBuild(built, { mode: request.mode, out, ...(request.paper ? { paper: request.paper } : {}) }));
    }
    return EXIT.ok;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
