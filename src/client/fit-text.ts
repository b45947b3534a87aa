import type { RevealApi } from 'reveal.js';
import { isLight } from './large-deck.ts';

/**
 * Shrinks what does not fit. reveal.js's `r-fit-text` fits one line only; a quote is several lines.
 * For each slide, the `.td-fit` elements are scaled down together (binary search on one factor)
 * until the slide's content fits the slide box in both directions, never below `MIN_SCALE`.
 */
const MIN_SCALE = 0.45;
const STEPS = 8;

export function fitSlide(section: HTMLElement, width: number, height: number): number {
  const targets = [...section.querySelectorAll<HTMLElement>('.td-fit')];
  if (targets.length === 0) return 1;
  const hidden = section.style.display === 'none';
  if (hidden) section.style.display = 'block';
  for (const el of targets) el.style.fontSize = '';
  const base = targets.map((el) => parseFloat(getComputedStyle(el).fontSize));
  const fits = (): boolean => section.scrollHeight <= height && section.scrollWidth <= width;
  const apply = (scale: number): void => targets.forEach((el, i) => (el.style.fontSize = `${(base[i]! * scale).toFixed(2)}px`));

  let best = 1;
  if (!fits()) {
    let low = MIN_SCALE;
    let high = 1;
    for (let i = 0; i < STEPS; i++) {
      const mid = (low + high) / 2;
      apply(mid);
      if (fits()) low = mid;
      else high = mid;
    }
    best = low;
    apply(best);
  }
  section.dataset['fitScale'] = best.toFixed(3);
  if (hidden) section.style.display = 'none';
  return best;
}

const allSlides = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.reveal .slides section:not(.stack)')];

export function fitAll(deck: RevealApi): void {
  const { width, height } = deck.getConfig() as { width: number; height: number };
  // A light slide of a large deck has no content to fit until it comes back (large-deck.ts).
  for (const section of allSlides()) if (!isLight(section)) fitSlide(section, Number(width), Number(height));
  deck.layout();
}

/**
 * A reveal.js plugin. The slide on screen and its neighbours are fitted at once (before the first
 * paint); the others while the browser is idle, and any slide not yet fitted the moment it is
 * shown, so a large deck opens as fast as a small one. Print, overview and swapped slides fit all.
 */
export const FitText = {
  id: 'td-fit-text',
  init(deck: RevealApi): void {
    const fitted = new WeakSet<HTMLElement>();
    const size = (): { width: number; height: number } => {
      const { width, height } = deck.getConfig() as { width: number; height: number };
      return { width: Number(width), height: Number(height) };
    };
    const fit = (section: HTMLElement | undefined): void => {
      if (!section || fitted.has(section) || isLight(section)) return;
      const { width, height } = size();
      fitSlide(section, width, height);
      fitted.add(section);
    };
    const fitNear = (): void => {
      const current = deck.getCurrentSlide() as HTMLElement | undefined;
      const slides = allSlides();
      const index = current ? slides.indexOf(current) : 0;
      for (const section of slides.slice(Math.max(0, index - 1), index + 2)) fit(section);
    };
    const fitRestWhenIdle = (): void => {
      const pending = allSlides().filter((s) => !fitted.has(s) && !isLight(s));
      const idle = window.requestIdleCallback ?? ((callback: IdleRequestCallback) => window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 8 } as IdleDeadline), 16));
      const step = (deadline: IdleDeadline): void => {
        while (pending.length > 0 && deadline.timeRemaining() > 2) fit(pending.shift());
        if (pending.length > 0) idle(step);
      };
      if (pending.length > 0) idle(step);
    };
    const refitAll = (): void => {
      for (const section of allSlides()) fitted.delete(section);
      fitAll(deck);
      for (const section of allSlides()) if (!isLight(section)) fitted.add(section);
    };

    // reveal.js 6 has `isPrintView()`; its types still call it `isPrintingPDF`.
    const printing = (): boolean => (deck as RevealApi & { isPrintView(): boolean }).isPrintView();
    deck.on('ready', () => {
      // The print view fits every slide once, when its pages are final and its fonts are in
      // (print.ts): a fit before that would be measured in boxes that are about to change.
      if (printing()) return;
      // Fonts still on their way (font-display: block hides the text meanwhile): any measure now
      // would be of the fallback face, and the fit below, once they are in, replaces it.
      if (document.fonts?.status === 'loading') return;
      fitNear();
      deck.layout();
      fitRestWhenIdle();
    });
    deck.on('slidechanged', fitNear);
    deck.on('overviewshown', refitAll);
    // Web fonts change every measure: fit again each time some have arrived. (Not on
    // `document.fonts.ready`, which is already settled when the fonts came before the script, and
    // would fit the first slides twice before the deck is ready.)
    document.fonts?.addEventListener('loadingdone', () => {
      if (printing()) return;
      for (const section of allSlides()) fitted.delete(section);
      fitNear();
      deck.layout();
      fitRestWhenIdle();
    });
    window.addEventListener('td:slides-replaced', () => {
      fitNear();
      deck.layout();
      fitRestWhenIdle();
    });
    window.addEventListener('beforeprint', refitAll);
  },
};
