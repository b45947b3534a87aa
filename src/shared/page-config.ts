/* What the built page hands the browser entry: shared by the Vite plugin that writes it and the client that reads it. */

import type { ControlWords } from '../pipeline/compose/deck-words.ts';
import type { FollowConfig } from './follow.ts';

/** The id of the page's JSON data block holding the {@link ClientConfig}. */
export const CONFIG_ELEMENT_ID = 'transcript-deck-config';

/** What the browser entry needs to start reveal.js for this deck. */
export interface ClientConfig {
  /** Seconds the talk should take (reveal.js `totalTime`). */
  totalTime: number;
  lang: string;
  title: string;
  theme: 'light' | 'dark';
  /** The words of the help, notes panel, search and speaker view, in the deck's language only. */
  words: ControlWords;
  /** The recording the quote slides play (a file beside the page), for a deck with one. */
  media?: { src: string; type: string };
  /** Only in the copies `transcript-deck present` builds: this page's part in following the presenter. */
  follow?: FollowConfig;
}
