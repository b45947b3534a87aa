/**
 * One size of the pipeline benchmark, in its own process so its peak memory (maxRSS) is its own:
 *   tsx bench/pipeline-child.ts <factor> <runs> <budgetMs>
 *   [warmup: same | seed | none]
 * Builds the synthetic transcript, warms up (`same`: one run of this size; `seed`: three runs of the
 * seed, for sizes where a second full-size run costs too much; the JIT and the lazily built tables
 * are warm either way), then up to <runs> timed runs (fewer once <budgetMs> is used up; at least
 * one), and prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../src/pipeline/index.ts';
import { parseManifest } from '../src/pipeline/manifest/manifest.ts';
import { synthesize } from './synth.ts';

const REPO = join(import.meta.dirname, '..');
const factor = Number(process.argv[2] ?? 1);
const runs = Number(process.argv[3] ?? 5);
const budgetMs = Number(process.argv[4] ?? 60_000);
const warmup = (process.argv[5] ?? 'same') as 'same' | 'seed' | 'none';

const manifestText = readFileSync(join(REPO, 'slides/deck.yaml'), 'utf8');
const manifest = parseManifest('slides/deck.yaml', manifestText).value;
if (!manifest) throw new Error('slides/deck.yaml does not parse');
const authored = new Map<string, { path: string; text: string }>();
for (const name of [...manifest.slides.before, ...manifest.slides.after]) {
  authored.set(name, { path: `slides/${name}`, text: readFileSync(join(REPO, 'slides', name), 'utf8') });
}
const seedText = readFileSync(join(REPO, 'slides', manifest.transcript), 'utf8');
const text = synthesize(seedText, factor);
const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
const transcript = { path: `slides/${manifest.transcript}`, bytes };
const baselineMaxRSSKB = process.resourceUsage().maxRSS;

const once = (input = transcript): { ms: number; cpuMs: number; out: ReturnType<typeof runPipeline> } => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const out = runPipeline({ manifest, transcript: input, authored });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, out };
};

const warmupMs: number[] = [];
if (warmup === 'same') warmupMs.push(once().ms);
if (warmup === 'seed') {
  const seed = { path: transcript.path, bytes: new Uint8Array(Buffer.from(seedText, 'utf8')) };
  for (let i = 0; i < 3; i++) warmupMs.push(once(seed).ms);
}
const timesMs: number[] = [];
const cpuMs: number[] = [];
let last: ReturnType<typeof once> | undefined;
let spent = 0;
while (timesMs.length < runs && (timesMs.length === 0 || spent + timesMs.at(-1)! <= budgetMs)) {
  last = once();
  timesMs.push(last.ms);
  cpuMs.push(last.cpuMs);
  spent += last.ms;
}

const out = last!.out;
process.stdout.write(
  `${JSON.stringify({
    factor,
    bytes: bytes.length,
    topics: out.transcript.topics.length,
    slides: out.deck.slides.length,
    quotes: out.quotes.length,
    htmlBytes: Buffer.byteLength(out.html),
    errors: out.diagnostics.filter((d) => d.severity === 'error').length,
    warmup,
    warmupMs,
    timesMs,
    cpuMs,
    baselineMaxRSSKB,
    maxRSSKB: process.resourceUsage().maxRSS,
  })}\n`,
);
