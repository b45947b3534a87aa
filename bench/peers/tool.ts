/**
 * What the benchmark needs of a peer (a tool a presenter could choose instead of ours): how to
 * build its Markdown, clear its caches, export a PDF and run its dev server. One file per tool
 * (marp.ts, slidev.ts, reveal-md.ts) says it; measure.ts times it.
 */
import { join } from 'node:path';
import type { Flavour } from './markdown.ts';
import { BENCH } from '../lib/process.ts';

/** The scratch folder the peers are installed into (never package.json), as DeckTape is. */
export const SCRATCH = join(BENCH, 'results', 'scratch');
export const SCRATCH_BIN = join(SCRATCH, 'node_modules', '.bin');
export const CHROMIUM = '/usr/bin/chromium';

/** One deck as one tool's project: its Markdown, its build folder and anything it caches. */
export interface PeerProject {
  dir: string;
  markdown: string;
  dist: string;
}

export interface Command {
  cmd: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

export interface Peer {
  name: string;
  /** The npm packages (pinned) installed into the scratch folder for it. */
  packages: string[];
  version: string;
  flavour: Flavour;
  /** Its page is a reveal.js deck (ready when Reveal is). */
  revealJs?: boolean;
  /** A note on the version picked, printed with the results (for example, why not the latest). */
  versionNote?: string;
  build(project: PeerProject): Command;
  /** Removes what a build leaves for the next one (a cold build starts without it). */
  clearCaches(project: PeerProject): void;
  pdf(project: PeerProject, out: string): Command;
  /** Its dev server on `port`: the page to open, and a line of its output that says it is up. */
  dev(project: PeerProject, port: number): Command & { url: string };
  /**
   * A rebuild in the same process (its watch mode), when it has one: the command, and the file a
   * rebuild rewrites. Absent when it has none (the reason is given instead).
   */
  watch?: (project: PeerProject) => Command & { output: string };
  noWatch?: string;
}

/** Chromium for every tool that prints or serves: Debian's, since nothing may download a browser. */
export const browserEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  CHROME_PATH: CHROMIUM,
  PUPPETEER_EXECUTABLE_PATH: CHROMIUM,
  PUPPETEER_SKIP_DOWNLOAD: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  BROWSER: 'none',
});
