import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { wordCounts, type WordList } from './mojibake-model.ts';

describe('the word lists, read from the text of their modules', () => {
  const require = createRequire(import.meta.url);
  const cases: Array<[WordList, string]> = [
    ['bookWordFrequency', 'bookWordFrequencies'],
    ['movieWordFrequency', 'movieWordFrequencies'],
  ];
  it.each(cases)('%s gives what loading the module gives, in the same order', (name, key) => {
    const loaded = require(`chinese-lexicon/statistics/${name}.js`) as Record<string, Record<string, { count: number }>>;
    const entries = Object.entries(loaded[key]!);
    const read = wordCounts(name);
    expect(read.words.length).toBe(entries.length);
    expect(read.words).toEqual(entries.map(([word]) => word));
    expect(read.counts).toEqual(entries.map(([, entry]) => entry.count));
  });
});
