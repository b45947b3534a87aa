import type { CharacterCounts, ReadingCounts, WordPairCounts } from '../../src/pipeline/normalize/mojibake-data.ts';
import { isHanCodeUnit } from '../../src/pipeline/text/cjk.ts';

/*
 * The scrambled-byte model's statistics, computed from their sources' text (no file access here:
 * scripts/build-mojibake-lexicon.ts reads and writes the files).
 */

interface DictionaryWord {
  word: string;
  count: number;
}

/** jieba's dict.txt: one `word count part-of-speech` line per word. */
export function dictionaryWords(dict: string): DictionaryWord[] {
  const words: DictionaryWord[] = [];
  for (const line of dict.split('\n')) {
    const [word, count] = line.trim().split(' ');
    const n = Number(count);
    if (word && Number.isFinite(n) && n > 0) words.push({ word, count: n });
  }
  return words;
}

const isHanChar = (char: string): boolean => char.length === 1 && isHanCodeUnit(char.charCodeAt(0));

const byCountThenCode = <T extends [string, number]>(a: T, b: T): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Each Han character's count: the summed counts of the words it is in (twice in a word, twice the
 * count). jieba's one-character entries include what UTF-8 text read as GBK looks like (`鐨`, `銆`,
 * `紝`: the first halves of `的`, `。`, `，`), among its commonest "words", the very thing the model
 * has to find rare. None of them is part of any longer word, so the count of a one-character entry
 * is trusted only for a character some longer word has; a character that only stands alone is
 * known, with jieba's smallest count.
 */
export function characterCounts(words: readonly DictionaryWord[], source: string): CharacterCounts {
  const inLongerWords = new Set<string>();
  for (const { word } of words) if (word.length > 1) for (const char of word) inLongerWords.add(char);
  const smallest = words.reduce((least, w) => Math.min(least, w.count), Infinity);
  const counts = new Map<string, number>();
  for (const { word, count } of words) {
    const trusted = word.length > 1 || inLongerWords.has(word) ? count : smallest;
    for (const char of word) if (isHanChar(char)) counts.set(char, (counts.get(char) ?? 0) + trusted);
  }
  const sorted = [...counts].sort(byCountThenCode);
  return { source, characters: sorted.map(([char]) => char).join(''), counts: sorted.map(([, count]) => count) };
}

/** Each pair of neighbouring Han characters inside a word, in code order, with the summed counts of its words. */
export function wordPairCounts(words: readonly DictionaryWord[], source: string): WordPairCounts {
  const counts = new Map<string, number>();
  for (const { word, count } of words) {
    for (let i = 0; i + 1 < word.length; i++) {
      if (!isHanChar(word[i]!) || !isHanChar(word[i + 1]!)) continue;
      const pair = word.slice(i, i + 2);
      counts.set(pair, (counts.get(pair) ?? 0) + count);
    }
  }
  const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { source, pairs: sorted.map(([pair]) => pair).join(''), counts: sorted.map(([, count]) => count) };
}

/** Unihan's kHanyuPinlu lines (`U+4E0A	kHanyuPinlu	shàng(12308) shang(392)`), one entry a reading, in file order. */
export function readingCounts(unihan: string, source: string): ReadingCounts {
  const readings: ReadingCounts['readings'] = [];
  for (const line of unihan.split('\n')) {
    const [codePoint, field, value] = line.split('\t');
    if (field !== 'kHanyuPinlu' || !codePoint?.startsWith('U+') || !value) continue;
    const char = String.fromCodePoint(Number.parseInt(codePoint.slice(2), 16));
    for (const entry of value.trim().split(' ')) {
      const match = /^(.+)\((\d+)\)$/u.exec(entry);
      if (match) readings.push([char, match[1]!, Number(match[2])]);
    }
  }
  return { source, readings };
}

/** A data file's text: JSON, one field a line. */
export function dataFileText(data: CharacterCounts | WordPairCounts | ReadingCounts): string {
  const fields = Object.entries(data).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${fields.join(',\n')}\n}\n`;
}
