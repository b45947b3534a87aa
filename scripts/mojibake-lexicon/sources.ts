import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DATA_FILES } from '../../src/pipeline/normalize/mojibake-data.ts';
import { characterCounts, dataFileText, dictionaryWords, readingCounts, wordPairCounts } from './statistics.ts';

/** The data files' paths and the text each should have, computed from the sources as installed. */
export function dataFiles(): Array<{ path: string; text: string }> {
  const require = createRequire(import.meta.url);
  const jiebaVersion = (require('@node-rs/jieba/package.json') as { version: string }).version;
  const words = dictionaryWords(readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'));
  const jieba = `jieba's dictionary (dict.txt of @node-rs/jieba ${jiebaVersion}, MIT), by scripts/build-mojibake-lexicon.ts`;
  const unihan = readFileSync(new URL('./unihan-kHanyuPinlu.txt', import.meta.url), 'utf8');
  const pinlu = 'Unihan kHanyuPinlu (Unicode 17.0.0, Unicode License v3), by scripts/build-mojibake-lexicon.ts';
  const at = (file: string): string => new URL(`../../src/pipeline/normalize/mojibake-data/${file}`, import.meta.url).pathname;
  return [
    { path: at(DATA_FILES.characters), text: dataFileText(characterCounts(words, jieba)) },
    { path: at(DATA_FILES.wordPairs), text: dataFileText(wordPairCounts(words, jieba)) },
    { path: at(DATA_FILES.readings), text: dataFileText(readingCounts(unihan, pinlu)) },
  ];
}
