/**
 * `npm run bench -- --corpus` (or `tsx bench/real-inputs.ts`): the CLI on real transcripts, not
 * only the synthetic multiples. `check` and `build` of every transcript of the evaluation corpus
 * and of a 230 KB, 45-minute raw-Whisper transcript (bench/synth-whisper.ts), each a fresh process
 * timed with its peak memory by GNU time (`/usr/bin/time`, the child's maximum resident set).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, REPO, run } from './lib/process.ts';
import { ms } from './lib/stats.ts';
import { synthesizeWhisper } from './synth-whisper.ts';

const CORPUS = join(REPO, 'eval', 'corpus');
const RESULTS = join(BENCH, 'results', 'real-inputs');
const CLI = join(REPO, 'bin', 'transcript-deck.mjs');
const GNU_TIME = '/usr/bin/time';
const WHISPER_SEED = join(CORPUS, 'en-timed-lines-daveshap-anna-bernstein.txt');

export interface CliRun {
  code: number | null;
  wallMs: number;
  maxRSSKB?: number;
}
export interface RealInput {
  file: string;
  bytes: number;
  check: CliRun;
  build: CliRun;
}

/** One CLI command in a fresh process under GNU time; its peak memory from time's last line. */
async function timedCli(args: string[]): Promise<CliRun> {
  const gnu = existsSync(GNU_TIME);
  const p = gnu
    ? await run(GNU_TIME, ['-f', 'td-bench-time %e %M', process.execPath, CLI, ...args], { timeoutMs: 300_000 })
    : await run(process.execPath, [CLI, ...args], { timeoutMs: 300_000 });
  const line = /td-bench-time (\S+) (\d+)/.exec(p.stderr);
  // GNU time reports the child's exit status as its own, after its line.
  return { code: p.code, wallMs: p.wallMs, ...(line ? { maxRSSKB: Number(line[2]) } : {}) };
}

/** The transcripts of the corpus: everything but the YAML beside them (expected results, picks). */
const corpusFiles = (): string[] => readdirSync(CORPUS).filter((f) => !/\.ya?ml$/.test(f)).sort().map((f) => join(CORPUS, f));

export async function measureRealInputs(log: (s: string) => void): Promise<RealInput[]> {
  mkdirSync(RESULTS, { recursive: true });
  const whisper = join(RESULTS, 'whisper-45min-230kb.txt');
  writeFileSync(whisper, synthesizeWhisper(readFileSync(WHISPER_SEED, 'utf8'), 230 * 1024, 45));
  const files = [whisper, ...corpusFiles()];
  const out: RealInput[] = [];
  const dist = join(RESULTS, 'dist');
  for (const [i, file] of files.entries()) {
    const name = file === whisper ? 'whisper-45min-230kb.txt (synthesised)' : file.slice(CORPUS.length + 1);
    const check = await timedCli(['check', file]);
    const build = await timedCli(['build', file, '--out', dist]);
    rmSync(dist, { recursive: true, force: true });
    out.push({ file: name, bytes: statSync(file).size, check, build });
    log(`  ${i + 1}/${files.length} ${name}: check ${ms(check.wallMs)}, build ${ms(build.wallMs)}`);
  }
  return out;
}

const mib = (kb: number | undefined): string => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MiB`);
const cell = (r: CliRun): string => `${ms(r.wallMs)}${r.code !== 0 ? ` (exit ${r.code})` : ''}`;

/** The table, and the two limits issue #22 sets for the 230 KB transcript. */
export function realInputsMarkdown(rows: readonly RealInput[]): string[] {
  const out = ['### Real inputs: `check` and `build` of every transcript of eval/corpus (fresh process each, GNU time)', ''];
  out.push('| transcript | KiB | check | check peak RSS | build | build peak RSS |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) out.push(`| ${r.file} | ${(r.bytes / 1024).toFixed(0)} | ${cell(r.check)} | ${mib(r.check.maxRSSKB)} | ${cell(r.build)} | ${mib(r.build.maxRSSKB)} |`);
  const whisper = rows.find((r) => r.file.startsWith('whisper-45min'));
  if (whisper) {
    out.push('');
    const mark = (okay: boolean): string => (okay ? '✓ met' : '✗ NOT MET');
    out.push(`- ${mark(whisper.check.code === 0 && whisper.check.wallMs < 3_000)}: 230 KB raw-Whisper transcript checks in under 3 s: ${cell(whisper.check)}, ${mib(whisper.check.maxRSSKB)}`);
    out.push(`- ${mark(whisper.build.code === 0 && whisper.build.wallMs < 10_000)}: and builds in under 10 s: ${cell(whisper.build)}, ${mib(whisper.build.maxRSSKB)} (a build of one took 76 s and 914 MB before)`);
  }
  return out;
}

if (process.argv[1]?.endsWith('real-inputs.ts')) {
  const rows = await measureRealInputs((s) => void process.stderr.write(`[real-inputs] ${s}\n`));
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`);
  process.stdout.write(`${realInputsMarkdown(rows).join('\n')}\n`);
}
