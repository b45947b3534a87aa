import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { builtDecks, findDecks } from '../io/decks.ts';
import { changedSources } from './build-record.ts';
import { defaultPdfName, PAPER_MODES, PAPER_REFUSAL, PdfExportError, pdfFromBuild, type PdfMode, type PdfPaper, type PdfResult } from './export.ts';

const HELP = `npm run pdf -- [deck folder] [--notes | --handout | --fragments] [--paper A4|Letter] [--deck name] [--out file.pdf]

The built deck (default: dist, from \`npm run build\`) as a PDF:
  (default)     one page per slide, fragments shown     → dist/deck.pdf
  --notes       each slide, then its speaker notes      → dist/deck-notes.pdf
  --handout     A4/Letter pages: slide above its notes  → dist/deck-handout.pdf
  --fragments   one page per fragment step              → dist/deck-fragments.pdf
  --paper       the handout's paper (A4 by default); the other modes print at the slide's size

Several decks (dist/<name>/, from a folder of several manifests): each deck to its own PDF,
dist/<name>/deck.pdf, or only the one --deck names; with several, --out names a folder that
receives <name>.pdf. A build older than its sources (a transcript, deck.yaml, slide or quotes.yaml
changed since) is refused, naming what changed: run \`npm run build\` again.

Exit codes: 0 ok, 1 no built deck, a stale one, or the export failed, 2 wrong usage.`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        notes: { type: 'boolean' },
        handout: { type: 'boolean' },
        fragments: { type: 'boolean' },
        paper: { type: 'string' },
        deck: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const modes = (['notes', 'handout', 'fragments'] as const).filter((m) => values[m]);
  const paper = values.paper === undefined ? 'A4' : ({ a4: 'A4', letter: 'Letter' } as const)[values.paper.toLowerCase() as 'a4' | 'letter'];
  if (modes.length > 1 || positionals.length > 1 || !paper) {
    const what = modes.length > 1 ? `--${modes.join(' and --')} together` : positionals.length > 1 ? `${positionals.length} deck folders` : `paper \`${values.paper}\``;
    process.stderr.write(`Unexpected ${what}, expected one mode, one deck folder and --paper A4 or Letter\n\n${HELP}\n`);
    return 2;
  }
  const mode: PdfMode = modes[0] ?? 'slides';
  if (values.paper !== undefined && !PAPER_MODES.includes(mode)) {
    process.stderr.write(`Unexpected --paper ${values.paper} for the ${mode} PDF: ${PAPER_REFUSAL}\n`);
    return 2;
  }
  const root = positionals[0] ?? 'dist';
  const all = builtDecks(root);
  const chosen = values.deck === undefined ? all : all.filter((d) => d.slug === values.deck);
  if (chosen.length === 0) {
    const names = all.flatMap((d) => (d.slug ? [d.slug] : []));
    process.stderr.write(`Unexpected --deck ${values.deck}, expected ${names.length ? `one of ${names.join(', ')}` : `a folder of several decks at ${root}`}\n`);
    return 2;
  }
  const stale = [...changedSources(root, manifestsOf), ...chosen.flatMap((d) => (d.dir === root ? [] : changedSources(d.dir, manifestsOf)))];
  if (stale.length > 0) {
    process.stderr.write(`${root} is older than its sources: ${[...new Set(stale)].join(', ')} since it was built. Run \`npm run build\` again, then \`npm run pdf\`.\n`);
    return 1;
  }
  try {
    for (const deck of chosen) {
      // One of several decks: beside it by default, or `<name>.pdf` in the folder --out names.
      const out = values.out === undefined ? undefined : all.length > 1 && values.deck === undefined ? join(values.out, defaultPdfName(mode, deck.slug)) : values.out;
      const result = await pdfFromBuild(deck.dir, { mode, paper: paper as PdfPaper, ...(out ? { out } : {}) });
      report(result, mode);
    }
    return 0;
  } catch (error) {
    if (error instanceof PdfExportError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

const manifestsOf = (folder: string): string[] => findDecks(folder).map((d) => d.manifest);

function report(result: PdfResult, mode: PdfMode): void {
  process.stdout.write(`${relative(process.cwd(), result.out) || result.out}: ${mode}, ${result.pages} pages, ${result.slides} slides, ${(result.bytes / 1024).toFixed(0)} KiB in ${(result.ms / 1000).toFixed(1)} s\n`);
  for (const id of result.shrunk) process.stderr.write(`note: slide ${id} is larger than the slide area; the PDF shows it smaller\n`);
  for (const id of result.clipped) process.stderr.write(`warning: slide ${id} is larger than its page and is cut in the PDF\n`);
  for (const id of result.missing) process.stderr.write(`warning: no page found for slide ${id}; it has no bookmark\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`transcript-deck pdf: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exit(70);
    },
  );
}
