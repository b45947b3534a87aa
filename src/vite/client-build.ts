/**
 * The settings the browser client is bundled with, in the deck's Vite build (src/vite/config.ts)
 * and in the prebuilt client (src/vite/client-bundle.ts) alike, so the two make the same files.
 */
export const CLIENT_BUILD = {
  // Relative asset URLs: the built deck works from any folder of any static host.
  base: './',
  // Vite's report of gzip sizes compresses every page again, deck.html (640 KB) too, on every build;
  // a presenter has no use for it (`npm run bench` measures what is shipped), so the build skips it.
  build: { target: 'es2022', reportCompressedSize: false },
} as const;
