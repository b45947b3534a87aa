import type { RevealApi } from 'reveal.js';
import { words } from './deck-config.ts';

/*
 * The presenter's phone as a clicker: the presenter address opened on a phone-sized screen shows,
 * over the deck, big Next and Previous buttons, the titles of the slide shown now and the next one,
 * and the pacing timer (the talk's time so far, and what is left of this slide's `data-timing`).
 * The buttons step this page's own deck, which tells the server (src/client/follow.ts), and the
 * laptop follows.
 */

/** A phone-sized screen: the width below which the deck would otherwise turn into reveal.js's scroll view. */
export function isPhone(): boolean {
  return window.matchMedia('(max-width: 600px)').matches;
}

/** A slide's title as the clicker shows it: its heading, else the start of its quote. */
export function slideTitle(slide: Element | undefined): string {
  if (!slide) return '';
  const text = (slide.querySelector('h1, h2, h3, blockquote') ?? slide).textContent ?? '';
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length > 90 ? `${chars.slice(0, 89).join('')}…` : clean;
}

function clock(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  const s = Math.abs(Math.round(seconds));
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export const Clicker = {
  init(deck: RevealApi): void {
    const panel = document.createElement('div');
    panel.className = 'td-clicker';
    panel.innerHTML = `<div class="td-clicker-slides">
<p class="td-clicker-label"></p><p class="td-clicker-current"></p>
<p class="td-clicker-label td-clicker-label-next"></p><p class="td-clicker-next"></p>
</div>
<button type="button" class="td-clicker-timer"></button>
<div class="td-clicker-buttons"><button type="button" class="td-clicker-prev"></button><button type="button" class="td-clicker-go"></button></div>`;
    document.body.append(panel);
    document.documentElement.classList.add('td-clicker-on');
    const part = <T extends HTMLElement>(selector: string): T => panel.querySelector<T>(selector)!;
    const [nowLabel, nextLabel] = [part('.td-clicker-label'), part('.td-clicker-label-next')];
    nowLabel.textContent = words.current;
    nextLabel.textContent = words.upcoming;
    const prev = part<HTMLButtonElement>('.td-clicker-prev');
    const next = part<HTMLButtonElement>('.td-clicker-go');
    prev.textContent = `◀ ${words.previousSlide}`;
    next.textContent = `${words.nextSlide} ▶`;
    prev.addEventListener('click', () => deck.prev());
    next.addEventListener('click', () => deck.next());
    const timer = part<HTMLButtonElement>('.td-clicker-timer');
    timer.title = words.clickToReset;

    let talkStart = Date.now();
    let slideStart = Date.now();
    timer.addEventListener('click', () => {
      talkStart = Date.now();
      slideStart = Date.now();
      tick();
    });
    const show = (): void => {
      const slides = deck.getSlides();
      const current = deck.getCurrentSlide();
      const at = current ? slides.indexOf(current) : -1;
      part('.td-clicker-current').textContent = slideTitle(current);
      part('.td-clicker-next').textContent = slideTitle(slides[at + 1]) || '—';
      prev.disabled = deck.isFirstSlide() && deck.availableFragments().prev === false;
      next.disabled = deck.isLastSlide() && deck.availableFragments().next === false;
    };
    const tick = (): void => {
      const planned = Number(deck.getCurrentSlide()?.getAttribute('data-timing') ?? 0);
      const onSlide = (Date.now() - slideStart) / 1000;
      const left = planned - onSlide;
      timer.textContent = words.timer.replace('{elapsed}', clock((Date.now() - talkStart) / 1000)).replace('{slide}', clock(left));
      timer.classList.toggle('td-clicker-late', planned > 0 && left < 0);
    };
    deck.on('slidechanged', () => {
      slideStart = Date.now();
      show();
      tick();
    });
    for (const event of ['fragmentshown', 'fragmenthidden']) deck.on(event, show);
    show();
    tick();
    window.setInterval(tick, 1000);
  },
};
