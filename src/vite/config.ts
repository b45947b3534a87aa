import type { UserConfig } from 'vite';
import type { LoadedDeck } from '../io/load-deck.ts';
import { CLIENT_BUILD } from './client-build.ts';
import { deckCsp } from './csp.ts';
import { deckFonts, type DeckFontsOptions } from './fonts/plugin.ts';
import { transcriptDeck, type TranscriptDeckOptions } from './plugin.ts';
import { singleFileDeck } from './single-file.ts';

export interface DeckConfigOptions {
  /** The deck to build (see {@link transcriptDeck}); by default `TRANSCRIPT_DECK` or `slides`. */
  deck?: string;
  /** The deck as the CLI already loaded it (see {@link TranscriptDeckOptions.reuse}). */
  loaded?: { deck: LoadedDeck; cwd: string };
  fonts?: DeckFontsOptions;
}

/**
 * The project's Vite config, in one place: `vite.config.ts` (the dev server, `vite build`) exports
 * it, and the CLI passes it to Vite inline, so a `transcript-deck build` neither bundles
 * vite.config.ts nor runs the pipeline a second time in that bundle's own copy of it.
 */
export function deckViteConfig(options: DeckConfigOptions = {}): UserConfig {
  return {
    base: CLIENT_BUILD.base,
    // deckFonts: the CJK fonts, cut to the deck's characters; singleFileDeck: dist/deck.html, for file://;
    // deckCsp: a strict Content-Security-Policy in every page the build writes (after inlining).
    plugins: [
      transcriptDeck({ ...(options.deck !== undefined ? { deck: options.deck } : {}), ...(options.loaded ? { reuse: options.loaded } : {}) }),
      deckFonts(options.fonts),
      singleFileDeck(),
      deckCsp(),
    ],
    build: { ...CLIENT_BUILD.build },
    server: { port: 5173 },
    preview: { port: 4173 },
  };
}
