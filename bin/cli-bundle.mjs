// The CLI as JavaScript: src/cli/main.ts and what it imports from src/, bundled by Rolldown (Vite's
// own bundler) into node_modules/.cache/transcript-deck/cli/, with every package left external.
// Running TypeScript through tsx's loader hooks made every module Node loads (Vite's too) go through
// them: about a second of every command's start. `npm ci` makes the bundle (the `prepare` script);
// bin/transcript-deck.mjs remakes it when a file it was made from has changed since (by size and
// modification time, recorded beside it), so an edit to src/ is never run stale.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const ENTRY = join(REPO, 'src', 'cli', 'main.ts');
const CACHE = join(REPO, 'node_modules', '.cache', 'transcript-deck', 'cli');
const CURRENT = join(CACHE, 'current.json');
// Bumped when the way the bundle is made changes; this file's own size and time are an input too.
const RECIPE = 1;
const SELF = fileURLToPath(import.meta.url);

const stamp = (file) => {
  try {
    const s = statSync(file);
    return [s.size, s.mtimeMs];
  } catch {
    return null;
  }
};

/** The bundle's entry file when it was made from the files as they are now, else undefined. */
export function freshBundle() {
  let current;
  try {
    current = JSON.parse(readFileSync(CURRENT, 'utf8'));
  } catch {
    return undefined;
  }
  if (current.recipe !== RECIPE) return undefined;
  for (const [file, was] of Object.entries(current.inputs)) {
    const now = stamp(file);
    if (!now || now[0] !== was[0] || now[1] !== was[1]) return undefined;
  }
  return join(CACHE, current.dir, 'main.mjs');
}

/**
 * Bundles the CLI into a new folder and points current.json at it; returns its entry file. Several
 * processes may do this at once: each writes its own folder, and the pointer is replaced whole.
 */
export async function makeBundle() {
  const { build } = await import('rolldown');
  const dir = `b-${Date.now()}-${process.pid}`;
  const inputs = { [SELF]: stamp(SELF) };
  await build({
    input: { main: ENTRY },
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
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${CURRENT}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ recipe: RECIPE, dir, inputs }));
  renameSync(tmp, CURRENT);
  prune(dir);
  return join(CACHE, dir, 'main.mjs');
}

/** Older bundles, an hour after they were made (a process started from one may still load its chunks). */
function prune(keep) {
  for (const name of readdirSync(CACHE)) {
    const made = /^b-(\d+)-/.exec(name);
    if (name !== keep && made && Date.now() - Number(made[1]) > 3_600_000) rmSync(join(CACHE, name), { recursive: true, force: true });
  }
}

// `node bin/cli-bundle.mjs` (npm's prepare step): make it now; a failure leaves the CLI on tsx.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  try {
    if (!freshBundle()) await makeBundle();
  } catch (error) {
    process.stderr.write(`transcript-deck: the CLI stays on tsx (could not bundle it: ${error instanceof Error ? error.message : String(error)})\n`);
  }
}
