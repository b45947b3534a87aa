import { defineConfig } from 'vite';
import { deckViteConfig } from './src/vite/config.ts';

// The plugins and settings live in src/vite/config.ts, which the CLI passes to Vite inline.
export default defineConfig(deckViteConfig());
