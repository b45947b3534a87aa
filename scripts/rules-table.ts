/*
 * `npm run rules`: writes the README's table of rules from src/pipeline/rules.ts.
 * `npm run rules -- --check` only says whether it is up to date (exit 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from './rules/table.ts';

const readmePath = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmePath, 'utf8');
const updated = withRulesTable(readme);
if (process.argv.includes('--check')) {
  if (updated !== readme) console.error('README.md: the table of rules is out of date; run `npm run rules`.');
  process.exitCode = updated === readme ? 0 : 1;
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log('README.md: the table of rules is made anew.');
}
