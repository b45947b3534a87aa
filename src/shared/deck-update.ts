import type { ClientConfig } from './page-config.ts';

/** Custom HMR event: the deck was rebuilt after a change to a file it is built from. */
export const UPDATE_EVENT = 'transcript-deck:update';

export interface DeckUpdate {
  slides: string;
  config: ClientConfig;
  title: string;
  lang: string;
}

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    'transcript-deck:update': DeckUpdate;
  }
}
