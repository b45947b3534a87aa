import { describe, expect, it } from 'vitest';
import { characterCounts, dictionaryWords, readingCounts, wordPairCounts } from './statistics.ts';

const DICT = ['一个 100 m', '个人 40 n', '的 300 uj', '人 50 n', '鐨 900 zg', '4S店 3 n', '一一 2 m', ''].join('\n');

describe('the scrambled-byte statistics from jieba’s dictionary', () => {
  const words = dictionaryWords(DICT);

  it('reads every `word count tag` line', () => {
    expect(words.map((w) => `${w.word}:${w.count}`)).toEqual(['一个:100', '个人:40', '的:300', '人:50', '鐨:900', '4S店:3', '一一:2']);
  });

  it('counts each Han character through the words it is in, most frequent first', () => {
    const { characters, counts } = characterCounts(words, 'test');
    expect([...characters].map((c, i) => `${c}${counts[i]}`)).toEqual(['个140', '一104', '人90', '店3', '的2', '鐨2']);
  });

  it('trusts the count of a one-character entry only for a character some longer word has (`鐨` is UTF-8 `的` read as GBK)', () => {
    const { characters, counts } = characterCounts(words, 'test');
    const count = (char: string) => counts[characters.indexOf(char)];
    expect(count('人')).toBe(90);
    expect(count('鐨')).toBe(2);
    expect(count('的')).toBe(2);
  });

  it('counts neighbouring Han pairs inside words, in code order, skipping pairs with other characters', () => {
    const { pairs, counts } = wordPairCounts(words, 'test');
    const listed = Array.from({ length: counts.length }, (_, i) => `${pairs.slice(2 * i, 2 * i + 2)}${counts[i]}`);
    expect(listed).toEqual(['一一2', '一个100', '个人40']);
  });
});

describe('the readings from Unihan’s kHanyuPinlu', () => {
  it('gives one entry a reading, in file order, and skips comments', () => {
    const unihan = '# comment\nU+4E0A\tkHanyuPinlu\tshàng(12308) shang(392)\nU+4E0B\tkHanyuPinlu\txià(6430)\n';
    expect(readingCounts(unihan, 'test').readings).toEqual([
      ['上', 'shàng', 12308],
      ['上', 'shang', 392],
      ['下', 'xià', 6430],
    ]);
  });
});
