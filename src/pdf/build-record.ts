import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/*
 * What a build was made from, so that `npm run pdf` never prints a deck older than its sources
 * without a word. `build` writes, beside each deck it builds, the files the deck was read from
 * (manifest, transcript, Markdown slides, quotes.yaml, corrections, chapters; also those it looked
 * for and did not find) with a SHA-256 of each; for several decks, the build folder also records
 * which manifests there were. The PDF exporter compares them with the files as they are now and
 * refuses a stale build, naming what changed. A `--single-file` build keeps its one file and no
 * record. Contents, not times: a `git checkout` that touches a
 * file without changing it is not a change, and an edit within the same second is.
 */

export const BUILD_RECORD = 'transcript-deck-build.json';

interface Record {
  /** Absolute path → SHA-256 of its bytes, or null: the deck looked for it and it was not there. */
  files: { [path: string]: string | null };
  /** For a build of several decks: the folder the manifests were found in, and their paths. */
  manifests?: { folder: string; paths: string[] };
}

const digest = (path: string): string | null => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null);

/** Records, in `outDir`, the files a deck was built from (`files`: LoadedDeck.files). */
export function writeBuildRecord(outDir: string, files: readonly string[]): void {
  const record: Record = { files: Object.fromEntries(files.map((path) => [resolve(path), digest(resolve(path))])) };
  writeFileSync(join(outDir, BUILD_RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

/** Records, in a multi-deck build folder, which manifests the source folder held. */
export function writeDecksRecord(outDir: string, folder: string, manifests: readonly string[]): void {
  const record: Record = { files: {}, manifests: { folder, paths: [...manifests] } };
  writeFileSync(join(outDir, BUILD_RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * What changed since the build in `dir` (paths relative to `cwd`, each with what happened to it);
 * empty when nothing did, or when the build has no record (made by `vite build` directly).
 * `listManifests` lists a folder's manifests now (src/io/decks.ts findDecks).
 */
export function changedSources(dir: string, listManifests: (folder: string) => string[], cwd = process.cwd()): string[] {
  const path = join(dir, BUILD_RECORD);
  if (!existsSync(path)) return [];
  const record = JSON.parse(readFileSync(path, 'utf8')) as Record;
  const shown = (file: string): string => {
    const near = relative(cwd, file);
    return near === '' || near.startsWith('..') ? file : near;
  };
  const changes: string[] = [];
  for (const [file, before] of Object.entries(record.files)) {
    const now = digest(file);
    if (now === before) continue;
    changes.push(`${shown(file)} ${before === null ? 'was added' : now === null ? 'was removed' : 'changed'}`);
  }
  if (record.manifests) {
    const now = listManifests(record.manifests.folder);
    for (const file of now) if (!record.manifests.paths.includes(file)) changes.push(`${shown(file)} was added`);
    for (const file of record.manifests.paths) if (!now.includes(file)) changes.push(`${shown(file)} was removed`);
  }
  return changes;
}
