import type { RevealApi } from 'reveal.js';
import './clips.css';
import { deckConfig } from './deck-config.ts';

/*
 * Quote clips: each quote slide's Play button (render/clip-control.ts) plays its stretch of the
 * recording, from one media element of our own outside the slides, so reveal.js's autoplay and its
 * reset of media on a slide change never touch it. Seeking waits for the metadata, and the clip is
 * stopped by script at its end (not by a `#t=` media fragment, which Safari and Firefox treat
 * differently): a short lead-in before the quote, faded in, and a fade out to its end. Stepping the
 * deck stops a clip. Space and the arrows keep stepping the deck with the button focused; Enter
 * or a click plays and stops.
 */

/** Seconds played before the quote starts (clamped at the recording's start), faded in. */
export const LEAD_IN = 0.25;
/** Seconds of fade out before the quote's end. */
const FADE_OUT = 0.25;
/** How often the clip's volume and end are checked, in ms: a clip stops at most this late. */
const TICK = 15;

export const Clips = {
  id: 'td-clips',
  init(deck: RevealApi): void {
    const media = deckConfig.media;
    if (!media) return;
    const element = document.createElement('audio');
    element.className = 'td-clip-media';
    element.preload = 'metadata';
    element.src = media.src;
    document.body.append(element);

    let playing: { button: HTMLButtonElement; timer: number } | undefined;

    const label = (button: HTMLButtonElement, on: boolean): void => {
      button.classList.toggle('td-clip-playing', on);
      const text = button.querySelector('.td-clip-label');
      if (text) text.textContent = (on ? button.dataset['labelStop'] : button.dataset['labelPlay']) ?? '';
    };
    const stop = (): void => {
      if (!playing) return;
      window.clearInterval(playing.timer);
      label(playing.button, false);
      playing = undefined;
      element.pause();
    };
    const metadata = (): Promise<void> =>
      element.readyState >= HTMLMediaElement.HAVE_METADATA ? Promise.resolve() : new Promise((done) => element.addEventListener('loadedmetadata', () => done(), { once: true }));
    const seek = (to: number): Promise<void> =>
      new Promise((done) => {
        element.addEventListener('seeked', () => done(), { once: true });
        element.currentTime = to;
      });

    const play = async (button: HTMLButtonElement): Promise<void> => {
      stop();
      const start = Number(button.dataset['clipStart']);
      const end = Number(button.dataset['clipEnd']);
      if (!(end > start)) return;
      const from = Math.max(0, start - LEAD_IN);
      const mine = { button, timer: 0 };
      playing = mine;
      label(button, true);
      await metadata();
      await seek(from);
      if (playing !== mine) return;
      element.volume = from < start ? 0 : 1;
      mine.timer = window.setInterval(() => {
        const at = element.currentTime;
        if (at >= end || element.ended) {
          stop();
          return;
        }
        const fadeIn = from < start ? Math.min(1, (at - from) / (start - from)) : 1;
        const fadeOut = Math.min(1, (end - at) / FADE_OUT);
        element.volume = Math.max(0, Math.min(fadeIn, fadeOut));
      }, TICK);
      try {
        await element.play();
      } catch {
        if (playing === mine) stop();
      }
    };

    document.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest?.('button.td-clip-play');
      if (!(button instanceof HTMLButtonElement)) return;
      if (playing?.button === button) stop();
      else void play(button);
    });
    // Space on a focused button would press it: here it steps the deck, as everywhere else.
    document.addEventListener('keyup', (event) => {
      if (event.key === ' ' && (event.target as Element | null)?.closest?.('button.td-clip-play')) event.preventDefault();
    });
    deck.on('slidechanged', stop);
    deck.on('overviewshown', stop);
    window.addEventListener('td:slides-replaced', stop);
  },
};
