/**
 * `npm run eval [-- <id-substring>…] [--json]`: loads every transcript of eval/corpus as a new user
 * would (a bare file, no deck.yaml), compares what the tool made of it with the hand counts and
 * picks beside it, and prints a table per file and in total. A full run (no substring) also writes
 * eval/results/latest.json and latest.md. Exits 1 only when a file made the tool throw (a bug) or
 * the eval itself broke; a poor score is a result, not a failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDeck } from '../src/io/load-deck.ts';
import { listCorpus, parseExpected, parsePicks } from './corpus.ts';
import { evaluate, isFailure, type Outcome } from './evaluate.ts';
import { formatMarkdown, formatText, totalsOf } from './report.ts';

const EVAL = import.meta.dirname;
const REPO = join(EVAL, '..');
const CORPUS = join(EVAL, 'corpus');
const RESULTS = join(EVAL, 'results');

const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { json: { type: 'boolean' } } });
const entries = listCorpus(CORPUS, positionals);
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
if (entries.length === 0) log(`No transcripts in ${relative(REPO, CORPUS)}${positionals.length ? ` matching ${positionals.join(', ')}` : ''}.`);

const outcomes: Outcome[] = [];
for (const entry of entries) {
  if (!entry.expected) {
    log(`${entry.id}: skipped, no ${entry.id}.expected.yaml yet`);
    continue;
  }
  let outcome: Outcome;
  try {
    const expected = parseExpected(readFileSync(entry.expected, 'utf8'), relative(REPO, entry.expected));
    const picks = entry.picks ? parsePicks(readFileSync(entry.picks, 'utf8'), relative(REPO, entry.picks)) : undefined;
    const started = performance.now();
    let loaded;
    try {
      loaded = loadDeck(entry.transcript, REPO);
    } catch (error) {
      throw new Error(`the tool threw on ${relative(REPO, entry.transcript)}: ${(error as Error).stack ?? String(error)}`);
    }
    outcome = evaluate(entry.id, loaded, expected, picks, Math.round(performance.now() - started));
  } catch (error) {
    outcome = { id: entry.id, failed: (error as Error).message };
  }
  if (isFailure(outcome)) log(`${entry.id}: FAILED ${outcome.failed.split('\n')[0]}`);
  outcomes.push(outcome);
}

const totals = totalsOf(outcomes);
const report = { date: new Date().toISOString(), commit: commitOf(), corpus: relative(REPO, CORPUS), only: positionals, totals, files: outcomes };
process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatText(outcomes, totals));

if (positionals.length === 0) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'latest.md'), formatMarkdown(outcomes, totals, { date: report.date.slice(0, 10), ...(report.commit ? { commit: report.commit } : {}) }));
  log(`Wrote ${relative(REPO, join(RESULTS, 'latest.json'))} and latest.md.`);
}
process.exitCode = totals.failed > 0 ? 1 : 0;

/** The commit the tool was measured at, so that a result can be told apart from the next one's. */
function commitOf(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
