import { CONFIG_ELEMENT_ID, type ClientConfig } from '../shared/page-config.ts';
import type { ControlWords } from '../pipeline/compose/deck-words.ts';

/*
 * What the build wrote into the page for this deck (src/vite/page.ts): its pacing, theme and the
 * words of its controls in its language. Read once; every part of the browser entry shares it, so
 * the entry itself carries no table of words.
 */

const element = document.getElementById(CONFIG_ELEMENT_ID);

export const deckConfig = JSON.parse(element?.textContent ?? '{}') as Partial<ClientConfig>;

/** The controls' words; a page built without them (an older build) shows its keys unlabelled. */
export const words: ControlWords = deckConfig.words ?? new Proxy({} as ControlWords, { get: (_, key) => (key === 'layouts' ? {} : '') });
