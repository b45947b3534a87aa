import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PdfExportError, pdfFromBuild, type PdfMode, type PdfPaper } from './export.ts';

const HELP = `npm run pdf -- [deck folder] [--notes | --handout | --fragments] [--paper A4|Letter] [--out file.pdf]

The built deck (default: dist, from \`npm run build\`) as a PDF:
  (default)     one page per slide, fragments shown     → dist/deck.pdf
  --notes       each slide, then its speaker notes      → dist/deck-notes.pdf
  --handout     A4/Letter pages: slide above its notes  → dist/deck-handout.pdf
  --fragments   one page per fragment step              → dist/deck-fragments.pdf

Exit codes: 0 ok, 1 no built deck or the export failed, 2 wrong usage.`;

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
  try {
    const result = await pdfFromBuild(positionals[0] ?? 'dist', { mode, paper: paper as PdfPaper, ...(values.out ? { out: values.out } : {}) });
    process.stdout.write(`${relative(process.cwd(), result.out) || result.out}: ${mode}, ${result.pages} pages, ${result.slides} slides, ${(result.bytes / 1024).toFixed(0)} KiB in ${(result.ms / 1000).toFixed(1)} s\n`);
    for (const id of result.shrunk) process.stderr.write(`note: slide ${id} is larger than the slide area; the PDF shows it smaller\n`);
    for (const id of result.clipped) process.stderr.write(`warning: slide ${id} is larger than its page and is cut in the PDF\n`);
    for (const id of result.missing) process.stderr.write(`warning: no page found for slide ${id}; it has no bookmark\n`);
    return 0;
  } catch (error) {
    if (error instanceof PdfExportError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
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
