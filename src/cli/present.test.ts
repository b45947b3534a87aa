import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-in-process.ts';

/*
 * `transcript-deck present` as a process: it prints both addresses, serves the audience copy
 * (without the notes) and the presenter's (with them, under the token), and Ctrl-C stops it with
 * exit 0. On loopback, on a port of its own.
 */

const TRANSCRIPT = 'eval/corpus/en-srt-ergo-20241211-beene.srt';

/** A port free now: another checkout's tests may run beside these, so no fixed one. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

describe('transcript-deck present', () => {
  it('serves both copies and stops cleanly on SIGINT', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/transcript-deck.mjs', 'present', TRANSCRIPT, '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const presenter = await new Promise<string>((done, fail) => {
      const timer = setInterval(() => {
        const found = /Presenter: +(\S+)/.exec(out);
        if (found) {
          clearInterval(timer);
          done(found[1]!);
        }
      }, 100);
      void exited.then((code) => fail(new Error(`exited ${code}: ${out}${err}`)));
    });
    expect(out).toContain(`Audience:   http://127.0.0.1:${port}/`);
    expect(presenter).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/presenter/[A-Za-z0-9_-]{24}/$`));
    const audienceHtml = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    const presenterHtml = await (await fetch(presenter)).text();
    expect(presenterHtml).toContain('<aside class="notes">');
    expect(audienceHtml).not.toContain('<aside class="notes">');
    expect(audienceHtml).toContain('id="follow-along"');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('Stopping');
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  }, 180_000);

  it('refuses a port that is not a number, and --port for another command', async () => {
    const bad = await runCli('present', 'slides', '--port', 'abc');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Unexpected --port abc, expected a port number from 0 to 65535');
    const other = await runCli('build', 'slides', '--host', '127.0.0.1');
    expect(other.code).toBe(2);
    expect(other.err).toContain('it is an option of present');
  });
});
