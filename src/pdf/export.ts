import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { launchOptions } from '../io/chromium.ts';
import { isIndexPage } from '../io/decks.ts';
import type { PrintManifest, PrintMode, PrintPaper } from '../shared/print.ts';
import { finishPdf, outlineFromSlides } from './finish.ts';
import { serveFolder } from '../io/static-server.ts';

/*
 * The built deck → PDF. Chromium (through Playwright) opens the deck in reveal.js's print view
 * (`?print-pdf`, finished by src/client/print.ts), prints it with page.pdf, and pdf-lib adds the
 * metadata and the outline (finish.ts). The deck is served from its folder on 127.0.0.1 by a
 * server that lives as long as the export.
 */

export type PdfMode = PrintMode;
export type PdfPaper = 'A4' | 'Letter';
export const PDF_MODES: readonly PdfMode[] = ['slides', 'notes', 'handout', 'fragments'];

export interface PdfOptions {
  /** @defaultValue 'slides' */
  mode?: PdfMode;
  /** Paper of the handout; refused for the other modes, which print at the slide's size (PAPER_MODES). @defaultValue 'A4' */
  paper?: PdfPaper;
  /** The PDF to write. @defaultValue `<deck folder>/deck.pdf`, `deck-notes.pdf`, `deck-handout.pdf`, `deck-fragments.pdf` */
  out?: string;
  /** Milliseconds to wait for the deck's pages. @defaultValue 60000 */
  timeout?: number;
}

export interface ExportPdfOptions extends PdfOptions {
  /** The built deck: its folder (`dist`, holding `index.html` or `deck.html`) or one of its HTML files. */
  deck: string;
}

export interface PdfResult {
  out: string;
  mode: PdfMode;
  pages: number;
  bytes: number;
  /** Milliseconds, browser start to file written. */
  ms: number;
  slides: number;
  title: string;
  /** fit-text's scale per slide id (`data-fit-scale`; 1: nothing had to shrink). */
  fit: Record<string, number>;
  /** Slides larger than their page even after fit-text, printed smaller as a whole. */
  shrunk: string[];
  /** Slides that still do not fit their page and are cut (should always be empty). */
  clipped: string[];
  /** Slides the outline has no page for (should be empty). */
  missing: string[];
}

export class PdfExportError extends Error {
  override name = 'PdfExportError';
}

/** Default output file for a mode, next to the deck; `name` for one of several decks (`talk-notes.pdf`). */
export function defaultPdfName(mode: PdfMode, name = 'deck'): string {
  return mode === 'slides' ? `${name}.pdf` : `${name}-${mode}.pdf`;
}

/** `--paper` sizes only the handout: the other modes print pages of the slide's own size. */
export const PAPER_MODES: readonly PdfMode[] = ['handout'];
export const PAPER_REFUSAL = '--paper applies to --handout only: slide, notes and fragment pages are the size of the slide (1280×720), not of paper';

/** The HTML file to print for `deck` (a folder or an HTML file). */
export function deckPage(deck: string): string {
  const path = resolve(deck);
  const stat = statSync(path, { throwIfNoEntry: false });
  const page = stat?.isFile() ? path : stat?.isDirectory() ? ['index.html', 'deck.html'].map((name) => join(path, name)).find((file) => existsSync(file)) : undefined;
  // An index of several decks has no slides: printing it would only wait for a deck that never starts.
  if (page && isIndexPage(readFileSync(page, 'utf8'))) {
    throw new PdfExportError(`${page} is the index page of several decks, not a deck: print the folder that holds it (each deck to its own PDF) or one deck's folder.`);
  }
  if (page) return page;
  throw new PdfExportError(`No built deck at ${deck}: expected index.html or deck.html there. Run \`npm run build\` first.`);
}

/** Exports the built deck in `dir` (e.g. `dist`) to PDF. For the CLI: `pdfFromBuild('dist', { mode: 'handout', out: 'talk.pdf' })`. */
export function pdfFromBuild(dir: string, options: PdfOptions = {}): Promise<PdfResult> {
  return exportPdf({ ...options, deck: dir });
}

export async function exportPdf(options: ExportPdfOptions): Promise<PdfResult> {
  const started = performance.now();
  const mode = options.mode ?? 'slides';
  if (!PDF_MODES.includes(mode)) throw new PdfExportError(`Unexpected mode \`${mode}\`, expected one of ${PDF_MODES.join(', ')}`);
  // Refused here too, not only by the command line: a paper the pages would not be printed on is never silently ignored.
  if (options.paper !== undefined && !PAPER_MODES.includes(mode)) throw new PdfExportError(`Unexpected paper ${options.paper} for the ${mode} PDF: ${PAPER_REFUSAL}`);
  const paper: PrintPaper = (options.paper ?? 'A4').toLowerCase() === 'letter' ? 'letter' : 'a4';
  const html = deckPage(options.deck);
  const out = resolve(options.out ?? join(dirname(html), defaultPdfName(mode)));
  const timeout = options.timeout ?? 60_000;

  const server = await serveFolder(dirname(html));
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const query = mode === 'slides' ? 'print-pdf' : `print-pdf=${mode}${mode === 'handout' ? `&paper=${paper}` : ''}`;
    await page.goto(`${server.url}${encodeURIComponent(basename(html))}?${query}`, { waitUntil: 'load', timeout });
    try {
      await page.waitForFunction(() => window.tdPrint?.ready === true, undefined, { timeout, polling: 50 });
    } catch {
      throw new PdfExportError(
        `The deck at ${html} did not get ready for printing within ${timeout} ms${problems.length ? `: ${problems.join('; ')}` : ''}. ` +
          'If it was built before PDF export existed, rebuild it (`npm run build`).',
      );
    }
    const manifest = (await page.evaluate(() => window.tdPrint)) as PrintManifest;
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
    const finished = await finishPdf(
      pdf,
      { title: manifest.meta.title, author: manifest.meta.author, subject: manifest.meta.subject, keywords: manifest.meta.keywords, lang: manifest.meta.lang },
      outlineFromSlides(manifest.slides),
    );
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, finished.bytes);
    return {
      out,
      mode,
      pages: finished.pages,
      bytes: finished.bytes.length,
      ms: Math.round(performance.now() - started),
      slides: manifest.slides.length,
      title: manifest.meta.title,
      fit: Object.fromEntries(manifest.slides.map((slide) => [slide.id, slide.fitScale])),
      shrunk: manifest.shrunk,
      clipped: manifest.clipped,
      missing: finished.missing,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
