import type { RevealApi } from 'reveal.js';
import { words } from './deck-config.ts';

/*
 * reveal.js's `?` overlay, in the deck's language and true to this deck. reveal.js builds the table
 * from its keyboard's shortcuts (set, in English, each time it is configured) and from the key
 * bindings plugins add with a description (S: speaker view, N: our notes panel). We keep its
 * overlay and put our own entries in its shortcuts: its defaults name N as "Next slide", which here
 * opens the notes panel, and they leave out what this deck adds (search, Page Up/Down, Home/End).
 */

interface RevealKeyboard {
  configure(...args: unknown[]): void;
  getShortcuts(): Record<string, string>;
  getBindings(): Record<string, { key: string | null; description: string | null }>;
}

const SPEAKER_VIEW_KEY = 83;

/** Every key the deck answers, as the help lists it (the keys are HTML, as reveal.js inserts them). */
export function deckShortcuts(): Array<[string, string]> {
  return [
    ['&#8594; , &#8595; , Space , Page Down , L , J', words.nextSlide],
    ['&#8592; , &#8593; , Shift Space , Page Up , P , H , K', words.previousSlide],
    ['Alt + &#8592; / &#8594;', words.withoutFragments],
    ['Home , End , Shift + &#8592; / &#8594;', words.firstLastSlide],
    ['G', words.jumpToSlide],
    ['B , . , V', words.blackout],
    ['F', words.fullscreen],
    ['Esc , O', words.overview],
    ['Ctrl / &#8984; + Shift + F', words.search],
    ['?', words.help],
  ];
}

export const Help = {
  id: 'td-help',
  init(deck: RevealApi): void {
    const keyboard = (deck as unknown as { keyboard: RevealKeyboard }).keyboard;
    const localize = (): void => {
      const shortcuts = keyboard.getShortcuts();
      for (const key of Object.keys(shortcuts)) delete shortcuts[key];
      for (const [key, action] of deckShortcuts()) shortcuts[key] = escapeText(action);
      const speakerView = keyboard.getBindings()[SPEAKER_VIEW_KEY];
      if (speakerView?.description) speakerView.description = escapeText(words.speakerView);
    };
    // reveal.js writes its English defaults back on every configure().
    const configure = keyboard.configure.bind(keyboard);
    keyboard.configure = (...args: unknown[]) => {
      configure(...args);
      localize();
    };
    localize();
    deck.on('ready', localize);
    // The overlay's title and column heads are written by reveal.js in English.
    deck.on('showhelp', () => {
      const overlay = document.querySelector('.r-overlay-help');
      if (!overlay) return;
      const title = overlay.querySelector('.title');
      if (title) title.textContent = words.helpTitle;
      const heads = overlay.querySelectorAll('th');
      if (heads[0]) heads[0].textContent = words.helpKey;
      if (heads[1]) heads[1].textContent = words.helpAction;
    });
  },
};

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
