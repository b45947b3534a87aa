import { defineConfig } from 'vite';
import { transcriptDeck } from './src/vite/plugin.ts';
import { deckFonts } from './src/vite/fonts/plugin.ts';
import { singleFileDeck } from './src/vite/single-file.ts';
import { deckCsp } from './src/vite/csp.ts';

export default defineConfig({
  // Relative asset URLs: the built deck works from any folder of any static host.
  base: './',
  // deckFonts: the CJK fonts, cut to the deck's characters; singleFileDeck: dist/deck.html, for file://;
  // deckCsp: a strict Content-Security-Policy in every page the build writes (after inlining).
  plugins: [transcriptDeck(), deckFonts(), singleFileDeck(), deckCsp()],
  // Vite's report of gzip sizes compresses every page again, deck.html (640 KB) too, on every build;
  // a presenter has no use for it (`npm run bench` measures what is shipped), so the build skips it.
  build: { target: 'es2022', reportCompressedSize: false },
  server: { port: 5173 },
  preview: { port: 4173 },
});
