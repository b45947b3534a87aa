// `node bin/client-bundle.mjs` (npm's prepare step, after bin/cli-bundle.mjs): makes the prebuilt
// browser client (src/vite/client-bundle.ts), so the first `transcript-deck build` does not bundle
// it. It runs from the CLI's bundle, which holds the client's maker as a second entry; a failure
// only means the first build makes it.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freshBundle, makeBundle } from './cli-bundle.mjs';

try {
  const cli = freshBundle() ?? (await makeBundle());
  const { clientBundle } = await import(pathToFileURL(join(dirname(cli), 'client-bundle.mjs')).href);
  await clientBundle();
} catch (error) {
  process.stderr.write(`transcript-deck: the browser client is bundled by the first build instead (could not prebuild it: ${error instanceof Error ? error.message : String(error)})\n`);
}
