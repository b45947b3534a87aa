import { describe, expect, it } from 'vitest';
import { DEFECT_KINDS } from './defects.ts';
import type { FileResult, Outcome } from './evaluate.ts';
import { formatMarkdown, formatText, totalsOf } from './report.ts';

const noDefects = Object.fromEntries(DEFECT_KINDS.map((kind) => [kind, 0])) as FileResult['quotes']['defects'];

const read = (id: string, bogus: string[], topics: [number, number], picks: [number, number] | null, questions: number): FileResult => ({
  id,
  format: 'name-colon',
  encoding: 'utf-8',
  language: 'en',
  speakers: { exact: bogus.length === 0, bogus, missing: [], found: ['Ada', ...bogus], expected: ['Ada'] },
  turns: { tool: 4, expected: 4 },
  topics: { found: topics[0], expected: topics[1], missed: [], tool: [], withSection: topics[0] },
  length: { tool: 61.5, expected: 62 },
  implausible: { needed: bogus.length > 0 || topics[0] < topics[1], warned: false },
  errors: [],
  quotes: {
    count: 3,
    picks: picks ? { recalled: picks[0], total: picks[1], each: [] } : null,
    defects: { ...noDefects, question: questions },
    each: [{ text: 'Why?', speaker: 'Ada', line: 3, defects: questions > 0 ? ['question'] : [] }],
  },
  shares: [{ name: 'Ada', kind: 'featured', said: 1, slides: 3, slideShare: 1, unquoted: false }],
  ms: 10,
});

const outcomes: Outcome[] = [read('en-a', ['00:12', '?'], [1, 2], [2, 5], 1), read('en-b', [], [0, 0], null, 0), { id: 'en-c', cause: 'tool', failed: 'TypeError: boom' }];

describe('totalsOf', () => {
  it('adds up the files, leaving out those that failed from what was compared', () => {
    const totals = totalsOf(outcomes);
    expect(totals).toMatchObject({ files: 3, failed: 1, speakersExact: 1, bogusNames: 2, topics: { found: 1, expected: 2 }, implausible: { warned: 0, needed: 1 }, picks: { recalled: 2, total: 5 }, quotes: 6, defective: 1, withError: 0 });
    expect(totals.defects.question).toBe(1);
  });
});

describe('formatText', () => {
  it('prints a row per file, the totals, every bogus name and each failure', () => {
    const text = formatText(outcomes, totalsOf(outcomes));
    expect(text).toMatch(/^en-a .* no .* 2 .* 1\/2 .* 2\/5 .*question 1$/mu);
    expect(text).toContain('en-a: bogus speakers: "00:12", "?"');
    expect(text).toContain('en-c: FAILED (tool) TypeError: boom');
    expect(text).toMatch(/^total \(3 files, 1 failed\)/mu);
  });

  it('prints a file\'s errors as the CLI does', () => {
    const printed = 'en-d.txt:2:1: error unclosed-speaker Unexpected `[Ada` without `]`';
    const withError: Outcome = { ...read('en-d', [], [1, 1], null, 0), errors: [{ rule: 'unclosed-speaker', message: 'Unexpected `[Ada` without `]`', printed }] };
    expect(formatText([withError], totalsOf([withError]))).toContain(`en-d: ${printed}`);
  });
});

describe('formatMarkdown', () => {
  it('writes the table and each file\'s details', () => {
    const markdown = formatMarkdown(outcomes, totalsOf(outcomes), { date: '2026-12-01' });
    expect(markdown).toContain('| en-a | name-colon | utf-8 | no | 2 |');
    expect(markdown).toContain('## en-c');
    expect(markdown).toContain('- quote 1 (line 3, Ada) question: Why?');
  });
});
