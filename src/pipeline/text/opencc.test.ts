import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { converter, fewTextsConverter, type Target } from './opencc.ts';

const CORPUS = 'eval/corpus';
// Simplified and Traditional lines to convert, clauses among them: every Chinese transcript of the corpus and the sample deck.
const lines = [...readdirSync(CORPUS).filter((f) => f.startsWith('zh-')).map((f) => `${CORPUS}/${f}`), 'slides/agi-next-yao-shunyu.txt']
  .flatMap((path) => readFileSync(path, 'utf8').split('\n'))
  .filter((line) => /\p{Script=Han}/u.test(line));
const clauses = lines.flatMap((line) => line.split(/[\s\p{P}]+/u)).filter((clause) => clause.length > 0);

describe('OpenCC for a few texts', () => {
  it.each([
    ['cn', 'tw'],
    ['t', 'cn'],
    ['tw', 'cn'],
  ] as Array<[Target, Target]>)('converts %s → %s as OpenCC’s own converter does, line by line and clause by clause', (from, to) => {
    expect(lines.length).toBeGreaterThan(900);
    const few = fewTextsConverter(from, to);
    const whole = converter(from, to);
    const sample = [...lines, ...clauses.filter((_, i) => i % 7 === 0)];
    const differing = sample.filter((text) => few(text) !== whole(text));
    expect(differing).toEqual([]);
    expect(sample.filter((text) => whole(text) !== text).length).toBeGreaterThan(100);
    // Phrases, not only characters: `头发` is `頭髮` (a character table alone would give `頭發`).
    if (from === 'cn') expect(few('我的头发')).toBe('我的頭髮');
  });
});
