/** The decks the peers are compared on: the sample deck (slides/) and the English evaluation deck. */
import { join } from 'node:path';
import { loadDeck } from '../../src/io/load-deck.ts';
import type { Deck } from '../../src/pipeline/types.ts';
import { REPO } from '../lib/process.ts';

export interface BenchDeck {
  /** Short name used in tables and folder names. */
  name: string;
  /** What `transcript-deck build` is given (a deck folder or a bare transcript). */
  target: string;
  deck: Deck;
}

export const DECK_TARGETS: readonly { name: string; target: string }[] = [
  { name: 'sample (zh)', target: join(REPO, 'slides') },
  { name: 'eval en (NiceGUI)', target: join(REPO, 'eval', 'corpus', 'en-webvtt-voice-talkpython-nicegui.vtt') },
];

/** Runs the pipeline on each deck, as `transcript-deck build` does before Vite. */
export function loadBenchDecks(): BenchDeck[] {
  return DECK_TARGETS.map(({ name, target }) => {
    const loaded = loadDeck(target, REPO);
    if (!loaded.output) throw new Error(`${target}: the pipeline gave no deck (${loaded.diagnostics.map((d) => d.message).join('; ')})`);
    return { name, target, deck: loaded.output.deck };
  });
}

export const slug = (name: string): string => name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase();
