import { defineConfig } from 'vite';
import { transcriptDeck } from './src/vite/plugin.ts';

export default defineConfig({
  // Relative asset URLs: the built deck works from any folder of any static host.
  base: './',
  plugins: [transcriptDeck()],
  build: { target: 'es2022' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
