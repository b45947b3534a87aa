import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFiles } from './sources.ts';

describe('the scrambled-byte model’s data files', () => {
  it.each(dataFiles().map(({ path, text }) => [path.replace(/^.*\/src\//, 'src/'), path, text]))('%s is what scripts/build-mojibake-lexicon.ts makes from its sources', (_, path, text) => {
    // A mismatch means the sources changed: run `npx tsx scripts/build-mojibake-lexicon.ts`.
    expect(readFileSync(path, 'utf8') === text).toBe(true);
  });
});
