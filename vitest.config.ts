import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'eval/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A guard against a hang, not a measure of speed (that is `npm run bench`): on a loaded 2-core
    // machine, with another `npm test` beside it, a test that loads a model or runs 400 random
    // cases took more than vitest's 5 s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
