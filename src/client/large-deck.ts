import type { RevealApi } from 'reveal.js';

/*
 * Big decks (a 10 MB transcript makes ~2,700 slides, ~270,000 elements) step as fast as small ones.
 *
 * reveal.js does O(deck) work on every step: it loops over every slide (classes, `hidden`,
 * `aria-hidden`, `inert`, show/unload), runs `querySelectorAll` inside every slide and over the whole
 * deck a few dozen times (fragments, vertical slides, lazy media, past-slide count, total), and
 * the class changes restyle every `<section>`. Measured on the 10 MB deck: ~0.4 s a step, half in
 * DOM walks through slide contents (notes, charts, `<wbr>`s), a third in restyling 2,700 sections.
 *
 * So, for a deck of more than LARGE_DECK_SLIDES slides (or with `?large-deck` in the URL):
 * - Light slides: a slide further than NEAR slides from the current one keeps its `<section>` (id,
 *   attributes, classes: hash links, slide numbers, progress and totals are unchanged) but its
 *   content waits in a DocumentFragment; it comes back before reveal.js shows the slide
 *   (`beforeslidechange`, then checked on `slidechanged`) and leaves again, when the browser is
 *   idle, once the presenter is FAR slides away. reveal.js's walks then see a few thousand elements.
 * - Chunks: the slides are grouped, CHUNK_SIZE at a time, into vertical stacks with
 *   `navigationMode: 'linear'` (every key and swipe still steps slide by slide, and the theme keeps
 *   the sideways transition), so a step restyles one chunk of sections instead of all of them.
 * The print view (`?print-pdf`) and small decks are left exactly as they are.
 */

export const LARGE_DECK_SLIDES = 200;
export const CHUNK_SIZE = 50;
/** Slides within this distance keep their content: reveal.js shows 3 around the current one, the overview 10. */
export const NEAR = 10;
/** Slides further than this lose their content again (a margin, so stepping back and forth moves nothing). */
export const FAR = 20;
/** `?large-deck` treats any deck as large (`?large-deck=4`: chunks of 4), for tests. */
export const LARGE_DECK_PARAM = 'large-deck';

function chunkSize(): number {
  const asked = Number(new URLSearchParams(window.location.search).get(LARGE_DECK_PARAM));
  return Number.isInteger(asked) && asked > 0 ? asked : CHUNK_SIZE;
}

const CHUNK_CLASS = 'td-chunk';
const SLIDES = '.reveal .slides section:not(.stack)';

/** The content of light slides. */
const bodies = new WeakMap<HTMLElement, DocumentFragment>();
/** Slides of a large deck that carry their content, so lightening never scans the whole deck. */
const heavy = new Set<HTMLElement>();
let slides: HTMLElement[] = [];
let position = new Map<HTMLElement, number>();
let active = false;

/** Is this a large deck? Decided once, before reveal.js starts (main.ts). */
export function isLargeDeck(container: Element | null, printView: boolean): boolean {
  if (!container || printView) return false;
  if (new URLSearchParams(window.location.search).has(LARGE_DECK_PARAM)) return true;
  return container.querySelectorAll(':scope > section').length > LARGE_DECK_SLIDES;
}

export const largeDeckActive = (): boolean => active;

/**
 * reveal.js's `c/t` slide number for a large deck, from the slide's place instead of reveal.js's
 * count of past slides (a walk through the deck on every step).
 */
export function slideNumber(slide: HTMLElement | undefined): [string, string, string] {
  const at = slide ? position.get(slide) : undefined;
  // reveal.js shows the total only when it is a number, whatever its types say.
  return [String((at ?? 0) + 1), '/', slides.length as unknown as string];
}

/** Where a slide's content is: the slide itself, or the fragment holding it while the slide is light. */
export function slideBody(section: HTMLElement): ParentNode {
  return bodies.get(section) ?? section;
}

export const isLight = (section: HTMLElement): boolean => bodies.has(section);

/**
 * Groups the slides into chunks and makes every slide light except those near the one the URL
 * asks for. Runs before reveal.js starts, and again when the dev server swaps the slides.
 */
export function prepareLargeDeck(container: Element, targetId?: string): void {
  active = true;
  heavy.clear();
  const flat = [...container.querySelectorAll<HTMLElement>(':scope > section')].filter((s) => !s.classList.contains(CHUNK_CLASS));
  const size = chunkSize();
  for (let i = 0; i < flat.length; i += size) {
    const chunk = document.createElement('section');
    chunk.className = `stack ${CHUNK_CLASS}`;
    chunk.append(...flat.slice(i, i + size));
    container.append(chunk);
  }
  index();
  const id = targetId ?? decodeURIComponent(window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  const target = id ? document.getElementById(id) : null;
  const at = target ? (position.get(target) ?? 0) : 0;
  slides.forEach((section, i) => {
    if (Math.abs(i - at) > NEAR) lighten(section);
    else heavy.add(section);
  });
}

function index(): void {
  slides = [...document.querySelectorAll<HTMLElement>(SLIDES)].filter((s) => !s.classList.contains(CHUNK_CLASS));
  position = new Map(slides.map((s, i) => [s, i]));
}

function lighten(section: HTMLElement): void {
  if (bodies.has(section)) return;
  const body = document.createDocumentFragment();
  body.append(...section.childNodes);
  bodies.set(section, body);
  heavy.delete(section);
}

function restore(section: HTMLElement, current: number): void {
  const body = bodies.get(section);
  if (!body) return;
  bodies.delete(section);
  // reveal.js shows or hides fragments only in the slides it walks; these come back as they should be.
  const at = position.get(section) ?? current;
  if (at !== current) {
    for (const fragment of body.querySelectorAll('.fragment')) {
      fragment.classList.toggle('visible', at < current);
      fragment.classList.remove('current-fragment');
    }
  }
  section.append(body);
  heavy.add(section);
}

function restoreAround(at: number, current = at): void {
  for (let i = Math.max(0, at - NEAR); i <= Math.min(slides.length - 1, at + NEAR); i++) restore(slides[i]!, current);
}

function restoreAll(): void {
  for (const section of slides) restore(section, position.get(section)!);
}

function lightenFar(at: number): void {
  for (const section of [...heavy]) {
    const i = position.get(section);
    if (i === undefined || Math.abs(i - at) > FAR) lighten(section);
  }
}

/**
 * A reveal.js plugin; listed before FitText so that content is back before it is fitted.
 * Does nothing unless main.ts called prepareLargeDeck.
 */
export const LargeDeck = {
  id: 'td-large-deck',
  init(deck: RevealApi): void {
    if (!active) return;
    const currentIndex = (): number => position.get(deck.getCurrentSlide() as HTMLElement) ?? 0;
    const chunks = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(`.reveal .slides > section.${CHUNK_CLASS}`)];
    const idle = (callback: () => void): void => {
      if (window.requestIdleCallback) window.requestIdleCallback(callback, { timeout: 1000 });
      else window.setTimeout(callback, 50);
    };
    let pending = false;
    const settle = (): void => {
      if (pending) return;
      pending = true;
      idle(() => {
        pending = false;
        if (!printing && !deck.isOverview()) lightenFar(currentIndex());
      });
    };

    deck.on('beforeslidechange', (event: Event) => {
      const { indexh, indexv } = event as Event & { indexh?: number; indexv?: number };
      const all = chunks();
      const chunk = all[Math.max(0, Math.min(all.length - 1, indexh ?? 0))];
      const inChunk = chunk ? [...chunk.children] : [];
      const target = inChunk[Math.max(0, Math.min(inChunk.length - 1, indexv ?? 0))] as HTMLElement | undefined;
      const at = target ? position.get(target) : undefined;
      if (at !== undefined) restoreAround(at, currentIndex());
    });
    const onShown = (): void => {
      restoreAround(currentIndex());
      settle();
    };
    deck.on('ready', onShown);
    deck.on('slidechanged', (event: Event) => {
      // Entering a chunk from its left always starts at its first slide (reveal.js would resume
      // where that chunk was last left, as it does for real vertical stacks).
      for (const chunk of chunks()) chunk.removeAttribute('data-previous-indexv');
      void event;
      onShown();
    });
    deck.on('overviewshown', () => restoreAround(currentIndex()));
    deck.on('overviewhidden', settle);

    // Home and End: the first and last slide, not the first slide of the first and last chunk.
    deck.addKeyBinding({ keyCode: 36, key: 'Home', description: 'First slide' }, () => deck.slide(0, 0));
    deck.addKeyBinding({ keyCode: 35, key: 'End', description: 'Last slide' }, () => {
      const all = chunks();
      deck.slide(all.length - 1, Math.max(0, (all.at(-1)?.children.length ?? 1) - 1));
    });

    // The browser's print (not `?print-pdf`) prints every slide: all content comes back for it.
    let printing = false;
    window.addEventListener('beforeprint', () => {
      printing = true;
      restoreAll();
    });
    window.addEventListener('afterprint', () => {
      printing = false;
      settle();
    });
    window.addEventListener('td:slides-replaced', () => {
      index();
      restoreAround(currentIndex());
    });
  },
};
