// The record both prebuilt bundles keep beside themselves (the CLI's, bin/cli-bundle.mjs, and the
// browser client's, src/vite/client-bundle.ts): the size and modification time of every file a
// bundle was made from, in a pointer file naming the bundle's folder. A bundle is fresh while every
// one of those files is as recorded, so an edit is never run stale.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file's [size, mtimeMs], or null when it does not exist (an absent file recorded as such must stay absent). */
export function stamp(file) {
  try {
    const s = statSync(file);
    return [s.size, s.mtimeMs];
  } catch {
    return null;
  }
}

/** The pointer file's record when it was made by `recipe` from the files as they are now, else undefined. */
export function freshRecord(pointer, recipe) {
  let current;
  try {
    current = JSON.parse(readFileSync(pointer, 'utf8'));
  } catch {
    return undefined;
  }
  if (current.recipe !== recipe) return undefined;
  for (const [file, was] of Object.entries(current.inputs)) {
    const now = stamp(file);
    if (now === null ? was !== null : was === null || now[0] !== was[0] || now[1] !== was[1]) return undefined;
  }
  return current;
}

/** A new bundle folder's name: several processes may make one at once, each its own. */
export const bundleDirName = () => `b-${Date.now()}-${process.pid}`;

/** Points `pointer` at `record` (replaced whole), then removes the folders beside it older than an hour. */
export function writeRecord(pointer, cache, record) {
  mkdirSync(cache, { recursive: true });
  const tmp = `${pointer}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, pointer);
  // A process started from an older bundle may still load its files: kept for an hour.
  for (const name of readdirSync(cache)) {
    const made = /^b-(\d+)-/.exec(name);
    if (name !== record.dir && made && Date.now() - Number(made[1]) > 3_600_000) rmSync(join(cache, name), { recursive: true, force: true });
  }
}
