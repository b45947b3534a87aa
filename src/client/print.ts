import type { RevealApi } from 'reveal.js';
import { words } from './deck-config.ts';
import { fitAll } from './fit-text.ts';
import { flowIntoPages, type PageFrame } from './print-pages.ts';
import type { DeckRevealConfig } from './reveal-config.ts';
import type { PrintManifest, PrintMode, PrintPaper, PrintRequest, PrintSlide } from '../shared/print.ts';

/*
 * Print view (`?print-pdf`), used by `npm run pdf` (src/pdf/export.ts) and by anyone who prints
 * the deck from a browser. reveal.js lays every slide out on a page of its own; this module picks
 * the settings for the wanted PDF and finishes the pages once reveal.js is done:
 *
 *   ?print-pdf                 slides: one page per slide, fragments in their final state
 *   ?print-pdf=notes           each slide, then its notes on their own page(s)
 *   ?print-pdf=handout         A4 portrait (`&paper=letter`: US Letter): the slide above its notes
 *
 * Notes, in both modes, are laid out on pages here (src/client/print-pages.ts) rather than left
 * to Chromium's page breaks, so that each page can say whose notes it holds and a label never
 * ends a page.
 *   ?print-pdf=fragments       one page per fragment step
 *
 * When the pages are final, `window.tdPrint` describes them (`ready: true`) for the exporter.
 */

declare global {
  interface Window {
    tdPrint?: PrintManifest;
  }
}

const MODES: readonly PrintMode[] = ['slides', 'notes', 'handout', 'fragments'];

/** Paper sizes and the handout's margins, in millimetres. */
const PAPER: Record<PrintPaper, { width: number; height: number; css: string }> = {
  a4: { width: 210, height: 297, css: 'A4' },
  letter: { width: 215.9, height: 279.4, css: 'letter' },
};
const HANDOUT_MARGIN_MM = { top: 14, side: 15, bottom: 16 };
const MM_TO_PX = 96 / 25.4;

/** The print request of a page address, or undefined when it is not reveal.js's print view. */
export function printRequest(search: string): PrintRequest | undefined {
  // The same test reveal.js makes to enter its print view.
  if (!/print-pdf/i.test(search)) return undefined;
  const params = new URLSearchParams(search);
  const value = (params.get('print-pdf') ?? '').toLowerCase();
  const mode = (MODES as readonly string[]).includes(value) ? (value as PrintMode) : 'slides';
  const paper: PrintPaper = (params.get('paper') ?? '').toLowerCase() === 'letter' ? 'letter' : 'a4';
  return { mode, paper };
}

/**
 * reveal.js settings for the print view (none outside it); in the print view, also finishes the
 * pages when reveal.js reports `pdf-ready`.
 */
export function printSettings(search: string = location.search): Partial<DeckRevealConfig> {
  const request = printRequest(search);
  if (!request) return {};
  document.addEventListener('pdf-ready', () => void finishPages(request), { once: true });
  return {
    // A slide is never split over pages: fit-text shrinks what does not fit instead.
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: request.mode === 'fragments',
    // Notes after the slide's final state (fragments are not separated in this mode).
    showNotes: request.mode === 'notes' ? 'separate-page' : false,
    transition: 'none',
    backgroundTransition: 'none',
  };
}

async function finishPages(request: PrintRequest): Promise<void> {
  const deck = (window as unknown as { Reveal: RevealApi }).Reveal;
  await document.fonts.ready;
  // reveal.js measured the slides while it was still moving them onto pages; fit again now that
  // each slide has its final box, and centre it on its page as reveal.js does.
  fitAll(deck);
  const { shrunk, clipped } = placeSlides(deck);
  const slides = describeSlides();
  linkSlides();
  if (request.mode === 'notes') layOutNotesPages(slides);
  if (request.mode === 'handout') layOutHandout(deck, request.paper, slides);
  const pdfPages = deck.getSlidesElement()!.querySelectorAll(':scope > .pdf-page, :scope > .td-notes-page, :scope > .td-handout-page').length;
  await document.fonts.ready;
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  window.tdPrint = { ready: true, mode: request.mode, paper: request.paper, pdfPages, slides, shrunk, clipped, meta: deckMeta() };
  document.documentElement.dataset['tdPrint'] = 'ready';
}

/**
 * Centres each slide on its page as reveal.js does. A slide still larger than its page after
 * fit-text (a presenter's own slide has no `.td-fit`) is shrunk as a whole rather than cut.
 */
function placeSlides(deck: RevealApi): { shrunk: string[]; clipped: string[] } {
  const config = deck.getConfig() as { center?: boolean; width: number; height: number };
  const width = Number(config.width);
  const height = Number(config.height);
  const shrunk = new Set<string>();
  const clipped = new Set<string>();
  for (const page of document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')) {
    const section = page.querySelector<HTMLElement>(':scope > section');
    if (!section) continue;
    section.style.zoom = '';
    const pageWidth = page.clientWidth;
    const pageHeight = page.clientHeight;
    const contentHeight = section.scrollHeight;
    // Into the slide area (the page less reveal.js's margin), like every other slide.
    const zoom = Math.min(1, height / contentHeight, width / Math.max(section.scrollWidth, 1));
    if (zoom < 0.995) {
      section.style.zoom = String(zoom);
      shrunk.add(section.id);
    }
    const z = zoom < 0.995 ? zoom : 1;
    const centred = config.center || section.classList.contains('center');
    const top = centred ? Math.max((pageHeight - contentHeight * z) / 2, 0) : Math.max((pageHeight - height * z) / 2, 0);
    // An element's own `top` and `left` are zoomed with it.
    section.style.top = `${top / z}px`;
    section.style.left = `${(pageWidth - width * z) / 2 / z}px`;
    const box = section.getBoundingClientRect();
    const frame = page.getBoundingClientRect();
    if (box.bottom > frame.bottom + 1 || box.right > frame.right + 1 || box.top < frame.top - 1) clipped.add(section.id);
  }
  return { shrunk: [...shrunk], clipped: [...clipped] };
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shorten = (s: string, max = 36): string => ([...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s);

/** Every slide once (fragment copies share their slide's id), in order, with a label. */
function describeSlides(): PrintSlide[] {
  const seen = new Set<string>();
  const slides: PrintSlide[] = [];
  for (const section of document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page > section')) {
    if (!section.id || seen.has(section.id)) continue;
    seen.add(section.id);
    const kind = [...section.classList].find((c) => c.startsWith('td-') && !c.startsWith('td-length'))?.slice(3) ?? 'slide';
    const topic = section.dataset['topic'];
    slides.push({ id: section.id, kind, ...(topic ? { topic } : {}), label: slideLabel(section, kind), fitScale: Number(section.dataset['fitScale'] ?? 1) });
  }
  return slides;
}

function slideLabel(section: HTMLElement, kind: string): string {
  if (kind === 'section') return `${text(section.querySelector('.td-kicker'))}. ${text(section.querySelector('h2'))}`;
  if (kind === 'quote') return shorten(text(section.querySelector('blockquote')).replace(/^…+/, ''));
  const heading = section.querySelector('h1, h2, h3, h4, h5, h6');
  if (heading) return shorten(text(heading), 60);
  const clone = section.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('aside.notes').forEach((a) => a.remove());
  return shorten(text(clone), 40) || section.id;
}

/**
 * Chromium writes a named destination for each element an internal link points to: point a
 * link at every slide (the outline's bookmarks use them), and turn reveal.js's `#/id` links
 * (agenda, notes pointers) into links to the slide's page.
 */
function linkSlides(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.reveal a[href^="#/"]')) {
    const id = decodeURIComponent(a.getAttribute('href')!.slice(2));
    if (id && document.getElementById(id)) a.setAttribute('href', `#${id}`);
  }
  const nav = document.createElement('nav');
  nav.className = 'td-print-targets';
  nav.setAttribute('aria-hidden', 'true');
  for (const section of document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page > section[id]')) {
    const a = document.createElement('a');
    a.href = `#${section.id}`;
    a.tabIndex = -1;
    nav.append(a);
  }
  document.body.append(nav);
}

/**
 * The header of a notes page: which slide the notes belong to and, when they take several pages,
 * which of them this is (`Notes 2 / 3`), so that a page that falls out of the stack still says
 * where it belongs.
 */
function notesHead(className: string, slides: PrintSlide[], index: number): HTMLElement {
  const head = document.createElement('p');
  head.className = className;
  const slide = document.createElement('span');
  slide.className = 'td-print-head-slide';
  slide.textContent = index >= 0 ? `${index + 1} / ${slides.length} · ${slides[index]!.label}` : '';
  const page = document.createElement('span');
  page.className = 'td-print-head-page';
  head.append(slide, page);
  return head;
}

/** Numbers the pages of one slide's notes in their headers, once their count is known. */
function numberNotesPages(pages: PageFrame[]): void {
  pages.forEach(({ page }, k) => {
    const label = page.querySelector('.td-print-head-page');
    if (label) label.textContent = pages.length > 1 ? `${words.notes} ${k + 1} / ${pages.length}`.trim() : '';
  });
}

/** The notes mode: each slide's notes on pages of the slide's size, after the slide's page. */
function layOutNotesPages(slides: PrintSlide[]): void {
  const container = document.querySelector<HTMLElement>('.reveal .slides')!;
  for (const notes of container.querySelectorAll<HTMLElement>(':scope > .speaker-notes-pdf')) {
    const slidePage = notes.previousElementSibling as HTMLElement | null;
    const section = slidePage?.querySelector<HTMLElement>(':scope > section');
    const index = slides.findIndex((s) => s.id === section?.id);
    const height = slidePage?.offsetHeight ?? notes.offsetHeight;
    const content = document.createElement('div');
    content.append(...notes.childNodes);
    const pages = flowIntoPages(content, {
      newPage: () => {
        const page = document.createElement('div');
        page.className = 'td-notes-page';
        page.style.height = `${height}px`;
        const body = document.createElement('div');
        body.className = 'td-notes-body';
        page.append(notesHead('td-print-notes-head', slides, index), body);
        notes.before(page);
        return { page, body };
      },
    });
    numberNotesPages(pages);
    notes.remove();
  }
}

/**
 * The handout: on A4 or Letter portrait, each slide (the very slide page, scaled down, so its
 * text stays text) above its notes; long notes go on to pages of their own.
 */
function layOutHandout(deck: RevealApi, paper: PrintPaper, slides: PrintSlide[]): void {
  const size = PAPER[paper];
  // reveal.js asked for pages of the slide's size; a handout is printed on paper.
  for (const style of document.querySelectorAll('style')) if (/^\s*@page\s*\{/.test(style.textContent ?? '')) style.remove();
  const pageRule = document.createElement('style');
  // A running head (the deck's title) and the page number on every page, continuation pages too:
  // a handout page that falls out of the stack still says where it belongs.
  const font = getComputedStyle(document.documentElement).getPropertyValue('--td-font').trim() || 'sans-serif';
  const margin = `font: 8pt/1.2 ${font}; color: #666;`;
  pageRule.textContent = `@page {
  size: ${size.css} portrait;
  margin: ${HANDOUT_MARGIN_MM.top}mm ${HANDOUT_MARGIN_MM.side}mm ${HANDOUT_MARGIN_MM.bottom}mm;
  @top-left { content: ${cssString(document.title)}; ${margin} vertical-align: bottom; }
  @bottom-right { content: counter(page) " / " counter(pages); ${margin} vertical-align: top; }
}`;
  document.head.append(pageRule);
  const slideWidth = parseFloat(document.body.style.width) || document.body.clientWidth;
  document.body.style.width = '';
  document.body.style.height = '';
  document.documentElement.classList.add('td-handout');

  const contentWidth = (size.width - 2 * HANDOUT_MARGIN_MM.side) * MM_TO_PX;
  // A pixel short of the page's content box, as reveal.js's own pages are, so that rounding never
  // pushes a page's foot on to a page of its own.
  const pageHeight = Math.floor((size.height - HANDOUT_MARGIN_MM.top - HANDOUT_MARGIN_MM.bottom) * MM_TO_PX) - 1;
  const zoom = contentWidth / slideWidth;
  const container = deck.getSlidesElement()!;
  for (const slidePage of container.querySelectorAll<HTMLElement>(':scope > .pdf-page')) {
    const section = slidePage.querySelector<HTMLElement>(':scope > section');
    const index = slides.findIndex((s) => s.id === section?.id);
    const frame = document.createElement('div');
    frame.className = 'td-handout-slide';
    frame.style.width = `${contentWidth}px`;
    frame.style.height = `${slidePage.offsetHeight * zoom}px`;
    const place = document.createComment(section?.id ?? '');
    slidePage.before(place);
    slidePage.style.width = `${slideWidth}px`;
    slidePage.style.zoom = String(zoom);
    frame.append(slidePage);
    const notes = document.createElement('div');
    notes.innerHTML = section ? (deck.getSlideNotes(section) ?? '') : '';
    const pages = flowIntoPages(notes, {
      newPage: (k) => {
        const page = document.createElement('article');
        page.className = 'td-handout-page';
        // The paper's width already: the window is the slide's width, and lines set in it would
        // break elsewhere once printed.
        page.style.width = `${contentWidth}px`;
        page.style.height = `${pageHeight}px`;
        const body = document.createElement('div');
        body.className = 'td-handout-notes';
        page.append(notesHead('td-handout-head', slides, index), ...(k === 0 ? [frame] : []), body);
        place.before(page);
        return { page, body, carriesMore: k === 0 };
      },
    });
    numberNotesPages(pages);
    place.remove();
  }
}

/** Text as a CSS string: the title is the transcript's, so quotes, backslashes and line breaks are escaped. */
function cssString(text: string): string {
  return `"${text.replace(/["\\\n\r\f]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

function deckMeta(): PrintManifest['meta'] {
  const speakers = [...document.querySelectorAll('.reveal .td-title .td-speaker .td-name')].map(text).filter(Boolean);
  const topics = [...document.querySelectorAll('.reveal .td-agenda .td-agenda-list li')].map(text).filter(Boolean);
  const subtitle = text(document.querySelector('.reveal .td-title .td-subtitle'));
  const subject = [subtitle, topics.map((t, i) => `${i + 1}. ${t}`).join(' · ')].filter(Boolean).join(' — ');
  return { title: document.title, author: speakers.join(', '), subject, keywords: topics, lang: document.documentElement.lang };
}
