/**
 * `npm run bench -- --peers`: ours side by side with Marp CLI, Slidev and reveal-md (issue #22), on
 * the sample deck and the English evaluation deck, all in one run, and the budgets that compare
 * them (bench/budgets.json, `peers` keys). Ours and the hand-written reveal.js page are measured
 * again here rather than taken from the rest of the run, so each ratio's sides are minutes apart,
 * not a quarter of an hour.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { launchOptions } from '../../src/io/chromium.ts';
import { serveFolder, type StaticServer } from '../../src/io/static-server.ts';
import { writeHandwritten } from '../handwritten.ts';
import { BENCH, lastJson, REPO, run, tail, tsx } from '../lib/process.ts';
import { fmtRatio, median, ms, ratio } from '../lib/stats.ts';
import { loadBenchDecks, slug, type BenchDeck } from './decks.ts';
import { marpCli } from './marp.ts';
import { deckMarkdown } from './markdown.ts';
import { devEdits, folderGzip, loadOnce, pdfRun, peerBuilds, type Builds, type FirstLoad } from './measure.ts';
import { revealMdCli } from './reveal-md.ts';
import { slidevCli } from './slidev.ts';
import { SCRATCH, type Peer, type PeerProject } from './tool.ts';

export const PEERS: readonly Peer[] = [marpCli, slidevCli, revealMdCli];
const RESULTS = join(BENCH, 'results', 'peers');
const PROJECTS = join(SCRATCH, 'projects');
const LOADS = 5;

type Outcome<T> = T | { failed: string };
const failed = (x: unknown): x is { failed: string } => typeof x === 'object' && x !== null && 'failed' in x;
async function attempt<T>(what: string, body: () => Promise<T>, log: (s: string) => void): Promise<Outcome<T>> {
  try {
    return await body();
  } catch (error) {
    const message = `${what}: ${(error as Error).message.split('\n').slice(0, 3).join(' | ')}`;
    log(`  FAILED ${message}`);
    return { failed: message };
  }
}

function installedVersion(name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(SCRATCH, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** The peers' packages, into the scratch folder (never package.json), once: later runs reuse them. */
async function installPeers(log: (s: string) => void): Promise<{ ms: number } | 'cached' | { failed: string }> {
  const wanted = PEERS.flatMap((p) => p.packages);
  const missing = wanted.filter((spec) => {
    const at = spec.lastIndexOf('@');
    return installedVersion(spec.slice(0, at)) !== spec.slice(at + 1);
  });
  if (missing.length === 0) return 'cached';
  log(`installing ${missing.join(' ')} into ${SCRATCH} (comparison only)`);
  mkdirSync(SCRATCH, { recursive: true });
  const p = await run('npm', ['i', '--prefix', SCRATCH, '--no-audit', '--no-fund', '--loglevel=error', ...missing], {
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    timeoutMs: 600_000,
  });
  return p.code === 0 ? { ms: p.wallMs } : { failed: `npm i: ${p.stderr.trim().split('\n').slice(-3).join(' ')}` };
}

interface OursBuild {
  coldMs: number;
  warmMs: number;
  fontMs?: [number, number];
}
export interface DeckRun {
  deck: string;
  slides: number;
  markdownBytes: Record<string, number>;
  builds: Record<string, Outcome<Builds>>;
  bytes: Record<string, { files: number; gzip: number }>;
  first: Record<string, Outcome<{ http: FirstLoad[]; file: number[] | string }>>;
  pdf: Record<string, Outcome<{ ms: number; bytes: number; pages: number }>>;
  edit?: Record<string, Outcome<{ startMs: number; editMs: number[]; missed: number }>>;
  /** Ours printing the built folder alone (src/pdf/export.ts in this process, browser start included). */
  printOnly?: Outcome<{ ms: number; pages: number }>;
}

/** Wall time of a command run as a presenter runs it (a fresh process), which must succeed. */
async function wall(cmd: string, args: string[], what: string, env?: NodeJS.ProcessEnv): Promise<number> {
  const p = await run(cmd, args, { timeoutMs: 300_000, ...(env ? { env } : {}) });
  if (p.code !== 0) throw new Error(`${what}: exit ${p.code}: ${tail(p)}`);
  return p.wallMs;
}

/**
 * Cold and primed: `transcript-deck build <deck>`, the command a presenter runs (and `pdf` runs
 * before it prints), timed from outside as each peer's own command is, with the font cache in a
 * scratch folder (emptied for the cold build); warm: the median of five rebuilds in one process
 * (bench/build-child.ts, which also reports the font plugin's time).
 */
async function oursBuilds(deck: BenchDeck, dist: string, cache: string): Promise<Builds & { fontMs?: [number, number] }> {
  const fonts = join(cache, 'cli-fonts');
  rmSync(fonts, { recursive: true, force: true });
  const env = { ...process.env, TRANSCRIPT_DECK_FONT_CACHE: fonts };
  const cli = [join(REPO, 'bin', 'transcript-deck.mjs'), 'build', deck.target, '--out', dist];
  const coldMs = await wall(process.execPath, cli, 'ours cold build', env);
  const primedMs = await wall(process.execPath, cli, 'ours primed build', env);
  const warm = lastJson<OursBuild>(await tsx('build-child.ts', ['ours', dist, cache], 300_000, { ...process.env, TRANSCRIPT_DECK: deck.target }));
  return { coldMs, primedMs, warmMs: warm.warmMs, ...(warm.fontMs ? { fontMs: warm.fontMs } : {}) };
}
/** The hand-written page: `vite build` (Vite's own command, no config file) cold and primed; warm as ours. */
async function handBuilds(root: string, dist: string, cache: string): Promise<Builds> {
  const vite = [join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', root, '--base', './', '--outDir', dist, '--emptyOutDir', '--target', 'es2022', '--logLevel', 'warn'];
  const coldMs = await wall(process.execPath, vite, 'hand-written cold build');
  const primedMs = await wall(process.execPath, vite, 'hand-written primed build');
  const warm = lastJson<OursBuild>(await tsx('build-child.ts', ['handwritten', root, dist, cache], 180_000));
  return { coldMs, primedMs, warmMs: warm.warmMs };
}

export interface PeersReport {
  install: Awaited<ReturnType<typeof installPeers>>;
  versions: Record<string, string | undefined>;
  decks: DeckRun[];
}

/** Every measurement of every tool on every deck. `oursEditMs`: our dev server's HMR, from the main run. */
export async function measurePeers(log: (s: string) => void, oursEditMs?: number[]): Promise<PeersReport> {
  const install = await installPeers(log);
  const versions = Object.fromEntries(PEERS.map((p) => [p.name, installedVersion(p.packages[0]!.slice(0, p.packages[0]!.lastIndexOf('@')))]));
  const usable = failed(install) ? [] : PEERS;
  const decks: DeckRun[] = [];
  const browser = await chromium.launch(launchOptions());
  const servers: StaticServer[] = [];
  try {
    for (const deck of loadBenchDecks()) {
      const name = slug(deck.name);
      log(`peers: ${deck.name}, ${deck.deck.slides.length} slides`);
      const oursDist = join(RESULTS, name, 'ours');
      const handRoot = join(RESULTS, name, 'handwritten');
      const handDist = join(handRoot, 'dist');
      const projects = new Map<Peer, PeerProject>();
      const result: DeckRun = { deck: deck.name, slides: deck.deck.slides.length, markdownBytes: {}, builds: {}, bytes: {}, first: {}, pdf: {} };
      for (const peer of usable) {
        const dir = join(PROJECTS, name, slug(peer.name));
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        const project = { dir, markdown: join(dir, 'slides.md'), dist: join(dir, 'dist') };
        const markdown = deckMarkdown(deck.deck, peer.flavour);
        writeFileSync(project.markdown, markdown);
        result.markdownBytes[peer.name] = Buffer.byteLength(markdown);
        projects.set(peer, project);
      }

      log('  builds: ours, hand-written, peers (cold, primed in a fresh process, warm)');
      result.builds['ours'] = await attempt('ours build', () => oursBuilds(deck, oursDist, join(RESULTS, name, 'cache-ours')), log);
      if (existsSync(join(oursDist, 'index.html'))) {
        writeHandwritten(oursDist, handRoot);
        result.builds['hand-written'] = await attempt('hand-written build', () => handBuilds(handRoot, handDist, join(RESULTS, name, 'cache-hand')), log);
      }
      for (const [peer, project] of projects) {
        log(`  ${peer.name} build`);
        result.builds[peer.name] = await attempt(`${peer.name} build`, () => peerBuilds(peer, project), log);
      }

      // Bytes: the hosted build (ours: index.html and assets/, deck.html is the separate single file).
      if (existsSync(oursDist)) result.bytes['ours'] = folderGzip(oursDist, (f) => f === 'deck.html' || f.endsWith('.json'));
      if (existsSync(handDist)) result.bytes['hand-written'] = folderGzip(handDist);
      for (const [peer, project] of projects) if (existsSync(project.dist)) result.bytes[peer.name] = folderGzip(project.dist);

      log(`  first slide: ${LOADS} loads each over http, in turns, fresh context each; file:// once`);
      const title = deck.deck.meta.title;
      const sites: { key: string; dist: string; entry: string; revealJs: boolean }[] = [
        { key: 'ours', dist: oursDist, entry: 'index.html', revealJs: true },
        { key: 'hand-written', dist: handDist, entry: 'index.html', revealJs: true },
        ...[...projects].map(([peer, project]) => ({ key: peer.name, dist: project.dist, entry: 'index.html', revealJs: peer.revealJs ?? false })),
      ].filter((s) => existsSync(join(s.dist, s.entry)));
      const urls: string[] = [];
      for (const site of sites) {
        const server = await serveFolder(site.dist);
        servers.push(server);
        urls.push(server.url + site.entry);
      }
      const loads = sites.map((): FirstLoad[] => []);
      const errors = sites.map((): string | undefined => undefined);
      for (let round = -1; round < LOADS; round++) {
        for (const [k, url] of urls.entries()) {
          if (errors[k]) continue;
          try {
            const load = await loadOnce(browser, url, title, sites[k]!.revealJs);
            if (round >= 0) loads[k]!.push(load); // round -1 warms the browser up, discarded
          } catch (error) {
            errors[k] = (error as Error).message.split('\n')[0];
          }
        }
      }
      for (const [k, site] of sites.entries()) {
        let file: number[] | string;
        const entry = site.key === 'ours' ? join(site.dist, 'deck.html') : join(site.dist, site.entry);
        try {
          file = [(await loadOnce(browser, pathToFileURL(entry).href, title, site.revealJs, 8_000)).ms];
        } catch {
          file = 'does not start from file://';
        }
        result.first[site.key] = errors[k] ? { failed: errors[k]! } : { http: loads[k]!, file };
      }

      log('  PDF: ours (`transcript-deck pdf <deck>`: build, then print), each peer its own export');
      mkdirSync(join(RESULTS, name), { recursive: true });
      const oursPdf = join(RESULTS, name, 'ours.pdf');
      result.pdf['ours'] = await attempt('ours pdf', () => pdfRun({ cmd: process.execPath, args: [join(REPO, 'bin', 'transcript-deck.mjs'), 'pdf', deck.target, '--out', oursPdf], cwd: REPO }, oursPdf, 'ours pdf'), log);
      result.printOnly = await attempt('ours print', async () => {
        const { exportPdf } = await import('../../src/pdf/export.ts');
        const printed = await exportPdf({ deck: join(oursDist, 'index.html'), mode: 'slides', out: join(RESULTS, name, 'ours-print-only.pdf') });
        return { ms: printed.ms, pages: printed.pages };
      }, log);
      for (const [peer, project] of projects) {
        const out = join(RESULTS, name, `${slug(peer.name)}.pdf`);
        rmSync(out, { force: true });
        log(`  ${peer.name} PDF`);
        result.pdf[peer.name] = await attempt(`${peer.name} pdf`, () => pdfRun(peer.pdf(project, out), out, `${peer.name} pdf`), log);
      }

      // Edit-to-slide: on the sample deck (ours: the transcript edited, in the main run's dev-server phase).
      if (decks.length === 0) {
        result.edit = {};
        if (oursEditMs?.length) result.edit['ours'] = { startMs: NaN, editMs: oursEditMs, missed: 0 };
        let port = 18_600;
        for (const [peer, project] of projects) {
          log(`  ${peer.name} dev server: edit-to-slide`);
          result.edit[peer.name] = await attempt(`${peer.name} dev`, () => devEdits(peer, project, browser, port++, title), log);
        }
      }
      decks.push(result);
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
  return { install, versions, decks };
}

// ---------------------------------------------------------------- report

const ok = <T>(x: Outcome<T> | undefined): T | undefined => (x === undefined || failed(x) ? undefined : x);
const firstMs = (r: DeckRun, key: string): number | undefined => {
  const f = ok(r.first[key]);
  return f ? median(f.http.map((l) => l.ms)) : undefined;
};
const editMed = (r: DeckRun, key: string): number | undefined => {
  const e = ok(r.edit?.[key]);
  return e ? median(e.editMs) : undefined;
};

export interface BudgetLine {
  key: string;
  deck: string;
  value?: number;
  limit: string;
  met?: boolean;
  reason: string;
}

/** Issue #22's budgets, as ratios of this run, each met or not with what it compared. */
export function peerBudgets(report: PeersReport, budgets: Record<string, { max?: number; below?: number; what: string }>): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const check = (key: string, deck: string, ours: number | undefined, other: number | undefined, otherName: string): void => {
    const b = budgets[key];
    if (!b) return;
    const value = ratio(ours, other);
    const limit = b.below !== undefined ? `< ${b.below}` : `≤ ${b.max}`;
    const met = value === undefined ? undefined : b.below !== undefined ? value < b.below : value <= b.max!;
    lines.push({ key: `${key} (${otherName})`, deck, ...(value !== undefined ? { value } : {}), limit, ...(met !== undefined ? { met } : {}), reason: `ours ${ms(ours)} vs ${otherName} ${ms(other)}` });
  };
  for (const r of report.decks) {
    const build = (k: string): Builds | undefined => ok(r.builds[k]);
    const ours = build('ours');
    check('coldVsSlidev', r.deck, ours?.coldMs, build('Slidev')?.coldMs, 'Slidev');
    check('coldVsMarp', r.deck, ours?.coldMs, build('Marp CLI')?.coldMs, 'Marp CLI');
    check('primedVsHandwritten', r.deck, ours?.primedMs, build('hand-written')?.primedMs, 'hand-written');
    check('firstSlideVsHandwritten', r.deck, firstMs(r, 'ours'), firstMs(r, 'hand-written'), 'hand-written');
    for (const peer of PEERS) {
      check('firstSlideVsPeer', r.deck, firstMs(r, 'ours'), firstMs(r, peer.name), peer.name);
      check('pdfVsPeer', r.deck, ok(r.pdf['ours'])?.ms, ok(r.pdf[peer.name])?.ms, peer.name);
      if (r.edit) check('editVsPeer', r.deck, editMed(r, 'ours'), editMed(r, peer.name), peer.name);
    }
  }
  return lines;
}

export function peersMarkdown(report: PeersReport, budgetLines: BudgetLine[]): string[] {
  const out: string[] = [];
  const keys = ['ours', 'hand-written', ...PEERS.map((p) => p.name)];
  out.push(`### Peers: the same slides in Marp CLI, Slidev and reveal-md (issue #22)`);
  out.push('');
  out.push(`Versions: ${PEERS.map((p) => `${p.name} ${report.versions[p.name] ?? 'not installed'}${p.versionNote ? ` (${p.versionNote})` : ''}`).join('; ')}. Install: ${report.install === 'cached' ? 'cached' : failed(report.install) ? report.install.failed : ms(report.install.ms)}.`);
  out.push('The peers get our Deck written in their Markdown (bench/peers/markdown.ts): the same slides and notes, their default themes and the system fonts (no fonts cut); ours cuts its fonts and runs the pipeline from the transcript in every build. Times are of a loaded 2-core machine: read the ratios.');
  for (const r of report.decks) {
    out.push('');
    out.push(`#### ${r.deck} (${r.slides} slides)`);
    out.push('');
    out.push(`| metric | ${keys.join(' | ')} |`);
    out.push(`| --- |${keys.map(() => ' ---: |').join('')}`);
    const row = (label: string, cell: (k: string) => string): void => void out.push(`| ${label} | ${keys.map(cell).join(' | ')} |`);
    const b = (k: string): Outcome<Builds> | undefined => r.builds[k];
    const cellOf = <T>(x: Outcome<T> | undefined, f: (v: T) => string): string => (x === undefined ? '—' : failed(x) ? 'failed' : f(x));
    const fonts = (k: string, i: 0 | 1): string => {
      const f = (ok(b(k)) as { fontMs?: [number, number] } | undefined)?.fontMs;
      return f ? ` (fonts ${ms(f[i])})` : '';
    };
    row('cold build (fresh process, empty caches)', (k) => cellOf(b(k), (v) => `${ms(v.coldMs)}${fonts(k, 0)}`));
    row('rebuild, fresh process, caches primed', (k) => cellOf(b(k), (v) => ms(v.primedMs)));
    row('warm rebuild (same process / watch mode)', (k) => cellOf(b(k), (v) => (typeof v.warmMs === 'number' ? ms(v.warmMs) : 'n/a')));
    row('hosted build, files / KiB gzip', (k) => (r.bytes[k] ? `${r.bytes[k]!.files} / ${(r.bytes[k]!.gzip / 1024).toFixed(1)}` : '—'));
    row('fetched by the first load, KiB gzip', (k) => cellOf(r.first[k], (v) => (median(v.http.map((l) => l.fetchedGzip)) / 1024).toFixed(1)));
    row(`first slide over http, median of ${LOADS}`, (k) => cellOf(r.first[k], (v) => ms(median(v.http.map((l) => l.ms)))));
    row('first slide from file://', (k) => cellOf(r.first[k], (v) => (typeof v.file === 'string' ? 'no' : ms(v.file[0])))); 
    row('PDF (own export, from source), time / pages', (k) => (k === 'hand-written' ? '—' : cellOf(r.pdf[k], (v) => `${ms(v.ms)} / ${v.pages}`)));
    row('PDF, printing alone (built folder → PDF)', (k) => (k === 'ours' ? cellOf(r.printOnly, (v) => `${ms(v.ms)} / ${v.pages}`) : '—'));
    if (r.edit) {
      row('dev server start → first slide', (k) => (k === 'ours' || k === 'hand-written' ? '—' : cellOf(r.edit![k], (v) => ms(v.startMs))));
      row('edit → slide shown in the dev server, median', (k) => (k === 'hand-written' ? '—' : cellOf(r.edit![k], (v) => `${ms(median(v.editMs))}${v.missed ? ` (${v.missed} of 3 not shown in 20 s)` : ''}`)));
    }
    const failures = Object.values({ ...r.builds, ...r.first, ...r.pdf, ...(r.edit ?? {}) }).filter(failed).map((f) => f.failed);
    if (failures.length) out.push('', `Failed: ${failures.join('; ')}.`);
  }
  out.push('');
  out.push('Budgets against the peers (bench/budgets.json):');
  out.push('');
  for (const l of budgetLines) {
    out.push(`- ${l.met === undefined ? '○ not measured' : l.met ? '✓ met' : '✗ NOT MET'}: ${l.key}, ${l.deck} = ${fmtRatio(l.value)} (budget ${l.limit}; ${l.reason})`);
  }
  return out;
}

// Standalone: `tsx bench/peers/index.ts` (the main run calls measurePeers itself with --peers).
if (process.argv[1]?.endsWith(join('peers', 'index.ts'))) {
  const log = (s: string): void => void process.stderr.write(`[peers] ${s}\n`);
  const report = await measurePeers(log);
  const budgets = (JSON.parse(readFileSync(join(BENCH, 'budgets.json'), 'utf8')) as { budgets: Record<string, { max?: number; below?: number; what: string }> }).budgets;
  const lines = peerBudgets(report, budgets);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify({ ...report, budgets: lines }, null, 2)}\n`);
  process.stdout.write(`${peersMarkdown(report, lines).join('\n')}\n`);
}
