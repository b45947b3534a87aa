import type { RevealApi } from 'reveal.js';
import { clock } from '../shared/clock.ts';
import { words } from './deck-config.ts';
import { translateSpeakerView } from './speaker-view-words.ts';

/*
 * When the browser blocks the speaker-view popup, reveal.js's notes plugin throws before it can
 * say anything and the presenter sees nothing. We notice the blocked popup, say so, and show the
 * notes in a panel in this window instead (also toggled with `N`).
 */

const SPEAKER_WINDOW_NAME = 'reveal.js - Notes';

export const NotesPanel = {
  id: 'td-notes-panel',
  init(deck: RevealApi): void {
    const panel = document.createElement('aside');
    panel.className = 'td-notes-panel';
    panel.hidden = true;
    panel.setAttribute('aria-label', words.notesLabel);
    panel.innerHTML = '<p class="td-notes-panel-message" role="status"></p><div class="td-notes-panel-timer"></div><div class="td-notes-panel-body"></div>';
    document.body.append(panel);
    const message = panel.querySelector<HTMLElement>('.td-notes-panel-message')!;
    const body = panel.querySelector<HTMLElement>('.td-notes-panel-body')!;
    const timer = panel.querySelector<HTMLElement>('.td-notes-panel-timer')!;
    const startedAt = Date.now();

    const update = (): void => {
      if (panel.hidden) return;
      const slide = deck.getCurrentSlide();
      const notes = slide?.querySelector('aside.notes');
      // The notes are our own escaped HTML (render.ts); clone them rather than re-parse text.
      body.replaceChildren(...(notes ? [...notes.cloneNode(true).childNodes] : []));
      const seconds = Math.round((Date.now() - startedAt) / 1000);
      const planned = Number(slide?.getAttribute('data-timing') ?? 0);
      timer.textContent = words.timer.replace('{elapsed}', clock(seconds)).replace('{slide}', clock(planned));
    };
    const show = (text: string): void => {
      panel.hidden = false;
      message.textContent = text;
      message.hidden = text === '';
      update();
    };

    let blockedAt = 0;
    const open = window.open.bind(window);
    window.open = (url?: string | URL, target?: string, features?: string) => {
      const opened = open(url, target, features);
      if (!opened && target === SPEAKER_WINDOW_NAME) {
        blockedAt = Date.now();
        show(words.popupBlocked);
      }
      // The notes plugin writes the speaker view into the window right after this returns.
      if (opened && target === SPEAKER_WINDOW_NAME) setTimeout(() => translateSpeakerView(opened, words), 0);
      return opened;
    };
    // The notes plugin goes on to use the window it did not get; that error is the one we just explained.
    window.addEventListener('error', (event) => {
      if (Date.now() - blockedAt < 1000 && event.error instanceof TypeError) event.preventDefault();
    });

    deck.on('slidechanged', update);
    setInterval(update, 1000);
    deck.addKeyBinding({ keyCode: 78, key: 'N', description: words.notesPanel }, () => {
      if (panel.hidden) show('');
      else panel.hidden = true;
    });
  },
};
