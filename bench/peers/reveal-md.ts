/** reveal-md: Markdown into a reveal.js page (its static export copies reveal.js's dist beside it). */
import { join } from 'node:path';
import { browserEnv, CHROMIUM, SCRATCH_BIN, type Peer } from './tool.ts';
import { chromiumArgs } from '../../src/io/chromium.ts';

const VERSION = '6.1.4';
const revealMd = join(SCRATCH_BIN, 'reveal-md');

export const revealMdCli: Peer = {
  name: 'reveal-md',
  packages: [`reveal-md@${VERSION}`],
  version: VERSION,
  flavour: 'reveal-md',
  revealJs: true,
  build: (p) => ({ cmd: revealMd, args: [p.markdown, '--static', p.dist], cwd: p.dir, env: browserEnv() }),
  clearCaches: () => undefined,
  // It prints through its own server on a fixed port (1948 unless told otherwise).
  pdf: (p, out) => ({
    cmd: revealMd,
    args: [p.markdown, '--print', out, '--port', '19480', '--puppeteer-chromium-executable', CHROMIUM, `--puppeteer-launch-args=${chromiumArgs.join(' ')}`],
    cwd: p.dir,
    env: browserEnv(),
  }),
  dev: (p, port) => ({ cmd: revealMd, args: [p.markdown, '--watch', '--disable-auto-open', '--port', String(port), '--host', '127.0.0.1'], cwd: p.dir, env: browserEnv(), url: `http://127.0.0.1:${port}/slides.md` }),
  noWatch: '`reveal-md --static` has no watch mode',
};
