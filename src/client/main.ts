import Reveal, { type RevealConfig } from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme.css';
import { CONFIG_ELEMENT_ID, type ClientConfig } from '../vite/page.ts';
import { UPDATE_EVENT, type DeckUpdate } from '../vite/events.ts';
import type { DeckRevealConfig } from './reveal-config.ts';

const configElement = document.getElementById(CONFIG_ELEMENT_ID);
const deckConfig = JSON.parse(configElement?.textContent ?? '{}') as Partial<ClientConfig>;

const config: DeckRevealConfig = {
  hash: true,
  // Slide ids are stable (`topic-2-quote-3`): deep links survive a rebuild.
  slideNumber: 'c/t',
  progress: true,
  controls: true,
  center: true,
  width: 1280,
  height: 720,
  margin: 0.06,
  transition: 'slide',
  ...(deckConfig.totalTime ? { totalTime: deckConfig.totalTime } : {}),
  plugins: [RevealNotes],
};

const deck = new Reveal(config as RevealConfig);
await deck.initialize();
// DeckTape and other tools look for a global Reveal.
(window as unknown as { Reveal: typeof deck }).Reveal = deck;

if (import.meta.hot) {
  import.meta.hot.on(UPDATE_EVENT, (update: DeckUpdate) => {
    const current = deck.getCurrentSlide()?.id;
    const container = document.querySelector('.reveal .slides');
    if (!container) return;
    container.innerHTML = update.slides;
    document.title = update.title;
    document.documentElement.lang = update.lang;
    deck.sync();
    const target = current ? document.getElementById(current) : null;
    // Stay on the slide the presenter was on; if it is gone, stay at the same index.
    if (target) deck.slide(deck.getIndices(target).h, deck.getIndices(target).v);
    document.querySelectorAll('vite-error-overlay').forEach((overlay) => (overlay as HTMLElement & { close(): void }).close());
  });
}
