/*
 * Sums up the raters' verdicts on the slide quotes (eval/ratings/<round>/rated-<k>.tsv: `file`, `n`, `rating`
 * good | ok | bad, `why`, tab-separated, one quote a line, written by readers against
 * ../shared/QUOTES.md): per file and in total, into eval/ratings/<round>/summary.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// One round of reading a folder: `npx tsx eval/ratings.ts round-2` (default: the newest round).
const rounds = readdirSync(join(import.meta.dirname, 'ratings')).filter((n) => /^round-\d+$/u.test(n)).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)));
const dir = join(import.meta.dirname, 'ratings', process.argv[2] ?? rounds[rounds.length - 1] ?? '');
const RATINGS = ['good', 'ok', 'bad'] as const;
type Rating = (typeof RATINGS)[number];

const byFile = new Map<string, Record<Rating, number>>();
const problems: string[] = [];
for (const name of readdirSync(dir).filter((n) => /^rated-\d+\.tsv$/u.test(n)).sort()) {
  readFileSync(join(dir, name), 'utf8').split('\n').forEach((line, index) => {
    const [file, n, rating] = line.split('\t').map((cell) => cell?.trim());
    if (!file || file === 'file' || line.trim() === '') return;
    if (!RATINGS.includes(rating as Rating) || !/^\d+$/u.test(n ?? '')) {
      problems.push(`${name}:${index + 1}: unexpected line \`${line.slice(0, 80)}\``);
      return;
    }
    const counts = byFile.get(file) ?? { good: 0, ok: 0, bad: 0 };
    counts[rating as Rating]++;
    byFile.set(file, counts);
  });
}
const total = { good: 0, ok: 0, bad: 0 };
for (const counts of byFile.values()) for (const r of RATINGS) total[r] += counts[r];
const sum = (c: Record<Rating, number>): number => c.good + c.ok + c.bad;
const pct = (n: number, of: number): string => (of === 0 ? '—' : `${Math.round((n / of) * 100)} %`);
const row = (name: string, c: Record<Rating, number>): string => `| ${name} | ${sum(c)} | ${c.good} (${pct(c.good, sum(c))}) | ${c.ok} (${pct(c.ok, sum(c))}) | ${c.bad} (${pct(c.bad, sum(c))}) |`;
const lines = [
  '# Slide quotes rated by reading',
  '',
  'Each slide quote of each corpus deck, rated good / ok / bad against `../shared/QUOTES.md` by readers who had not seen the tool work (their verdicts, unedited, are in `rated-*.tsv`; what they rated is in `sheet-*.md`).',
  '',
  '| file | quotes | good | ok | bad |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...[...byFile].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, c]) => row(file, c)),
  row('**total**', total),
  ...(problems.length > 0 ? ['', 'Lines that could not be read:', ...problems.map((p) => `- ${p}`)] : []),
];
writeFileSync(join(dir, 'summary.md'), `${lines.join('\n')}\n`);
process.stdout.write(`${row('total', total)}\n${problems.length} unreadable lines\n`);
