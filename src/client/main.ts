import Reveal, { type RevealConfig } from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme.css';
import { UPDATE_EVENT, type DeckUpdate } from '../shared/deck-update.ts';
import { deckConfig } from './deck-config.ts';
import { textDirection } from '../shared/direction.ts';
import { FitText } from './fit-text.ts';
import { Follow } from './follow.ts';
import { Help } from './help.ts';
import { LargeDeck, isLargeDeck, largeDeckActive, prepareLargeDeck, slideNumber } from './large-deck.ts';
import { NotesPanel } from './notes-panel.ts';
import type { DeckRevealConfig } from './reveal-config.ts';
import { Search } from './search.ts';
import { Clips } from './clips.ts';
import { UpcomingSlide } from './upcoming-slide.ts';
import { printSettings } from './print.ts';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
// A deck of thousands of slides: light far slides, grouped in chunks (src/client/large-deck.ts).
const slidesElement = document.querySelector('.reveal .slides');
const large = isLargeDeck(slidesElement, /print-pdf/i.test(window.location.search));
if (large && slidesElement) prepareLargeDeck(slidesElement);

const config: DeckRevealConfig = {
  // Slide ids are stable (`topic-2-quote-3`): a reload or a shared link lands on the same slide.
  hash: true,
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  progress: true,
  controls: true,
  center: true,
  width: 1280,
  height: 720,
  margin: 0.04,
  transition: reducedMotion ? 'none' : 'slide',
  backgroundTransition: reducedMotion ? 'none' : 'fade',
  // Phones get reveal.js's scroll view: slides one under the other, readable without zooming;
  // not when following a presenter (`transcript-deck present`), where the phone shows one slide at a time.
  scrollActivationWidth: deckConfig.follow ? 0 : 600,
  jumpToSlide: true,
  // Large decks are chunked into vertical stacks; every key still steps slide by slide.
  ...(large ? { navigationMode: 'linear' as const, slideNumber } : {}),
  help: true,
  // Arabic, Hebrew…: slides advance from the left and ← steps forward, as the text runs; clickers' Page Down is next either way.
  rtl: textDirection(deckConfig.lang ?? 'en') === 'rtl',
  ...(deckConfig.totalTime ? { totalTime: deckConfig.totalTime } : {}),
  // `?print-pdf`: reveal.js's print view, as `npm run pdf` asks for it (src/client/print.ts).
  ...printSettings(),
  // Follow early: its handler tells the server of a step before the others lay the new slide out.
  // Help last: it relabels the key bindings the plugins before it add (S, N).
  plugins: [RevealNotes, UpcomingSlide, Follow, LargeDeck, FitText, NotesPanel, Search, Clips, Help],
};

const deck = new Reveal(config as RevealConfig);
// DeckTape, tests and the console look for a global Reveal.
(window as unknown as { Reveal: typeof deck }).Reveal = deck;
await deck.initialize();
performance.mark('td-ready');

if (import.meta.hot) {
  import.meta.hot.on(UPDATE_EVENT, (update: DeckUpdate) => {
    const current = deck.getCurrentSlide()?.id;
    const before = deck.getIndices();
    const container = document.querySelector('.reveal .slides');
    if (!container) return;
    container.innerHTML = update.slides;
    if (largeDeckActive()) prepareLargeDeck(container, current);
    document.title = update.title;
    document.documentElement.lang = update.lang;
    const rtl = textDirection(update.lang) === 'rtl';
    document.documentElement.dir = rtl ? 'rtl' : '';
    if (rtl !== Boolean(deck.getConfig().rtl)) deck.configure({ rtl });
    document.documentElement.dataset['theme'] = update.config.theme;
    deck.sync();
    window.dispatchEvent(new Event('td:slides-replaced'));
    // Stay on the slide the presenter was on; if it is gone, stay at the same place.
    const target = current ? document.getElementById(current) : null;
    const at = target ? deck.getIndices(target) : before;
    deck.slide(at.h, at.v);
    document.querySelectorAll('vite-error-overlay').forEach((overlay) => (overlay as HTMLElement & { close(): void }).close());
  });
}
