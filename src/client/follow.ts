import type { RevealApi } from 'reveal.js';
import { tokenOfPath, type FollowState, type StateMessage } from '../shared/follow.ts';
import { Clicker, isPhone } from './clicker.ts';
import { deckConfig } from './deck-config.ts';
import { followSocket, type FollowSocket } from './follow-socket.ts';
import { readerControls } from './follow-reader.ts';
import './follow.css';

/*
 * Follow along (`transcript-deck present`). The presenter's page (its address carries the token)
 * tells the server each step it takes, slide and fragment; every page, the audience's and the
 * presenter's others (the phone as a clicker, the laptop), goes where the server says. An audience
 * page that the reader moves on their own stops following until they press "Jump to live".
 * A page built without `follow` (every plain build) does nothing here.
 */

/** Fired on window each time a page has gone where the presenter is: the tests and the benchmark time it. */
export const FOLLOWED_EVENT = 'td:followed';

export interface FollowedDetail {
  seq: number;
  state: FollowState;
  /** Date.now() when the slide was shown, when the step arrived, and the server's clock when it sent the step. */
  at: number;
  receivedAt: number;
  sentAt: number;
}

/** Slides laid out ahead and behind: a whole talk of ordinary length (a large deck is chunked by large-deck.ts either way). */
const FOLLOW_VIEW_DISTANCE = 60;

const sameState = (a: FollowState, b: FollowState): boolean => a.indexh === b.indexh && a.indexv === b.indexv && a.indexf === b.indexf;

export const Follow = {
  id: 'td-follow',
  init(deck: RevealApi): void {
    const follow = deckConfig.follow;
    // The speaker view's frames (`?receiver`: the current and the upcoming slide) and the print
    // view are copies of the deck driven by their page: they neither drive nor follow.
    const query = new URLSearchParams(window.location.search);
    if (!follow || query.has('receiver') || query.has('print-pdf')) return;
    const token = follow.role === 'presenter' ? tokenOfPath(window.location.pathname) : undefined;
    const stateOf = (): FollowState => {
      const { indexh, indexv, indexf } = deck.getState();
      return { indexh, indexv: indexv ?? 0, indexf: typeof indexf === 'number' ? indexf : -1 };
    };
    // An audience page opened from the other script's link while its reader was browsing stays where it was.
    let following = !query.has('browsing');
    let live: StateMessage | undefined;
    let applying = false;
    // Every slide laid out once, at load, rather than each the moment the talk reaches it: the step
    // then only moves the slides (reveal.js hides slides farther than `viewDistance` with display: none).
    deck.configure({ viewDistance: FOLLOW_VIEW_DISTANCE, mobileViewDistance: FOLLOW_VIEW_DISTANCE } as Parameters<RevealApi['configure']>[0]);
    const reader = follow.role === 'audience' ? readerControls(deck, follow, { jumpToLive: () => setFollowing(true), isFollowing: () => following }) : undefined;

    const go = (message: StateMessage, receivedAt = Date.now()): void => {
      const { indexh, indexv, indexf } = message.state;
      if (!sameState(stateOf(), message.state)) {
        applying = true;
        try {
          deck.slide(indexh, indexv, indexf);
        } finally {
          applying = false;
        }
      }
      const detail: FollowedDetail = { seq: message.seq, state: message.state, at: Date.now(), receivedAt, sentAt: message.sentAt };
      window.dispatchEvent(new CustomEvent(FOLLOWED_EVENT, { detail }));
    };
    const setFollowing = (value: boolean): void => {
      following = value;
      if (following && live) go(live);
      reader?.update({ following, connected: socket?.connected ?? true });
    };

    let first = true;
    let socket: FollowSocket | undefined;
    const connect = (): FollowSocket =>
      followSocket(follow.socketOrigin, token, {
        state(message) {
          const fresh = first;
          first = false;
          // A presenter page meeting a server that has seen no step yet (it just started, or restarted)
          // tells it where the talk is, rather than going back to the title.
          if (token && fresh && message.seq === 0) {
            socket?.move(stateOf());
            return;
          }
          live = message;
          if (token || following) go(message);
          else reader?.update({ following, connected: true });
        },
        status(connected) {
          if (!connected) first = true;
          reader?.update({ following, connected });
        },
      });

    const moved = (): void => {
      if (applying) return;
      if (token) socket?.move(stateOf());
      else if (following) setFollowing(false);
    };
    // From `ready` on: reveal.js's own first move, to the slide the address names (`#/topic-2`), is
    // not the reader's, and the page goes nowhere before the deck is ready.
    deck.on('ready', () => {
      for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, moved);
      socket = connect();
      if (token && isPhone()) Clicker.init(deck);
    });
    reader?.update({ following, connected: true });
  },
};
