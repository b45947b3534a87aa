import type { RevealApi } from 'reveal.js';

/*
 * reveal.js's speaker view shows the upcoming slide in a frame it sends the deck's state to, once
 * when it connects and again at each step. The handshake waits only for the *current* slide's
 * frame, so on a slow machine the upcoming frame may still be loading when the state is sent: it
 * misses it and shows the current slide again until the presenter steps. Here the upcoming frame
 * says when it is ready, and the deck answers with where it is, through reveal.js's own
 * postMessage API (`setState`, then `next`, as the speaker view does).
 */

const NAMESPACE = 'td-upcoming-slide';
const READY = 'ready';

/** The speaker view's upcoming frame: `?receiver`, and the only one of its frames with `controls=false`. */
const isUpcomingFrame = (query: URLSearchParams): boolean => query.has('receiver') && query.get('controls') === 'false';

/** True when `source` is a frame of the speaker window this deck opened (`parent` and `opener` can be read across origins, as on `file://`). */
function isOurSpeakerFrame(source: MessageEventSource | null): source is Window {
  return source !== null && 'parent' in source && source.parent.opener === window;
}

function readyMessage(data: unknown): boolean {
  if (typeof data !== 'string') return false;
  try {
    const message = JSON.parse(data) as { namespace?: unknown; type?: unknown };
    return message.namespace === NAMESPACE && message.type === READY;
  } catch {
    return false;
  }
}

export const UpcomingSlide = {
  id: 'td-upcoming-slide',
  init(deck: RevealApi): void {
    const query = new URLSearchParams(window.location.search);
    if (isUpcomingFrame(query)) {
      deck.on('ready', () => {
        const deckWindow = window.parent === window ? null : (window.parent.opener as Window | null);
        deckWindow?.postMessage(JSON.stringify({ namespace: NAMESPACE, type: READY }), '*');
      });
      return;
    }
    if (query.has('receiver')) return;
    window.addEventListener('message', (event) => {
      if (!readyMessage(event.data) || !isOurSpeakerFrame(event.source)) return;
      // Where the deck is, without its overview or lightbox (the speaker view leaves those out too).
      const { indexh, indexv, indexf, paused } = deck.getState();
      const state = { indexh, indexv, indexf, paused };
      event.source.postMessage(JSON.stringify({ method: 'setState', args: [state] }), '*');
      event.source.postMessage(JSON.stringify({ method: 'next' }), '*');
    });
  },
};
