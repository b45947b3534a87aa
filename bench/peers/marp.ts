/** Marp CLI: one Markdown file to one self-contained HTML file (its "bespoke" template). */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserEnv, CHROMIUM, SCRATCH_BIN, type Peer } from './tool.ts';

const VERSION = '4.5.1';
const marp = join(SCRATCH_BIN, 'marp');
// --html: the presenter's own slides are HTML (marked's), as ours pass them through.
const common = ['--html', '--no-config-file'];

export const marpCli: Peer = {
  name: 'Marp CLI',
  packages: [`@marp-team/marp-cli@${VERSION}`],
  version: VERSION,
  flavour: 'marp',
  build: (p) => ({ cmd: marp, args: [...common, p.markdown, '-o', join(p.dist, 'index.html')], cwd: p.dir, env: browserEnv() }),
  // Marp keeps no cache between runs.
  clearCaches: () => undefined,
  pdf: (p, out) => ({ cmd: marp, args: [...common, '--pdf', '--browser-path', CHROMIUM, p.markdown, '-o', out], cwd: p.dir, env: browserEnv() }),
  // Its edit loop is watch mode: it converts on every change and the open page reloads itself
  // (server mode converts on request but does not reload the page).
  dev: (p) => {
    const out = join(p.dir, 'dev', 'index.html');
    return { cmd: marp, args: [...common, '--watch', p.markdown, '-o', out], cwd: p.dir, env: browserEnv(), url: pathToFileURL(out).href };
  },
  watch: (p) => ({ cmd: marp, args: [...common, '--watch', p.markdown, '-o', join(p.dist, 'index.html')], cwd: p.dir, env: browserEnv(), output: join(p.dist, 'index.html') }),
};
