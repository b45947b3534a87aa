import type { UserConfig } from 'vite';
import { deckCsp } from './csp.ts';
import { deckFonts, type DeckFontsOptions } from './fonts/plugin.ts';
import { transcriptDeck } from './plugin.ts';
import { singleFileDeck } from './single-file.ts';

export interface DeckConfigOptions {
  /** The deck to build (see {@link transcriptDeck}); by default `TRANSCRIPT_DECK` or `slides`. */
  deck?: string;
  fonts?: DeckFontsOptions;
}

/**
 * The project's Vite config, in one place: `vite.config.ts` (the dev server, `vite build`) exports
 * it, and the CLI passes it to Vite inline, so a `transcript-deck build` does not bundle
 * vite.config.ts (and the pipeline it imports) before each build.
 */
export function deckViteConfig(options: DeckConfigOptions = {}): UserConfig {
  return {
    // Relative asset URLs: the built deck works from any folder of any static host.
    base: './',
    // deckFonts: the CJK fonts, cut to the deck's characters; singleFileDeck: dist/deck.html, for file://;
    // deckCsp: a strict Content-Security-Policy in every page the build writes (after inlining).
    plugins: [
      transcriptDeck(options.deck !== undefined ? { deck: options.deck } : {}),
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
