/**
 * The pipeline's first run in a fresh process against its warm runs, on a real deck:
 *   tsx bench/first-run-child.ts <deck.yaml | folder | transcript> [warm runs]
 * Imports the deck loader (timed: the modules a command loads before it reads a deck), then loads
 * the deck once cold (the models and dictionaries it needs are read and built then, and the JIT is
 * cold) and <warm runs> times more, and prints one JSON line: wall and CPU milliseconds of the
 * import, of the first run and of each warm run. The difference between the first run and the warm
 * median is what a command pays once for the data it loads (issue #22).
 */
import { performance } from 'node:perf_hooks';

const target = process.argv[2];
if (!target) throw new Error('usage: tsx bench/first-run-child.ts <deck> [warm runs]');
const warmRuns = Number(process.argv[3] ?? 3);

const timed = async <T>(body: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await body();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
};

const imported = await timed(() => import('../src/io/load-deck.ts'));
const { loadDeck } = imported.value;
const first = await timed(() => loadDeck(target));
const warm: Array<{ ms: number; cpuMs: number }> = [];
for (let i = 0; i < warmRuns; i++) {
  const { ms, cpuMs } = await timed(() => loadDeck(target));
  warm.push({ ms, cpuMs });
}
const output = first.value.output;
process.stdout.write(
  `${JSON.stringify({
    target,
    importMs: imported.ms,
    importCpuMs: imported.cpuMs,
    firstMs: first.ms,
    firstCpuMs: first.cpuMs,
    warmMs: warm.map((w) => w.ms),
    warmCpuMs: warm.map((w) => w.cpuMs),
    slides: output?.deck.slides.length,
    quotes: output?.quotes.length,
    htmlBytes: output ? Buffer.byteLength(output.html) : undefined,
    maxRSSKB: process.resourceUsage().maxRSS,
  })}\n`,
);
