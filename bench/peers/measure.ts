/**
 * Timing one tool on one deck: builds (cold, primed in a fresh process, warm in its watch mode),
 * bytes, first slide, PDF, and edit-to-slide in its dev server. The same routines time ours, so
 * every side of a ratio is measured the same way.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { run, sleep, tail, type Proc } from '../lib/process.ts';
import { EDIT_MARK, editedMarkdown } from './markdown.ts';
import type { Command, Peer, PeerProject } from './tool.ts';

export const exec = (c: Command, timeoutMs = 300_000): Promise<Proc> => run(c.cmd, c.args, { cwd: c.cwd, ...(c.env ? { env: c.env } : {}), timeoutMs });

/** Wall time of a command that must succeed. */
export async function timed(c: Command, what: string, timeoutMs?: number): Promise<number> {
  const p = await exec(c, timeoutMs);
  if (p.code !== 0) throw new Error(`${what}: exit ${p.code}: ${tail(p)}`);
  return p.wallMs;
}

export interface Builds {
  coldMs: number;
  primedMs: number;
  /** A rebuild in the same process (ms), or why there is none. */
  warmMs: number | string;
}

export async function peerBuilds(peer: Peer, project: PeerProject): Promise<Builds> {
  peer.clearCaches(project);
  const coldMs = await timed(peer.build(project), `${peer.name} cold build`);
  const primedMs = await timed(peer.build(project), `${peer.name} primed build`);
  const warmMs = peer.watch ? await watchRebuilds(peer.watch(project), project) : (peer.noWatch ?? 'no watch mode');
  return { coldMs, primedMs, warmMs };
}

/** Median of three edits: Markdown written → the watch process has rewritten its output. */
async function watchRebuilds(c: Command & { output: string }, project: PeerProject): Promise<number> {
  const original = readFileSync(project.markdown, 'utf8');
  const child = spawn(c.cmd, c.args, { cwd: c.cwd, env: c.env, stdio: 'ignore', detached: true });
  const changed = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no rebuild within 30 s')), 30_000);
      // The folder, not the file: a tool may replace the file rather than write into it.
      const watcher = watch(dirname(c.output), () => {
        clearTimeout(timer);
        watcher.close();
        resolve(performance.now());
      });
    });
  try {
    for (let i = 0; i < 300 && !existsSync(c.output); i++) await sleep(100);
    await sleep(1_000); // the first conversion of a watch run is not a rebuild
    const times: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const done = changed();
      const t0 = performance.now();
      writeFileSync(project.markdown, editedMarkdown(original, i));
      times.push((await done) - t0);
      await sleep(500);
    }
    return times.sort((a, b) => a - b)[1]!;
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    writeFileSync(project.markdown, original);
  }
}

const isFont = (f: string): boolean => ['.woff2', '.woff', '.ttf', '.otf'].includes(extname(f).toLowerCase());
const gz = (bytes: Buffer, file: string): number => (isFont(file) ? bytes.length : Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length));

/** Everything in a build folder, each file gzipped as a static host sends it (fonts as they are). */
export function folderGzip(dir: string, skip: (relativePath: string) => boolean = () => false): { files: number; raw: number; gzip: number } {
  const out = { files: 0, raw: 0, gzip: 0 };
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!skip(relative(dir, path))) {
        const bytes = readFileSync(path);
        out.files++;
        out.raw += bytes.length;
        out.gzip += gz(bytes, path);
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * In the page: when the first slide's title is laid out (and, for reveal.js pages, Reveal is ready),
 * a `peer-ready` mark (`revealJs`: the page is a reveal.js deck, and Reveal must be ready too). Checked every frame, so it is late by at most one frame (16 ms) on every side.
 */
export const readyScript = (title: string, revealJs = false): string => `(() => {
  const title = ${JSON.stringify(title.slice(0, 12))};
  const revealJs = ${revealJs};
  const check = () => {
    const heading = [...document.querySelectorAll('h1')].find((h) => h.textContent.includes(title) && h.getBoundingClientRect().width > 0);
    // A reveal.js page whose scripts did not run still shows its headings, unstyled: not ready.
    const reveal = window.Reveal;
    if (heading && (!revealJs || (reveal && typeof reveal.isReady === 'function' && reveal.isReady()))) performance.mark('peer-ready');
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

export interface FirstLoad {
  ms: number;
  /** Bytes the page fetched to show it, gzipped as a host would send them. */
  fetchedGzip: number;
}

/** Navigation start → `peer-ready`, in a fresh context (empty cache). */
export async function loadOnce(browser: Browser, url: string, title: string, revealJs: boolean, timeout = 30_000): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(readyScript(title, revealJs));
    const bodies: Promise<number>[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith('http')) bodies.push(r.body().then((b) => gz(b, new URL(r.url()).pathname), () => 0));
    });
    await page.goto(url);
    const ms = await waitMark(page, 'peer-ready', timeout);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    return { ms, fetchedGzip: (await Promise.all(bodies)).reduce((a, b) => a + b, 0) };
  } finally {
    await context.close();
  }
}

async function waitMark(page: Page, name: string, timeout: number): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

/** Pages of a PDF and its size, after a command wrote it. */
export async function pdfRun(c: Command, out: string, what: string): Promise<{ ms: number; bytes: number; pages: number }> {
  const ms = await timed(c, what, 300_000);
  const bytes = readFileSync(out);
  return { ms, bytes: bytes.length, pages: (await PDFDocument.load(bytes, { ignoreEncryption: true })).getPageCount() };
}

/**
 * Edit-to-slide in a tool's dev server: the Markdown written → the edited title shown in the open
 * page (by hot update or by reload, whichever the tool does). Median of three; the server's start is
 * timed too (spawn → first page ready).
 */
export async function devEdits(peer: Peer, project: PeerProject, browser: Browser, port: number, title: string): Promise<{ startMs: number; editMs: number[]; missed: number }> {
  const c = peer.dev(project, port);
  const original = readFileSync(project.markdown, 'utf8');
  // A page left by an earlier run would count as the server being up.
  if (c.url.startsWith('file:')) rmSync(fileURLToPath(c.url), { force: true });
  const t0 = performance.now();
  const child = spawn(c.cmd, c.args, { cwd: c.cwd, env: c.env, stdio: 'ignore', detached: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    for (let i = 0; ; i++) {
      const up = c.url.startsWith('file:') ? existsSync(fileURLToPath(c.url)) : await fetch(c.url).then((r) => r.ok, () => false);
      if (up) break;
      if (i > 600) throw new Error(`${peer.name} dev server: ${c.url} not up within 60 s`);
      await sleep(100);
    }
    const page = await context.newPage();
    let seen: ((t: number) => void) | undefined;
    await page.exposeBinding('__peerSeen', () => seen?.(performance.now()));
    // Looks for the edited title every frame, in every page load (a tool may reload): shown text
    // (innerText), as a page may hold the Markdown source before it shows it.
    // A string, not a function: tsx compiles functions with helpers (`__name`) the page lacks.
    await page.addInitScript(`(() => {
      const look = () => {
        const want = window.__peerWant ?? localStorage.getItem('peer-want');
        if (want && document.body?.innerText.includes(want)) {
          localStorage.removeItem('peer-want');
          window.__peerWant = undefined;
          window.__peerSeen();
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    })();`);
    await page.addInitScript(readyScript(title, peer.revealJs ?? false));
    await page.goto(c.url);
    await waitMark(page, 'peer-ready', 60_000);
    const startMs = performance.now() - t0;
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const editMs: number[] = [];
    let missed = 0;
    for (let i = 1; i <= 3; i++) {
      const want = `${EDIT_MARK}-${i}`;
      await page.evaluate((w) => {
        localStorage.setItem('peer-want', w);
        (window as unknown as { __peerWant?: string }).__peerWant = w;
      }, want);
      const shown = new Promise<number>((resolve, reject) => {
        seen = resolve;
        setTimeout(() => reject(new Error(`${peer.name}: edit ${i} not shown within 20 s`)), 20_000);
      });
      const t = performance.now();
      writeFileSync(project.markdown, editedMarkdown(original, i));
      try {
        editMs.push((await shown) - t);
      } catch (error) {
        if (++missed === 3) throw error;
      }
      seen = undefined;
      await sleep(1_500); // a reloading page settles, its watcher reconnects
    }
    return { startMs, editMs, missed };
  } finally {
    await context.close();
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    writeFileSync(project.markdown, original);
  }
}
