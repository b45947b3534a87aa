import { RULES, severitiesOf } from '../../src/pipeline/rules.ts';

export const START = '<!-- rules: made by `npm run rules` from src/pipeline/rules.ts; edit the list, not this table -->';
export const END = '<!-- /rules -->';

/** The README's table of rules: every id with its severities and what it reports, in the list's order. */
export function rulesTable(): string {
  const rows = Object.entries(RULES).map(([id, rule]) => `| \`${id}\` | ${severitiesOf(id as keyof typeof RULES).join(', ')} | ${rule.description.replaceAll('|', '\\|')} |`);
  return ['| rule | severity | reports |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with the table between its markers made anew; throws when the markers are missing. */
export function withRulesTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start);
  if (start === -1 || end === -1) throw new Error(`README.md has no rules table: expected ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n${rulesTable()}\n${readme.slice(end)}`;
}
