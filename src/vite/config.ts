import type { UserConfig } from 'vite';
import type { LoadedDeck } from '../io/load-deck.ts';
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
    // Relative asset URLs: the built deck works from any folder of any static host.
    base: './',
    // deckFonts: the CJK fonts, cut to the deck's characters; singleFileDeck: dist/deck.html, for file://;
    // deckCsp: a strict Content-Security-Policy in every page the build writes (after inlining).
    plugins: [
      transcriptDeck({ ...(options.deck !== undefined ? { deck: options.deck } : {}), ...(options.loaded ? { reuse: options.loaded } : {}) }),
      deckFonts(options.fonts),
      singleFileDeck(),
      deckCsp(),
    ],
    // Vite's report of gzip sizes compresses every page again, deck.html (640 KB) too, on every build;
    // a presenter has no use for it (`npm run bench` measures what is shipped), so the build skips it.
    build: { target: 'es2022', reportCompressedSize: false },
    server: { port: 5173 },
    preview: { port: 4173 },
  };
}
