/**
 * Slidev: a Vue single-page app built by Vite. 53.x asks for Node ≥ 22.12; this machine has Node 20,
 * so the benchmark pins the last release that supports it (52.20.1, engines node ≥ 20.12).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { browserEnv, CHROMIUM, SCRATCH, SCRATCH_BIN, type Peer } from './tool.ts';

const VERSION = '52.20.1';
const slidev = join(SCRATCH_BIN, 'slidev');

export const slidevCli: Peer = {
  name: 'Slidev',
  packages: [`@slidev/cli@${VERSION}`, '@slidev/theme-default@0.25.0', 'playwright-chromium@1.65.0'],
  version: VERSION,
  versionNote: '@slidev/cli 53.0.0 needs Node ≥ 22.12; 52.20.1 is the newest for Node 20',
  flavour: 'slidev',
  build: (p) => ({ cmd: slidev, args: ['build', p.markdown, '--out', p.dist], cwd: p.dir, env: browserEnv() }),
  clearCaches: (p) => {
    // Its generated entry files and Vite's pre-bundled dependencies.
    rmSync(join(p.dir, 'node_modules'), { recursive: true, force: true });
    rmSync(join(SCRATCH, 'node_modules', '.vite'), { recursive: true, force: true });
  },
  pdf: (p, out) => ({ cmd: slidev, args: ['export', p.markdown, '--output', out, '--executable-path', CHROMIUM], cwd: p.dir, env: browserEnv() }),
  dev: (p, port) => ({ cmd: slidev, args: [p.markdown, '--port', String(port)], cwd: p.dir, env: browserEnv(), url: `http://localhost:${port}/` }),
  noWatch: '`slidev build` has no watch mode',
};
