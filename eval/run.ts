/**
 * `npm run eval [-- <id-substring>…] [--json] [--corpus dir]`: loads every transcript of eval/corpus as a new user
 * would (a bare file, no deck.yaml), compares what the tool made of it with the hand counts and
 * picks beside it, and prints a table per file and in total. A full run (no substring) also writes
 * eval/results/latest.json and latest.md. Exits 1 only when a file made the tool throw (a bug) or
 * the eval itself broke; a poor score is a result, and an unusable expected.yaml or picks.yaml
 * (one being written) is reported, not a failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDeck } from '../src/io/load-deck.ts';
import { boundariesOf, formatBoundaries, wordListTitles, type FileBoundaries } from './boundaries.ts';
import { listCorpus, parseExpected, parsePicks, type Expected } from './corpus.ts';
import { evaluate, isFailure, type Outcome } from './evaluate.ts';
import type { Pick } from './picks.ts';
import { formatMarkdown, formatText, totalsOf } from './report.ts';

const EVAL = import.meta.dirname;
const REPO = join(EVAL, '..');
const DEFAULT_CORPUS = join(EVAL, 'corpus');
const RESULTS = join(EVAL, 'results');

const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { json: { type: 'boolean' }, corpus: { type: 'string' } } });
const CORPUS = values.corpus ? resolve(values.corpus) : DEFAULT_CORPUS;
const entries = listCorpus(CORPUS, positionals);
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
if (entries.length === 0) log(`No transcripts in ${relative(REPO, CORPUS)}${positionals.length ? ` matching ${positionals.join(', ')}` : ''}.`);

const runStarted = performance.now();
const outcomes: Outcome[] = [];
const boundaries: FileBoundaries[] = [];
for (const entry of entries) {
  if (!entry.expected) {
    log(`${entry.id}: skipped, no ${entry.id}.expected.yaml yet`);
    continue;
  }
  let outcome: Outcome;
  let expected: Expected;
  let picks: Pick[] | undefined;
  try {
    expected = parseExpected(readFileSync(entry.expected, 'utf8'), relative(REPO, entry.expected));
    picks = entry.picks ? parsePicks(readFileSync(entry.picks, 'utf8'), relative(REPO, entry.picks)) : undefined;
  } catch (error) {
    outcomes.push({ id: entry.id, cause: 'corpus', failed: (error as Error).message });
    log(`${entry.id}: not compared, ${(error as Error).message}`);
    continue;
  }
  const started = performance.now();
  try {
    const loaded = loadDeck(entry.transcript, REPO);
    try {
      outcome = evaluate(entry.id, loaded, expected, picks, Math.round(performance.now() - started));
      if (expected.topics.length >= 2) boundaries.push(boundariesOf(entry.id, loaded, expected.topics));
    } catch (error) {
      outcome = { id: entry.id, cause: 'eval', failed: `the eval broke on it: ${(error as Error).stack ?? String(error)}` };
    }
  } catch (error) {
    outcome = { id: entry.id, cause: 'tool', failed: `the tool threw on ${relative(REPO, entry.transcript)}: ${(error as Error).stack ?? String(error)}` };
  }
  if (isFailure(outcome)) log(`${entry.id}: FAILED ${outcome.failed.split('\n')[0]}`);
  outcomes.push(outcome);
}

const totals = totalsOf(outcomes);
const titles = outcomes.flatMap((o) => (isFailure(o) ? [] : o.topics.tool));
const titleCounts = { titles: titles.length, wordLists: wordListTitles(titles) };
const report = { date: new Date().toISOString(), commit: commitOf(), corpus: relative(REPO, CORPUS), only: positionals, totals, topicTitles: titleCounts, boundaries, files: outcomes };
const boundaryReport = formatBoundaries(boundaries, titleCounts);
process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatText(outcomes, totals)}\n${boundaryReport}`);

// Only a run over the whole corpus is the latest result.
if (positionals.length === 0 && CORPUS === DEFAULT_CORPUS) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'latest.md'), `${formatMarkdown(outcomes, totals, { date: report.date.slice(0, 10), ...(report.commit ? { commit: report.commit } : {}) })}\n## Topic boundaries\n\n\`\`\`\n${boundaryReport}\`\`\`\n`);
  log(`Wrote ${relative(REPO, join(RESULTS, 'latest.json'))} and latest.md.`);
}
log(`${outcomes.length} files in ${((performance.now() - runStarted) / 1000).toFixed(1)} s.`);
// A corpus file being written is reported but is no bug of the tool's.
process.exitCode = outcomes.some((o) => isFailure(o) && o.cause !== 'corpus') ? 1 : 0;

/**
 * The commit the tool was measured at, so that a result can be told apart from the next one's;
 * marked when the tool's code had changes not yet committed (then the commit alone does not say).
 */
function commitOf(): string | undefined {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--', 'src') === '' ? commit : `${commit} with uncommitted changes in src/`;
  } catch {
    return undefined;
  }
}
