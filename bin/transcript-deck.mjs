#!/usr/bin/env node
// The CLI is TypeScript. It runs from a JavaScript bundle of it (bin/cli-bundle.mjs: made at
// install, remade here when a source file changed since), so Node loads no TypeScript hooks; tsx
// runs the sources themselves only if the bundle cannot be made.
import { pathToFileURL } from 'node:url';
import { freshBundle, makeBundle } from './cli-bundle.mjs';

async function cliEntry() {
  const fresh = freshBundle();
  if (fresh) return fresh;
  try {
    return await makeBundle();
  } catch (error) {
    process.stderr.write(`transcript-deck: running the TypeScript sources through tsx (could not bundle them: ${error instanceof Error ? error.message : String(error)})\n`);
    return undefined;
  }
}

const entry = await cliEntry();
let runCli;
if (entry) ({ runCli } = await import(pathToFileURL(entry).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../src/cli/main.ts'));
}
process.exitCode = await runCli(process.argv.slice(2));
