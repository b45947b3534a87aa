import { relative } from 'node:path';
import type { PdfResult } from '../pdf/export.ts';

/**
 * The one printer of a PDF export's outcome, for every way `pdf` is run: the file and its pages on
 * stdout, then on stderr each slide that had to be shown smaller, was cut, or has no bookmark.
 */
export function printPdfResult(result: PdfResult): void {
  const near = relative(process.cwd(), result.out);
  const file = near === '' || near.startsWith('..') ? result.out : near;
  process.stdout.write(`${file}: ${result.mode}, ${result.pages} pages, ${result.slides} slides, ${(result.bytes / 1024).toFixed(0)} KiB in ${(result.ms / 1000).toFixed(1)} s\n`);
  for (const id of result.shrunk) process.stderr.write(`${file}: note: slide ${id} is larger than the slide area; the PDF shows it smaller\n`);
  for (const id of result.clipped) process.stderr.write(`${file}: warning: slide ${id} is larger than its page and is cut in the PDF\n`);
  for (const id of result.missing) process.stderr.write(`${file}: warning: no page found for slide ${id}; it has no bookmark\n`);
}
