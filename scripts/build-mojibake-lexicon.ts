/*
 * Writes the scrambled-byte model's data files (src/pipeline/normalize/mojibake-data/*.json) from
 * their sources: jieba's dictionary, dict.txt as the devDependency @node-rs/jieba ships it (MIT),
 * and Unihan's kHanyuPinlu lines (scripts/mojibake-lexicon/unihan-kHanyuPinlu.txt, Unicode
 * License v3). Run `npx tsx scripts/build-mojibake-lexicon.ts` after changing either; a test
 * (scripts/mojibake-lexicon/sources.test.ts) fails while the files and their sources disagree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataFiles } from './mojibake-lexicon/sources.ts';

for (const { path, text } of dataFiles()) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB)`);
}
