// The CLI as JavaScript: src/cli/main.ts and what it imports from src/, bundled by Rolldown (Vite's
// own bundler) into node_modules/.cache/transcript-deck/cli/, with every package left external.
// Running TypeScript through tsx's loader hooks made every module Node loads (Vite's too) go through
// them: about a second of every command's start. `npm ci` makes the bundle (the `prepare` script);
// bin/transcript-deck.mjs remakes it when a file it was made from has changed since (by size and
// modification time, recorded beside it), so an edit to src/ is never run stale.
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleDirName, freshRecord, stamp, writeRecord } from './bundle-record.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const ENTRY = join(REPO, 'src', 'cli', 'main.ts');
// A second entry: the prebuilt browser client's maker, which `prepare` runs from this bundle (bin/client-bundle.mjs).
const CLIENT_ENTRY = join(REPO, 'src', 'vite', 'client-bundle.ts');
const CACHE = join(REPO, 'node_modules', '.cache', 'transcript-deck', 'cli');
const CURRENT = join(CACHE, 'current.json');
// Bumped when the way the bundle is made changes; this file's own size and time are an input too.
const RECIPE = 2;
const SELF = fileURLToPath(import.meta.url);
const RECORD = fileURLToPath(new URL('./bundle-record.mjs', import.meta.url));

/** The bundle's entry file when it was made from the files as they are now, else undefined. */
export function freshBundle() {
  const current = freshRecord(CURRENT, RECIPE);
  return current ? join(CACHE, current.dir, 'main.mjs') : undefined;
}

/**
 * Bundles the CLI into a new folder and points current.json at it; returns its entry file. Several
 * processes may do this at once: each writes its own folder, and the pointer is replaced whole.
 */
export async function makeBundle() {
  const { build } = await import('rolldown');
  const dir = bundleDirName();
  const inputs = { [SELF]: stamp(SELF), [RECORD]: stamp(RECORD) };
  await build({
    input: { main: ENTRY, 'client-bundle': CLIENT_ENTRY },
    platform: 'node',
    // Packages stay packages (node_modules, as Node resolves them); only our own files are bundled.
    external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0'),
    // The CLI's own output stays its own (a test expects --version to print nothing else).
    logLevel: 'silent',
    plugins: [
      {
        name: 'transcript-deck:source-urls',
        transform(code, id) {
          const stamped = stamp(id);
          if (stamped) inputs[id] = stamped;
          // A module finds its data, and createRequire its packages, from where its source is.
          if (!code.includes('import.meta.')) return null;
          const url = pathToFileURL(id).href;
          return code
            .replaceAll('import.meta.url', JSON.stringify(url))
            .replaceAll('import.meta.dirname', JSON.stringify(dirname(id)))
            .replaceAll('import.meta.filename', JSON.stringify(id));
        },
      },
    ],
    output: { dir: join(CACHE, dir), format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', sourcemap: false },
    write: true,
  });
  writeRecord(CURRENT, CACHE, { recipe: RECIPE, dir, inputs });
  return join(CACHE, dir, 'main.mjs');
}

// `node bin/cli-bundle.mjs` (npm's prepare step): make it now; a failure leaves the CLI on tsx.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  try {
    if (!freshBundle()) await makeBundle();
  } catch (error) {
    process.stderr.write(`transcript-deck: the CLI stays on tsx (could not bundle it: ${error instanceof Error ? error.message : String(error)})\n`);
  }
}
