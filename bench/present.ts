/**
 * `npm run bench -- --present` (or alone: `npx tsx bench/present.ts`): transcript-deck present on
 * loopback, its server in a process of its own (bench/present-child.ts).
 *   load:    200 audience WebSockets (the ws client) and one presenter socket; STEPS steps; each
 *            step's delivery to every socket (presenter's send → socket's receipt), p50 / p95 /
 *            worst, and the server's resident memory idle, with the sockets open, after the steps.
 *   browser: one presenter page and five audience pages (Chromium contexts, phone-sized) of an
 *            English deck, 20 steps: step → slide shown on each page, median and worst.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';
import { WebSocket } from 'ws';
import { LAPTOP, openDeck, settle, timeSteps } from '../e2e/follow-page.ts';
import { launchOptions } from '../src/io/chromium.ts';
import { loadDeck } from '../src/io/load-deck.ts';
import { buildPresentCopies } from '../src/present/build.ts';
import { PRESENTER_PREFIX, readStateMessage } from '../src/shared/follow.ts';
import { BENCH, REPO } from './lib/process.ts';
import { median, percentile } from './lib/stats.ts';

const PORT = 4315;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TOKEN = 'bench-token-0123456789ab';
const AUDIENCE = 200;
const STEPS = 50;
const BROWSER_DECK = 'eval/corpus/en-srt-ergo-20241211-beene.srt';

export interface PresentResults {
  load: { sockets: number; steps: number; deliveries: number; p50Ms: number; p95Ms: number; worstMs: number; rssMiB: { idle: number; connected: number; afterSteps: number } };
  browser: { pages: number; steps: number; medianMs: number; worstMs: number; toServerMedianMs: number };
  loadAverage: { start: number[]; end: number[] };
}

interface Child {
  process: ChildProcess;
  rss(): Promise<number>;
  stop(): Promise<void>;
}

async function startChild(copies?: unknown): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(BENCH, 'present-child.ts'), String(PORT), TOKEN, ...(copies ? [JSON.stringify(copies)] : [])], { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: Array<(line: string) => void> = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const nextLine = (): Promise<string> => new Promise((done) => waiting.push(done));
  const ready = await nextLine();
  if (!ready.startsWith('ready')) throw new Error(`present child: ${ready}`);
  return {
    process: child,
    rss: async () => {
      const answer = nextLine();
      child.stdin!.write('rss\n');
      return Number((await answer).split(' ')[1]) / 2 ** 20;
    },
    stop: () => new Promise((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}

const socket = (path: string): Promise<WebSocket> =>
  new Promise((done, fail) => {
    const ws = new WebSocket(`ws://127.0.0.1:${PORT}${path}`, { headers: { origin: ORIGIN } });
    ws.once('open', () => done(ws));
    ws.once('error', fail);
  });

async function measureLoad(): Promise<PresentResults['load']> {
  const child = await startChild();
  try {
    const idle = await child.rss();
    const presenter = await socket(`/follow?token=${TOKEN}`);
    const audience: WebSocket[] = [];
    for (let i = 0; i < AUDIENCE; i++) audience.push(await socket('/follow'));
    const connected = await child.rss();
    const latencies: number[] = [];
    for (let s = 1; s <= STEPS; s++) {
      const arrived = audience.map(
        (ws) =>
          new Promise<number>((done) => {
            const onMessage = (data: Buffer): void => {
              const message = readStateMessage(data.toString());
              if (message?.state.indexh !== s) return;
              ws.off('message', onMessage);
              done(Date.now());
            };
            ws.on('message', onMessage);
          }),
      );
      const sent = Date.now();
      presenter.send(JSON.stringify({ type: 'move', state: { indexh: s, indexv: 0, indexf: -1 } }));
      for (const at of await Promise.all(arrived)) latencies.push(at - sent);
      // A presenter's pace, quickened: one step every 100 ms.
      await new Promise((wait) => setTimeout(wait, 100));
    }
    const afterSteps = await child.rss();
    for (const ws of [presenter, ...audience]) ws.close();
    return { sockets: AUDIENCE, steps: STEPS, deliveries: latencies.length, p50Ms: median(latencies), p95Ms: percentile(latencies, 95), worstMs: Math.max(...latencies), rssMiB: { idle, connected, afterSteps } };
  } finally {
    await child.stop();
  }
}

async function measureBrowser(log: (message: string) => void): Promise<PresentResults['browser']> {
  const outDir = join(BENCH, 'results', 'present');
  mkdirSync(outDir, { recursive: true });
  log(`present: building ${BROWSER_DECK} for ${ORIGIN}`);
  const copies = await buildPresentCopies(BROWSER_DECK, outDir, loadDeck(BROWSER_DECK).output!.deck.meta.lang, { audienceUrl: `${ORIGIN}/`, socketOrigin: `ws://127.0.0.1:${PORT}` });
  const child = await startChild({ presenterDir: copies.presenterDir, audience: [...copies.audience] });
  const browser = await chromium.launch(launchOptions());
  try {
    const presenter = await openDeck(browser, `${ORIGIN}${PRESENTER_PREFIX}${TOKEN}/`, LAPTOP);
    const audience = await Promise.all(Array.from({ length: 5 }, () => openDeck(browser, `${ORIGIN}/`)));
    await settle(audience);
    const slides = await presenter.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    const { shown, toServer } = await timeSteps(presenter, audience, 20, slides);
    return { pages: audience.length, steps: 20, medianMs: median(shown), worstMs: Math.max(...shown), toServerMedianMs: median(toServer) };
  } finally {
    await browser.close();
    await child.stop();
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function measurePresent(log: (message: string) => void): Promise<PresentResults> {
  const start = loadavg().map((l) => Number(l.toFixed(2)));
  log(`present: ${AUDIENCE} audience sockets, ${STEPS} steps`);
  const load = await measureLoad();
  log('present: one presenter and five audience pages in Chromium, 20 steps');
  const browser = await measureBrowser(log);
  return { load, browser, loadAverage: { start, end: loadavg().map((l) => Number(l.toFixed(2))) } };
}

export function presentMarkdown(r: PresentResults): string[] {
  const f = (v: number): string => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
  const mib = (v: number): string => `${v.toFixed(0)} MiB`;
  return [
    `### Follow along (\`transcript-deck present\`, loopback; load average ${r.loadAverage.start.join(' ')} at start, ${r.loadAverage.end.join(' ')} at end)`,
    '',
    '| check | deliveries | median | p95 | worst | budget |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    `| ${r.load.sockets} audience sockets, ${r.load.steps} steps: presenter's send → each socket's receipt | ${r.load.deliveries} | ${f(r.load.p50Ms)} | ${f(r.load.p95Ms)} | ${f(r.load.worstMs)} | p95 < 500 ms ${r.load.p95Ms < 500 ? '✓' : '✗'} |`,
    `| 1 presenter + ${r.browser.pages} audience pages (Chromium), ${r.browser.steps} steps: step → slide shown | ${r.browser.pages * r.browser.steps} | ${f(r.browser.medianMs)} | | ${f(r.browser.worstMs)} | worst ≤ 500 ms ${r.browser.worstMs <= 500 ? '✓' : '✗'} |`,
    '',
    `Server memory (RSS): ${mib(r.load.rssMiB.idle)} idle, ${mib(r.load.rssMiB.connected)} with ${r.load.sockets + 1} sockets open, ${mib(r.load.rssMiB.afterSteps)} after the steps. In the browser run, step → the server's send: median ${f(r.browser.toServerMedianMs)}.`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measurePresent((message) => process.stderr.write(`[bench present] ${message}\n`));
  process.stdout.write(`${presentMarkdown(results).join('\n')}\n\n${JSON.stringify(results)}\n`);
}
