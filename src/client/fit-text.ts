import type { RevealApi } from 'reveal.js';

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

export function fitAll(deck: RevealApi): void {
  const { width, height } = deck.getConfig() as { width: number; height: number };
  const slides = document.querySelectorAll<HTMLElement>('.reveal .slides section:not(.stack)');
  slides.forEach((section) => fitSlide(section, Number(width), Number(height)));
  deck.layout();
}

/** A reveal.js plugin: fit on ready, after web fonts arrive, and after the slides are swapped. */
export const FitText = {
  id: 'td-fit-text',
  init(deck: RevealApi): void {
    const run = (): void => fitAll(deck);
    deck.on('ready', run);
    void document.fonts?.ready.then(run);
    window.addEventListener('td:slides-replaced', run);
    window.addEventListener('beforeprint', run);
  },
};
