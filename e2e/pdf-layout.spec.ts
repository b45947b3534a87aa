import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser } from '@playwright/test';
import { exportPdf, type PdfMode } from '../src/pdf/export.ts';
import { pageLines, readPdf, type OutlineNode, type PdfLine } from '../src/pdf/read.ts';
import { buildDeck } from './corpus-decks.ts';

/*
 * The notes and handout PDFs of two long decks from the evaluation corpus, an English podcast
 * (WebVTT) and a Chinese legislative hearing, read back line by line with pdf.js and checked as a
 * designer would: no speaker label left at the foot of a page, no paragraph that leaves one line
 * alone at a page's foot or head, no blank page, no continuation page holding a line or two, a
 * header on every page that says which slide the notes belong to, and every paragraph of the notes
 * there, in order.
 */

const repo = fileURLToPath(new URL('..', import.meta.url));

const DECKS = {
  english: { transcript: 'eval/corpus/en-webvtt-voice-talkpython-nicegui.vtt', title: 'NiceGUI: web apps in pure Python' },
  chinese: { transcript: 'eval/corpus/zh-Hant-name-colon-ly-gazette-3320-nuclear-hearing.md', title: '立法院科技及資訊委員會：核四公聽會' },
} as const;
const MODES = ['notes', 'handout'] as const;

/** What the built deck's notes hold, from its index.html. */
interface NotesFacts {
  title: string;
  slides: number;
  /** Speaker label lines (`name file:line:col · time`), white space removed. */
  labels: Set<string>;
  /** Every paragraph of every slide's notes, white space removed, in slide order. */
  paragraphs: string[];
}

async function buildTitledDeck(transcript: string, title: string, work: string): Promise<string> {
  const folder = join(work, 'slides');
  mkdirSync(folder);
  copyFileSync(join(repo, transcript), join(folder, basename(transcript)));
  writeFileSync(join(folder, 'deck.yaml'), `transcript: ${basename(transcript)}\ntitle: ${JSON.stringify(title)}\n`);
  const outDir = join(work, 'dist');
  await buildDeck(folder, outDir);
  return outDir;
}

async function notesFacts(browser: Browser, dir: string): Promise<NotesFacts> {
  const page = await browser.newPage();
  try {
    const facts = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const squashed = (el: Element): string => (el.textContent ?? '').replace(/[\s\p{Co}]+/gu, '');
      const notes = [...doc.querySelectorAll('.reveal .slides > section aside.notes')];
      return {
        title: doc.title,
        slides: doc.querySelectorAll('.reveal .slides > section').length,
        labels: notes.flatMap((n) => [...n.querySelectorAll('.td-note-speaker')].map(squashed)),
        paragraphs: notes.flatMap((n) => [...n.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6')].filter((el) => !el.querySelector('p, li')).map(squashed)).filter(Boolean),
      };
    }, readFileSync(join(dir, 'index.html'), 'utf8'));
    return { ...facts, labels: new Set(facts.labels) };
  } finally {
    await page.close();
  }
}

/** A page of the PDF, split into what frames it (header, page number) and what it says (body). */
interface LaidOutPage {
  number: number;
  /** The page shows a slide (a bookmark opens it) rather than notes: notes mode only. */
  slide: boolean;
  /** The slide whose notes are on this page (1-based), from the header. */
  header?: { slide: number; text: string };
  body: PdfLine[];
}

/**
 * Text without white space, for comparing lines with paragraphs: nor private-use characters (the
 * gazette's U+E686), which pdf.js reads back as NUL.
 */
const squash = (text: string): string => text.replace(/[\s\u0000\p{Co}]+/gu, '');
const flat = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flat(n.items)]);
const HEADER = /^(\d+)\/(\d+)·/;

/**
 * Each page's lines, less the frame: the notes header (`12 / 78 · label`) at the top; in the
 * handout, the deck's title above it and `page / pages` at the foot.
 */
function layOut(lines: PdfLine[][], mode: PdfMode, facts: NotesFacts, slidePages: Set<number>): LaidOutPage[] {
  return lines.map((all, i) => {
    const number = i + 1;
    let body = [...all];
    if (mode === 'handout') {
      if (body[0] && squash(body[0].text) === squash(facts.title)) body.shift();
      const last = body.at(-1);
      if (last && squash(last.text) === `${number}/${lines.length}`) body.pop();
    }
    if (slidePages.has(number)) return { number, slide: true, body };
    const head = body[0] && HEADER.exec(squash(body[0].text));
    if (head && Number(head[2]) === facts.slides) {
      body.shift();
      return { number, slide: false, header: { slide: Number(head[1]), text: all.find((l) => HEADER.test(squash(l.text)))!.text }, body };
    }
    return { number, slide: false, body };
  });
}

/** The lines of a page's body that run on as one paragraph, from the top (or from the bottom). */
function runLength(body: PdfLine[], fromEnd: boolean): number {
  const lines = fromEnd ? [...body].reverse() : body;
  const gaps = body.slice(1).map((l, k) => l.top - body[k]!.top);
  const pitch = gaps.length ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]! : 0;
  let n = 1;
  while (n < lines.length && Math.abs(lines[n]!.top - lines[n - 1]!.top) < pitch * 1.15 && Math.abs(lines[n]!.size - lines[0]!.size) < 0.5) n++;
  return n;
}

interface Findings {
  pages: number;
  blank: number[];
  withoutHeader: number[];
  loneLabels: number[];
  /** A paragraph cut by a page break with a single line on one side of it. */
  loneLines: number[];
  /** A page of notes that goes on from the page before and holds two lines or fewer. */
  shortPages: number[];
  /** Paragraphs of the notes not found, in order, in the pages' bodies. */
  lost: string[];
}

function inspect(pages: LaidOutPage[], mode: PdfMode, facts: NotesFacts): Findings {
  const strip = (text: string): string => squash(text).replace(/^…/, '');
  const oneParagraph = (above: string, below: string): boolean => facts.paragraphs.some((p) => p.includes(strip(above) + strip(below)));
  const found: Findings = { pages: pages.length, blank: [], withoutHeader: [], loneLabels: [], loneLines: [], shortPages: [], lost: [] };
  pages.forEach((page, i) => {
    const next = pages[i + 1];
    if (page.body.length === 0 && !page.header) found.blank.push(page.number);
    if (page.slide) return;
    // The notes pages that follow slide k (notes mode), or slide k's handout pages, name slide k.
    const owner = mode === 'notes' ? [...pages.slice(0, i)].reverse().findIndex((p) => p.slide) : -1;
    if (!page.header || (mode === 'notes' && owner < 0)) found.withoutHeader.push(page.number);
    const last = page.body.at(-1);
    if (last && facts.labels.has(squash(last.text)) && next && !next.slide) found.loneLabels.push(page.number);
    const goesOn = next && !next.slide && next.header?.slide === page.header?.slide;
    if (last && goesOn && next.body[0] && oneParagraph(last.text, next.body[0].text)) {
      if (runLength(page.body, true) < 2 || runLength(next.body, false) < 2) found.loneLines.push(page.number);
    }
    const previous = pages[i - 1];
    const continues = previous && !previous.slide && previous.header?.slide === page.header?.slide;
    if (continues && page.body.length <= 2) found.shortPages.push(page.number);
  });
  const text = pages
    .flatMap((p) => p.body.map((l) => squash(l.text)))
    .join('')
    .replace(/…/g, '');
  let cursor = 0;
  for (const paragraph of facts.paragraphs) {
    const at = text.indexOf(paragraph.replace(/…/g, ''), cursor);
    if (at < 0) found.lost.push(paragraph.slice(0, 60));
    else cursor = at + paragraph.replace(/…/g, '').length;
  }
  return found;
}

test.describe('PDF layout of long decks', () => {
  let work = '';
  test.beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'td-pdf-layout-'));
  });
  test.afterAll(() => {
    if (work && !process.env['KEEP_PDF']) rmSync(work, { recursive: true, force: true });
  });

  for (const [name, deck] of Object.entries(DECKS)) {
    test(`${name}: notes and handout with no blank page, a header on every notes page, no lone label or line, no short page, nothing lost`, async ({ browser }) => {
      test.setTimeout(240_000);
      const folder = join(work, name);
      mkdirSync(folder);
      const dist = await buildTitledDeck(deck.transcript, deck.title, folder);
      const facts = await notesFacts(browser, dist);
      for (const mode of MODES) {
        const out = join(folder, `${mode}.pdf`);
        await exportPdf({ deck: dist, mode, out });
        const bytes = new Uint8Array(readFileSync(out));
        const slidePages = mode === 'notes' ? new Set(flat((await readPdf(bytes)).outline).map((b) => b.page)) : new Set<number>();
        const f = inspect(layOut(await pageLines(bytes), mode, facts, slidePages), mode, facts);
        const figures =
          `${name} ${mode}: ${f.pages} pages, blank ${f.blank.length}, without header ${f.withoutHeader.length}, lone labels ${f.loneLabels.length}, ` +
          `lone lines ${f.loneLines.length}, short pages ${f.shortPages.length}, paragraphs lost ${f.lost.length}`;
        console.log(figures);
        test.info().annotations.push({ type: 'pdf layout', description: figures });
        expect.soft(f.pages, mode).toBeGreaterThan(40);
        expect.soft(f.blank, `${mode}: blank pages`).toEqual([]);
        expect.soft(f.withoutHeader, `${mode}: pages without a header`).toEqual([]);
        expect.soft(f.loneLabels, `${mode}: pages ending in a speaker label`).toEqual([]);
        expect.soft(f.loneLines, `${mode}: pages where a paragraph leaves one line alone`).toEqual([]);
        expect.soft(f.shortPages, `${mode}: continuation pages of two lines or fewer`).toEqual([]);
        expect.soft(f.lost, `${mode}: paragraphs of the notes missing from the PDF`).toEqual([]);
      }
    });
  }
});
