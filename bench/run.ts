/**
 * `npm run bench`: how fast and how big transcript-deck is, side by side with the same slides as a
 * plain, hand-written reveal.js page and (for PDF) DeckTape. Writes bench/results/latest.json and
 * prints Markdown tables and the budgets (bench/budgets.json) that were exceeded. An exceeded budget
 * never fails the process; only a benchmark that broke exits non-zero.
 *   --peers   also Marp CLI, Slidev and reveal-md on two decks (bench/peers/), issue #22's budgets
 *   --corpus  also `check` and `build` of every eval/corpus transcript (bench/real-inputs.ts)
 *   --present also `transcript-deck present`: 200 audience sockets, and 1 + 5 pages in Chromium (bench/present.ts)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync, inflateSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { launchOptions } from '../src/io/chromium.ts';
import { writeHandwritten, writeStyled } from './handwritten.ts';
import { BENCH, lastJson, REPO, run, sleep, tsx, type Proc } from './lib/process.ts';
import { fmtRatio, kib, median, ms, percentile, ratio } from './lib/stats.ts';
import { measurePeers, peerBudgets, peersMarkdown } from './peers/index.ts';
import { measureRealInputs, realInputsMarkdown } from './real-inputs.ts';
import { measurePresent, presentMarkdown } from './present.ts';
import { serveFolder, type StaticServer } from '../src/io/static-server.ts';

const RESULTS = join(BENCH, 'results');
const SCRATCH = join(RESULTS, 'scratch');
const OURS_DIST = join(RESULTS, 'build', 'ours');
const HAND_ROOT = join(RESULTS, 'handwritten');
const HAND_DIST = join(HAND_ROOT, 'dist');
const STYLED_ROOT = join(RESULTS, 'handwritten-styled');
const STYLED_DIST = join(STYLED_ROOT, 'dist');
const DECKTAPE_VERSION = '3.16.1';
const VIEWPORT = { width: 1280, height: 720 };
const started = performance.now();
// The peers (Marp CLI, Slidev, reveal-md) and the corpus add minutes: asked for by flag.
const flags = new Set(process.argv.slice(2));
const withPeers = flags.has('--peers');
const withCorpus = flags.has('--corpus');
const withPresent = flags.has('--present');
mkdirSync(RESULTS, { recursive: true });

// ---------------------------------------------------------------- helpers

const log = (message: string): void => {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}\n`);
};
const problems: string[] = []; // the benchmark broke here: exit 1
const gaps: string[] = []; // something to compare with is missing: reported, exit 0
async function phase<T>(name: string, body: () => Promise<T>): Promise<T | undefined> {
  log(name);
  try {
    return await body();
  } catch (error) {
    const message = `${name}: ${(error as Error).message ?? String(error)}`.split('\n').slice(0, 4).join(' | ');
    problems.push(message);
    log(`FAILED ${message}`);
    return undefined;
  }
}

// ---------------------------------------------------------------- machine

const launch = launchOptions();
const chromiumPath = launch.executablePath ?? chromium.executablePath();
let chromiumVersion = 'unknown';
try {
  chromiumVersion = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  /* reported as unknown */
}
const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  chromium: chromiumVersion,
  platform: `${process.platform} ${process.arch}`,
  loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
};
const command = process.env['npm_lifecycle_event'] === 'bench' ? 'npm run bench (tsx bench/run.ts)' : `tsx ${relative(REPO, process.argv[1] ?? 'bench/run.ts')}`;

// DeckTape is only for comparison: installed into a scratch folder, never into package.json.
const decktapeBin = join(SCRATCH, 'node_modules', 'decktape', 'decktape.js');
const decktapeInstalled = (): boolean => {
  try {
    return (JSON.parse(readFileSync(join(SCRATCH, 'node_modules', 'decktape', 'package.json'), 'utf8')) as { version: string }).version === DECKTAPE_VERSION;
  } catch {
    return false;
  }
};
// Installed before anything is timed (it would compete for the two cores), once: later runs reuse it.
if (!decktapeInstalled()) log(`installing decktape@${DECKTAPE_VERSION} into ${relative(REPO, SCRATCH)} (comparison only)`);
const decktapeInstall: Proc | 'cached' = decktapeInstalled()
  ? 'cached'
  : (mkdirSync(SCRATCH, { recursive: true }),
    await run('npm', ['i', '--prefix', SCRATCH, '--no-audit', '--no-fund', '--loglevel=error', `decktape@${DECKTAPE_VERSION}`], {
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
      timeoutMs: 240_000,
    }).catch((e: Error) => ({ code: -1, stdout: '', stderr: e.message, wallMs: 0 })));

// ---------------------------------------------------------------- 1. pipeline

interface PipelineSize {
  factor: number;
  bytes: number;
  topics: number;
  slides: number;
  quotes: number;
  errors: number;
  warmup: string;
  warmupMs: number[];
  timesMs: number[];
  cpuMs: number[];
  medianMs: number;
  baselineMaxRSSKB: number;
  maxRSSKB: number;
}
// Modest repetitions: 1000× costs tens of seconds a run on two cores, so it warms up on the seed.
const SIZES: { factor: number; runs: number; budgetMs: number; warmup: 'same' | 'seed' }[] = [
  { factor: 1, runs: 15, budgetMs: 10_000, warmup: 'same' },
  { factor: 10, runs: 7, budgetMs: 15_000, warmup: 'same' },
  { factor: 100, runs: 5, budgetMs: 30_000, warmup: 'same' },
  { factor: 1000, runs: 3, budgetMs: 45_000, warmup: 'seed' },
];
const pipeline = await phase('pipeline: seed, 10×, 100×, 1000× (one child process each)', async () => {
  const sizes: PipelineSize[] = [];
  for (const size of SIZES) {
    const result = lastJson<Omit<PipelineSize, 'medianMs'>>(await tsx('pipeline-child.ts', [String(size.factor), String(size.runs), String(size.budgetMs), size.warmup], 300_000));
    sizes.push({ ...result, medianMs: median(result.timesMs) });
    log(`  ${size.factor}×: ${(result.bytes / 1024).toFixed(0)} KiB, median ${ms(median(result.timesMs))} of ${result.timesMs.length}, maxRSS ${(result.maxRSSKB / 1024).toFixed(0)} MiB`);
  }
  // Least squares on log(time) = a + k·log(size).
  const xs = sizes.map((s) => Math.log(s.bytes));
  const ys = sizes.map((s) => Math.log(s.medianMs));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const slope = (ys: number[]): number => {
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    return xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  };
  const exponent = slope(ys);
  // The same fit on CPU time: less shaken by other work on the machine.
  const cpuExponent = slope(sizes.map((s) => Math.log(median(s.cpuMs))));
  return { sizes, exponent, cpuExponent };
});

// ---------------------------------------------------------------- 2. builds

interface BuildResult {
  coldMs: number;
  coldBuildMs: number;
  warmMs: number;
  fontMs?: [number, number];
  note: string;
}
const buildOurs = await phase('vite build (ours): cold process, empty caches, then warm', async () =>
  lastJson<BuildResult>(await tsx('build-child.ts', ['ours', OURS_DIST, join(RESULTS, 'cache', 'ours')], 300_000)),
);

const buildHand = await phase('vite build (hand-written reveal.js page): cold process, then warm', async () => {
  if (!existsSync(join(OURS_DIST, 'index.html'))) throw new Error('our build is missing, so there are no slides to copy');
  writeHandwritten(OURS_DIST, HAND_ROOT);
  return lastJson<BuildResult>(await tsx('build-child.ts', ['handwritten', HAND_ROOT, HAND_DIST, join(RESULTS, 'cache', 'handwritten')], 180_000));
});

const buildStyled = await phase('vite build (hand-written page with our CSS and fonts): cold process, then warm', async () => {
  if (!existsSync(join(HAND_ROOT, 'index.html'))) throw new Error('the hand-written page is missing');
  writeStyled(OURS_DIST, HAND_ROOT, STYLED_ROOT);
  return lastJson<BuildResult>(await tsx('build-child.ts', ['handwritten', STYLED_ROOT, STYLED_DIST, join(RESULTS, 'cache', 'handwritten-styled')], 180_000));
});

// ---------------------------------------------------------------- 3. bytes

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
type Category = 'html' | 'js' | 'css' | 'fonts' | 'other';
const category = (file: string): Category => {
  const ext = extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext)) return 'fonts';
  return 'other';
};
const compressed = (bytes: Buffer): Sizes => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
});
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });
/** The hosted build: index.html and assets/ (per file compressed, as a static host serves them). */
function hostedBytes(dist: string): Record<Category | 'total', Sizes> {
  const out: Record<Category | 'total', Sizes> = { html: zero(), js: zero(), css: zero(), fonts: zero(), other: zero(), total: zero() };
  const files = [join(dist, 'index.html'), ...(existsSync(join(dist, 'assets')) ? readdirSync(join(dist, 'assets')).map((f) => join(dist, 'assets', f)) : [])];
  for (const file of files) {
    if (!statSync(file).isFile()) continue;
    let s = compressed(readFileSync(file));
    // WOFF2 is compressed already; hosts send it as is.
    if (category(file) === 'fonts') s = { raw: s.raw, gzip: Math.min(s.raw, s.gzip), brotli: Math.min(s.raw, s.brotli) };
    out[category(file)] = add(out[category(file)], s);
    out.total = add(out.total, s);
  }
  return out;
}
const bytes = await phase('bytes shipped (raw, gzip -9, brotli -q 11)', async () => {
  const ours = existsSync(join(OURS_DIST, 'index.html')) ? hostedBytes(OURS_DIST) : undefined;
  const hand = existsSync(join(HAND_DIST, 'index.html')) ? hostedBytes(HAND_DIST) : undefined;
  const singlePath = join(OURS_DIST, 'deck.html');
  const single = existsSync(singlePath) ? compressed(readFileSync(singlePath)) : undefined;
  if (!single) gaps.push('single-file build: no deck.html in the build, so its bytes, file:// first slide and PDF are skipped');
  return { ours, hand, single };
});

// ---------------------------------------------------------------- 4. dev server and HMR

interface DevResult {
  startColdMs: number;
  startWarmMs: number;
  hmrMs: number[];
}
const dev = await phase('dev server start (createServer + listen → first GET /) and HMR (transcript write → slides replaced)', async () => {
  const { createServer } = await import('vite');
  const work = mkdtempSync(join(tmpdir(), 'transcript-deck-bench-'));
  const deckDir = join(work, 'slides');
  cpSync(join(REPO, 'slides'), deckDir, { recursive: true });
  const previous = process.env['TRANSCRIPT_DECK'];
  process.env['TRANSCRIPT_DECK'] = deckDir;
  const cacheDir = join(work, 'vite-cache');
  const start = async () => {
    const t0 = performance.now();
    const server = await createServer({
      configFile: join(REPO, 'vite.config.ts'),
      root: REPO,
      cacheDir,
      logLevel: 'silent',
      server: {
        port: 0,
        host: '127.0.0.1',
        // Others edit the source meanwhile; only the deck's files (in the temp copy) matter here.
        watch: { ignored: ['src', 'e2e', 'bench', 'dist', 'scratch', 'test-results'].map((d) => join(REPO, d, '**')) },
      },
    });
    await server.listen();
    const address = server.httpServer?.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    const response = await fetch(url);
    await response.text();
    if (!response.ok) throw new Error(`GET / answered ${response.status}`);
    return { server, url, ms: performance.now() - t0 };
  };
  let browser: Browser | undefined;
  const servers: { close(): Promise<void> }[] = [];
  try {
    const cold = await start(); // empty cacheDir: Vite has no pre-bundled dependencies yet
    await cold.server.close();
    const warm = await start(); // the same cacheDir, second start
    servers.push(warm.server);
    browser = await chromium.launch(launch);
    const page = await browser.newPage({ viewport: VIEWPORT });
    let resolveMutation: ((t: number) => void) | undefined;
    await page.exposeFunction('__tdBenchMutation', () => {
      const now = performance.now();
      resolveMutation?.(now);
      resolveMutation = undefined;
    });
    // First visit: dependency pre-bundling may reload the page; settle, then open it again.
    await page.goto(warm.url);
    await page.waitForFunction(() => performance.getEntriesByName('td-ready').length > 0, undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.goto(warm.url);
    await page.waitForFunction(() => performance.getEntriesByName('td-ready').length > 0, undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const slides = document.querySelector('.reveal .slides');
      if (!slides) throw new Error('no .reveal .slides');
      new MutationObserver(() => (window as unknown as { __tdBenchMutation(): void }).__tdBenchMutation()).observe(slides, { childList: true });
    });
    const transcriptName = (/^transcript:\s*(\S+)/m.exec(readFileSync(join(deckDir, 'deck.yaml'), 'utf8')) ?? [])[1] ?? 'agi-next-yao-shunyu.txt';
    const transcriptPath = join(deckDir, transcriptName);
    const original = readFileSync(transcriptPath, 'utf8');
    const hmrMs: number[] = [];
    for (let i = 1; i <= 7; i++) {
      // A different topic title each time, so every write changes the slides.
      const edited = original.replace(/^(主題[:：].*)$/m, `$1(修訂 ${i})`);
      const mutated = new Promise<number>((resolve, reject) => {
        resolveMutation = resolve;
        setTimeout(() => reject(new Error(`edit ${i}: no slide update within 10 s`)), 10_000);
      });
      const t0 = performance.now();
      writeFileSync(transcriptPath, edited);
      hmrMs.push((await mutated) - t0);
      await sleep(400); // let a second change event of the same write pass
      resolveMutation = undefined;
    }
    return { startColdMs: cold.ms, startWarmMs: warm.ms, hmrMs } satisfies DevResult;
  } finally {
    await browser?.close();
    for (const s of servers) await s.close();
    if (previous === undefined) delete process.env['TRANSCRIPT_DECK'];
    else process.env['TRANSCRIPT_DECK'] = previous;
    rmSync(work, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------- 5. browser: first slide, slide changes

const browser = await chromium.launch(launch);
const statics: Record<string, StaticServer> = {};
const urlFor = async (name: 'ours' | 'hand' | 'styled'): Promise<string> => {
  statics[name] ??= await serveFolder(name === 'ours' ? OURS_DIST : name === 'hand' ? HAND_DIST : STYLED_DIST);
  return statics[name].url;
};
const fileUrl = (path: string): string => pathToFileURL(path).href;

async function waitReady(page: Page, timeout = 30_000): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('td-ready').length > 0, undefined, { timeout });
  return page.evaluate(() => performance.getEntriesByName('td-ready')[0]!.startTime);
}

/** Navigation start → performance.mark('td-ready') of one load in a fresh context (empty cache). */
async function loadOnce(url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await waitReady(page);
  } finally {
    await context.close();
  }
}

/**
 * `loads` loads of each URL, taken in turns (a, b, c, a, b, c, …) after one discarded load of each:
 * the machine's load drifts over seconds, so turns put the same drift on every side of a ratio,
 * and a first navigation pays for warming the browser up.
 */
async function firstSlides(urls: readonly string[], loads: number): Promise<number[][]> {
  for (const url of urls) await loadOnce(url);
  const times = urls.map((): number[] => []);
  for (let i = 0; i < loads; i++) for (const [k, url] of urls.entries()) times[k]!.push(await loadOnce(url));
  return times;
}

/** Key press (capture-phase keydown) → slidetransitionend, measured in the page, over the whole deck. */
async function slideChanges(url: string): Promise<{ transitionEnd: number[]; changed: number[]; missed: number; slides: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitReady(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const slides = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
    await page.evaluate(() => {
      const state = { step: 0, down: 0, ended: {} as Record<number, number>, changed: {} as Record<number, number> };
      (window as unknown as { __tdLat: typeof state }).__tdLat = state;
      window.addEventListener(
        'keydown',
        () => {
          state.step++;
          state.down = performance.now();
        },
        { capture: true },
      );
      document.addEventListener('slidechanged', () => (state.changed[state.step] ??= performance.now() - state.down));
      document.addEventListener('slidetransitionend', () => (state.ended[state.step] ??= performance.now() - state.down));
    });
    let missed = 0;
    for (let step = 1; step < slides; step++) {
      await page.keyboard.press('ArrowRight');
      try {
        await page.waitForFunction((s) => (window as unknown as { __tdLat: { ended: Record<number, number> } }).__tdLat.ended[s] !== undefined, step, { timeout: 5_000 });
      } catch {
        missed++;
      }
    }
    const state = await page.evaluate(() => (window as unknown as { __tdLat: { ended: Record<number, number>; changed: Record<number, number> } }).__tdLat);
    return { transitionEnd: Object.values(state.ended), changed: Object.values(state.changed), missed, slides };
  } finally {
    await context.close();
  }
}

const LOADS = 9;
const first = await phase(`first slide: ${LOADS} loads per mode in turns, fresh context each`, async () => {
  const modes = [
    await urlFor('ours'),
    ...(existsSync(join(OURS_DIST, 'deck.html')) ? [fileUrl(join(OURS_DIST, 'deck.html'))] : []),
    ...(existsSync(join(STYLED_DIST, 'index.html')) ? [await urlFor('styled')] : []),
    ...(existsSync(join(HAND_DIST, 'index.html')) ? [await urlFor('hand')] : []),
  ];
  const times = await firstSlides(modes, LOADS);
  const oursHttp = times[0]!;
  const oursFile = existsSync(join(OURS_DIST, 'deck.html')) ? times[1] : undefined;
  const styledHttp = existsSync(join(STYLED_DIST, 'index.html')) ? times[modes.indexOf(await urlFor('styled'))] : undefined;
  const handHttp = existsSync(join(HAND_DIST, 'index.html')) ? times[times.length - 1] : undefined;
  // A multi-file Vite build does not start from file:// (module scripts from file:// are blocked): check once.
  let handFile: number[] | string | undefined;
  if (existsSync(join(HAND_DIST, 'index.html'))) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(fileUrl(join(HAND_DIST, 'index.html')));
      handFile = [await waitReady(page, 5_000)];
    } catch {
      handFile = 'n/a (multi-file build: does not start from file://)';
    } finally {
      await context.close();
    }
  }
  return { oursHttp, oursFile, styledHttp, handHttp, handFile };
});

const changes = await phase('slide-change latency: key press → slidetransitionend over the whole deck', async () => ({
  oursHttp: await slideChanges(await urlFor('ours')),
  oursFile: existsSync(join(OURS_DIST, 'deck.html')) ? await slideChanges(fileUrl(join(OURS_DIST, 'deck.html'))) : undefined,
  handHttp: existsSync(join(HAND_DIST, 'index.html')) ? await slideChanges(await urlFor('hand')) : undefined,
}));

// ---------------------------------------------------------------- 6. PDF

interface PdfResult {
  ms: number;
  bytes: number;
  pages: number;
}
/** Page objects in a PDF, also inside compressed object streams (pdf-lib, which DeckTape uses, writes those). */
function pdfPages(pdf: Buffer): number {
  const count = (text: string): number => (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  let pages = count(pdf.toString('latin1'));
  const marker = /stream\r?\n/g;
  const latin = pdf.toString('latin1');
  for (let m = marker.exec(latin); m; m = marker.exec(latin)) {
    const end = latin.indexOf('endstream', m.index + m[0].length);
    if (end < 0) break;
    try {
      pages += count(inflateSync(pdf.subarray(m.index + m[0].length, end), { finishFlush: zlib.Z_SYNC_FLUSH }).toString('latin1'));
    } catch {
      /* not a Flate stream */
    }
  }
  return pages;
}
const PDF_DIR = join(RESULTS, 'pdf');

/**
 * Our exporter, src/pdf/export.ts: `exportPdf({ deck, mode, out })` starts its own Chromium and its
 * own server on the deck's folder, prints reveal.js's print view and finishes the file with pdf-lib.
 * Timed here from the call to its return (browser start included, as DeckTape's is).
 */
type ExportPdf = (options: { deck: string; mode?: string; out?: string; timeout?: number }) => Promise<{ pages: number; bytes: number; ms: number; out: string; clipped?: string[] }>;
const EXPORT_PATH = join(REPO, 'src', 'pdf', 'export.ts');
async function loadExporter(): Promise<{ exportPdf: ExportPdf; modes: string[] } | string> {
  if (!existsSync(EXPORT_PATH)) return 'src/pdf/export.ts does not exist yet';
  const module = (await import(pathToFileURL(EXPORT_PATH).href)) as { exportPdf?: ExportPdf; PDF_MODES?: readonly string[] };
  if (typeof module.exportPdf !== 'function') return 'src/pdf/export.ts has no exportPdf';
  return { exportPdf: module.exportPdf, modes: [...(module.PDF_MODES ?? ['slides'])] };
}
async function ourPdf(exportPdf: ExportPdf, deck: string, mode: string, out: string): Promise<PdfResult & { clipped: number }> {
  rmSync(out, { force: true });
  const t0 = performance.now();
  const result = await exportPdf({ deck, mode, out, timeout: 60_000 });
  const took = performance.now() - t0;
  const pdf = readFileSync(result.out);
  return { ms: took, bytes: pdf.length, pages: result.pages ?? pdfPages(pdf), clipped: result.clipped?.length ?? 0 };
}

async function decktapePdf(url: string, out: string, extra: string[] = []): Promise<PdfResult> {
  const install = decktapeInstall;
  if (install !== 'cached' && install.code !== 0) throw new Error(`npm i decktape@${DECKTAPE_VERSION} failed: ${install.stderr.trim().split('\n').slice(-3).join(' ')}`);
  if (!existsSync(decktapeBin)) throw new Error(`decktape.js not found in ${SCRATCH}`);
  rmSync(out, { force: true });
  const proc = await run(
    process.execPath,
    [decktapeBin, 'reveal', '--chrome-path', chromiumPath, ...launch.args.map((a) => `--chrome-arg=${a}`), '--size', `${VIEWPORT.width}x${VIEWPORT.height}`, ...extra, url, out],
    { timeoutMs: 240_000 },
  );
  if (proc.code !== 0 || !existsSync(out)) throw new Error(`decktape exit ${proc.code}: ${proc.stderr.trim().split('\n').slice(-3).join(' ')}`);
  const pdf = readFileSync(out);
  return { ms: proc.wallMs, bytes: pdf.length, pages: pdfPages(pdf) };
}

interface PdfRun {
  label: string;
  mode: string;
  result: (PdfResult & { clipped: number }) | string;
}
const pdf = await phase('PDF: ours (src/pdf/export.ts), every mode; DeckTape on the hosted build over http', async () => {
  mkdirSync(PDF_DIR, { recursive: true });
  const exporter = await loadExporter();
  const runs: PdfRun[] = [];
  if (typeof exporter === 'string') {
    gaps.push(`PDF (ours): ${exporter}; the code path is ready (bench/run.ts ourPdf)`);
  } else {
    const jobs: { label: string; deck: string; mode: string }[] = exporter.modes.map((mode) => ({ label: `hosted, ${mode}`, deck: join(OURS_DIST, 'index.html'), mode }));
    if (existsSync(join(OURS_DIST, 'deck.html'))) jobs.push({ label: 'single file, slides', deck: join(OURS_DIST, 'deck.html'), mode: 'slides' });
    for (const job of jobs) {
      let result: PdfRun['result'];
      try {
        result = await ourPdf(exporter.exportPdf, job.deck, job.mode, join(PDF_DIR, `ours-${job.label.replace(/\W+/g, '-')}.pdf`));
      } catch (error) {
        result = `failed: ${(error as Error).message.split('\n')[0]}`;
        problems.push(`PDF (ours, ${job.label}): ${result}`);
      }
      runs.push({ ...job, result });
    }
  }
  // As shipped (it waits --pause 1000 ms on every slide), and with --pause 0 as its lower bound.
  const decktape = await decktapePdf(await urlFor('ours'), join(PDF_DIR, 'decktape-hosted.pdf'));
  const decktapeNoPause = await decktapePdf(await urlFor('ours'), join(PDF_DIR, 'decktape-hosted-pause0.pdf'), ['--pause', '0']);
  return { runs, decktape, decktapeNoPause };
});

await browser.close();
for (const s of Object.values(statics)) await s.close();

// ---------------------------------------------------------------- 7. peers and real inputs

const peers = withPeers ? await phase('peers: Marp CLI, Slidev, reveal-md beside ours and the hand-written page, two decks', () => measurePeers(log, dev?.hmrMs)) : undefined;
const realInputs = withCorpus ? await phase('real inputs: check and build of every corpus transcript and a 230 KB Whisper one', () => measureRealInputs(log)) : undefined;
const present = withPresent ? await phase('present: 200 audience sockets, then 1 + 5 pages in Chromium', () => measurePresent(log)) : undefined;
const totalMs = performance.now() - started;

// ---------------------------------------------------------------- 8. report

const sizeOf = (f: number): PipelineSize | undefined => pipeline?.sizes.find((s) => s.factor === f);
const fsMed = (xs: number[] | undefined): number | undefined => (xs && xs.length > 0 ? median(xs) : undefined);
const pdfOk = <T extends PdfResult>(r: T | string | undefined): T | undefined => (r && typeof r !== 'string' ? r : undefined);
const oursSlidesPdf = pdf?.runs.find((r) => r.label === 'hosted, slides')?.result;

const measured: Record<string, number | undefined> = {
  seedPipelineMs: sizeOf(1)?.medianMs,
  x100PipelineMs: sizeOf(100)?.medianMs,
  growthExponent: pipeline?.exponent,
  'buildRatio (cold)': ratio(buildOurs?.coldMs, buildHand?.coldMs),
  'buildRatio (warm)': ratio(buildOurs?.warmMs, buildHand?.warmMs),
  firstSlideRatio: ratio(fsMed(first?.oursHttp), fsMed(first?.handHttp)),
  jsRatio: ratio(bytes?.ours?.js.gzip, bytes?.hand?.js.gzip),
  singleFileGzipKB: bytes?.single ? bytes.single.gzip / 1024 : undefined,
  pdfSlidesVsDecktape: ratio(pdfOk(oursSlidesPdf)?.ms, pdf?.decktape.ms),
  ...Object.fromEntries(
    (pdf?.runs.length ? pdf.runs : [{ label: 'hosted, slides', result: 'not run' }]).map((r) => {
      const ok = pdfOk(r.result);
      return [`pdf25PagesS (${r.label})`, ok ? (ok.ms / 1000) * (25 / Math.max(1, ok.pages)) : undefined];
    }),
  ),
  hmrMs: fsMed(dev?.hmrMs),
};
const budgetFile = JSON.parse(readFileSync(join(BENCH, 'budgets.json'), 'utf8')) as { budgets: Record<string, { max?: number; below?: number; what: string }> };
const budgetRows = Object.entries(measured).map(([key, value]) => {
  const budget = budgetFile.budgets[key.replace(/ \(.*\)$/, '')];
  const limit = budget?.max ?? budget?.below;
  const exceeded = value === undefined || limit === undefined ? undefined : budget?.below !== undefined ? value >= limit : value > limit;
  return { key, value, limit: budget?.below !== undefined ? `< ${limit}` : `≤ ${limit}`, exceeded };
});

const lines: string[] = [];
const out = (s = ''): void => void lines.push(s);
out(`## transcript-deck benchmark`);
out();
out(`Command: \`${command}\` · ${new Date().toISOString()} · run time ${(totalMs / 1000).toFixed(0)} s`);
out(`Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.chromium}, ${machine.platform}; load average at start ${machine.loadAverageAtStart.join(' ')}, at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
out();
out(`### Pipeline (runPipeline, decode → render, sample deck's manifest)`);
out();
out(`| transcript | bytes | topics / slides | warm runs | median | p95 | CPU median | peak RSS (child) |`);
out(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const s of pipeline?.sizes ?? []) {
  out(
    `| ${s.factor === 1 ? 'seed' : `${s.factor}×`} | ${s.bytes.toLocaleString('en')} | ${s.topics} / ${s.slides} | ${s.timesMs.length}${s.warmup === 'seed' ? ' (warmed on seed)' : ''} | ${ms(s.medianMs)} | ${ms(percentile(s.timesMs, 95))} | ${ms(median(s.cpuMs))} | ${(s.maxRSSKB / 1024).toFixed(0)} MiB |`,
  );
}
out(`| growth exponent (least squares, log-log) | | | | ${pipeline ? pipeline.exponent.toFixed(2) : 'n/a'} | | ${pipeline ? pipeline.cpuExponent.toFixed(2) : 'n/a'} | (idle child: ${sizeOf(1) ? (sizeOf(1)!.baselineMaxRSSKB / 1024).toFixed(0) : 'n/a'} MiB) |`);
out();
out(`### Deck, side by side with the same slides as a hand-written reveal.js 6 page`);
out();
const b = bytes;
const sz = (s: Sizes | undefined): string => (s ? `${kib(s.raw)} / ${kib(s.gzip)} / ${kib(s.brotli)}` : 'n/a');
const pdfCell = (r: (PdfResult & { clipped?: number }) | string | undefined): string =>
  r === undefined ? 'n/a' : typeof r === 'string' ? `— (${r})` : `${ms(r.ms)}, ${kib(r.bytes)} KiB, ${r.pages} pages${r.clipped ? `, ${r.clipped} clipped` : ''}`;
const lat = (r: { transitionEnd: number[]; missed: number } | undefined): string =>
  r ? `${ms(median(r.transitionEnd))} / ${ms(percentile(r.transitionEnd, 95))}${r.missed ? ` (${r.missed} missed)` : ''}` : 'n/a';
const firstCell = (xs: number[] | string | undefined): string => (xs === undefined ? 'n/a' : typeof xs === 'string' ? xs : `${ms(median(xs))} (n=${xs.length})`);
out(`| metric | transcript-deck | hand-written / DeckTape | ratio |`);
out(`| --- | ---: | ---: | ---: |`);
const fontNote = (i: 0 | 1): string => (buildOurs?.fontMs ? ` (fonts ${ms(buildOurs.fontMs[i])})` : '');
out(`| vite build, cold (fresh process, empty caches) | ${ms(buildOurs?.coldMs)}${fontNote(0)} | ${ms(buildHand?.coldMs)} | ${fmtRatio(measured['buildRatio (cold)'])} |`);
out(`| vite build, warm (second build, same process) | ${ms(buildOurs?.warmMs)}${fontNote(1)} | ${ms(buildHand?.warmMs)} | ${fmtRatio(measured['buildRatio (warm)'])} |`);
out(`| vite build, cold / warm: hand-written page with our CSS and fonts (same look) | ${ms(buildOurs?.coldMs)} / ${ms(buildOurs?.warmMs)} | ${ms(buildStyled?.coldMs)} / ${ms(buildStyled?.warmMs)} | ${fmtRatio(ratio(buildOurs?.coldMs, buildStyled?.coldMs))} / ${fmtRatio(ratio(buildOurs?.warmMs, buildStyled?.warmMs))} |`);
out(`| dev server start → first GET /, cold / warm cache | ${ms(dev?.startColdMs)} / ${ms(dev?.startWarmMs)} | | |`);
out(`| HMR: transcript write → slides replaced, median / p95 (n) | ${dev ? `${ms(median(dev.hmrMs))} / ${ms(percentile(dev.hmrMs, 95))} (${dev.hmrMs.length})` : 'n/a'} | | |`);
for (const key of ['js', 'css', 'fonts', 'html', 'total'] as const) {
  out(`| hosted ${key === 'html' ? 'index.html' : key === 'fonts' ? 'fonts (woff2 sent as is)' : key}, KiB raw / gzip / br | ${sz(b?.ours?.[key])} | ${sz(b?.hand?.[key])} | ${fmtRatio(ratio(b?.ours?.[key].gzip, b?.hand?.[key].gzip))} |`);
}
out(`| single file deck.html, KiB raw / gzip / br | ${b?.single ? sz(b.single) : '— (no deck.html)'} | n/a | |`);
out(`| first slide over http (nav start → td-ready), median | ${firstCell(first?.oursHttp)} | ${firstCell(first?.handHttp)} | ${fmtRatio(measured['firstSlideRatio'])} |`);
out(`| first slide over http: hand-written page with our CSS and fonts (same look) | ${firstCell(first?.oursHttp)} | ${firstCell(first?.styledHttp)} | ${fmtRatio(ratio(fsMed(first?.oursHttp), fsMed(first?.styledHttp)))} |`);
out(`| first slide from file:// (deck.html) | ${firstCell(first?.oursFile)} | ${firstCell(first?.handFile)} | |`);
out(`| slide change http: key → slidetransitionend, median / p95 | ${lat(changes?.oursHttp)} | ${lat(changes?.handHttp)} | ${fmtRatio(ratio(fsMed(changes?.oursHttp.transitionEnd), fsMed(changes?.handHttp?.transitionEnd)))} |`);
out(`| slide change file:// (deck.html), median / p95 | ${lat(changes?.oursFile)} | | |`);
out(`| slide change http: key → slidechanged, median | ${ms(fsMed(changes?.oursHttp.changed))} | ${ms(fsMed(changes?.handHttp?.changed))} | ${fmtRatio(ratio(fsMed(changes?.oursHttp.changed), fsMed(changes?.handHttp?.changed)))} |`);
out(`| PDF slides, hosted — vs DeckTape ${DECKTAPE_VERSION} (reveal, http, default pause 1 s/slide) | ${pdfCell(oursSlidesPdf ?? (gaps.find((g) => g.startsWith('PDF (ours)')) ? 'export.ts missing' : undefined))} | ${pdfCell(pdf?.decktape)} | ${fmtRatio(measured['pdfSlidesVsDecktape'])} |`);
out(`| PDF slides, hosted — vs DeckTape --pause 0 (lower bound) | | ${pdfCell(pdf?.decktapeNoPause)} | ${fmtRatio(ratio(pdfOk(oursSlidesPdf)?.ms, pdf?.decktapeNoPause.ms))} |`);
for (const r of pdf?.runs ?? []) if (r.label !== 'hosted, slides') out(`| PDF ${r.label} | ${pdfCell(r.result)} | | |`);
out();
out(`### Budgets (bench/budgets.json)`);
out();
for (const r of budgetRows) {
  const value = r.value === undefined ? 'n/a' : r.value.toFixed(r.value >= 100 ? 0 : 2);
  out(`- ${r.exceeded === undefined ? '○ not measured' : r.exceeded ? '✗ EXCEEDED' : '✓ ok'}: ${r.key} = ${value} (budget ${r.limit})`);
}
const peerBudgetLines = peers ? peerBudgets(peers, budgetFile.budgets) : [];
if (peers) {
  out();
  for (const line of peersMarkdown(peers, peerBudgetLines)) out(line);
}
if (realInputs) {
  out();
  for (const line of realInputsMarkdown(realInputs)) out(line);
}
if (present) {
  out();
  for (const line of presentMarkdown(present)) out(line);
}
const exceeded = [...budgetRows.filter((r) => r.exceeded).map((r) => r.key), ...peerBudgetLines.filter((l) => l.met === false).map((l) => `${l.key} (${l.deck})`)];
out();
out(`Exceeded: ${exceeded.length ? exceeded.join(', ') : 'none'}.`);
if (gaps.length) out(`Gaps: ${gaps.join('; ')}.`);
if (problems.length) out(`Broken: ${problems.join('; ')}.`);
out(`Results: ${relative(REPO, join(RESULTS, 'latest.json'))}`);

writeFileSync(
  join(RESULTS, 'latest.json'),
  `${JSON.stringify(
    {
      command,
      date: new Date().toISOString(),
      runTimeMs: totalMs,
      machine,
      pipeline,
      build: { ours: buildOurs, handwritten: buildHand, handwrittenStyled: buildStyled },
      bytes,
      dev,
      firstSlide: first,
      slideChange: changes,
      pdf,
      decktape: { version: DECKTAPE_VERSION, install: decktapeInstall === 'cached' ? 'cached' : { code: decktapeInstall.code, ms: decktapeInstall.wallMs } },
      budgets: budgetRows,
      peers: peers ? { ...peers, budgets: peerBudgetLines } : 'not run (--peers)',
      realInputs: realInputs ?? 'not run (--corpus)',
      present: present ?? 'not run (--present)',
      exceeded,
      gaps,
      problems,
    },
    null,
    2,
  )}\n`,
);
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = problems.length > 0 ? 1 : 0;
