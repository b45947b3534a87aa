import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decode } from '../decode/decode.ts';
import { normalize } from '../normalize/index.ts';
import type { CleanText } from '../types.ts';

/** The repository's root, for tests that read the shipped sample deck. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const SEED_PATH = 'slides/agi-next-yao-shunyu.txt';

export function readSeed(): Uint8Array {
  return new Uint8Array(readFileSync(new URL(SEED_PATH, `file://${repoRoot}`)));
}

/** Decodes and normalises a string as if it were a file, for small fixtures. */
export function cleanFromString(text: string, path = 'fixture.txt'): CleanText {
  const source = decode({ path, bytes: new TextEncoder().encode(text) }).value;
  return normalize(source).value;
}
