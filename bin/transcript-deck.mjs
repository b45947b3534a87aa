#!/usr/bin/env node
// The CLI is TypeScript; tsx runs it without a separate compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A bug of ours, not the transcript's: one line, no stack, unless asked for.
  process.stderr.write(`transcript-deck: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.TRANSCRIPT_DECK_DEBUG) console.error(error);
  process.exitCode = 70;
}
