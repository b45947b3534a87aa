import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/browser.ts';
import { builtDist } from './e2e/built-dist.ts';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PREVIEW_PORT = Number(process.env['E2E_PORT'] ?? 4173);
// E2E_DIST keeps their builds apart when they share one working tree (e2e/built-dist.ts reads it).
const DIST = builtDist();

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: launchOptions(),
    trace: 'off',
  },
  // The built deck, built as a presenter builds it (`transcript-deck build`, with the prebuilt
  // client) and served as a static host would serve it.
  webServer: {
    command: `node bin/transcript-deck.mjs build slides --out ${DIST} && npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
    url: `http://127.0.0.1:${PREVIEW_PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
