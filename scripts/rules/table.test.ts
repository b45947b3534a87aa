import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/pipeline/rules.ts';
import { END, rulesTable, START, withRulesTable } from './table.ts';

describe('the table of rules', () => {
  it('has a row for every rule, with its severities and description', () => {
    const table = rulesTable();
    expect(table.split('\n')).toHaveLength(Object.keys(RULES).length + 2);
    expect(table).toContain('| `front-matter` | info, warning | A Markdown front matter block was read as metadata (a warning when its YAML is invalid). |');
  });

  it('replaces only what is between the markers', () => {
    expect(withRulesTable(`before\n${START}\nold table\n${END}\nafter`)).toBe(`before\n${START}\n${rulesTable()}\n${END}\nafter`);
    expect(() => withRulesTable('no markers')).toThrow('no rules table');
  });

  it('is up to date in README.md (run `npm run rules` when the list changes)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(withRulesTable(readme)).toBe(readme);
  });
});
