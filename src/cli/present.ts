import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDeck } from '../io/load-deck.ts';
import { hasErrors } from '../pipeline/diagnostics.ts';
import { roomAddress } from '../present/address.ts';
import { buildPresentCopies } from '../present/build.ts';
import { startPresentServer, urlHost, type PresentServer } from '../present/server.ts';
import { newToken } from '../present/token.ts';
import { PRESENTER_PREFIX } from '../shared/follow.ts';
import { EXIT } from './exit.ts';
import { DEFAULT_PRESENT_PORT } from './options.ts';
import { printProblems } from './problems.ts';
import { UsageError } from './usage-error.ts';

/**
 * `transcript-deck present`: binds to the room's address, builds the presenter's and the audience's
 * copies for that address, serves them and the presenter's steps until Ctrl-C (or SIGTERM), then
 * closes every socket and exits 0.
 */
export async function present(target: string, options: { port?: string; host?: string }): Promise<number> {
  const port = options.port === undefined ? DEFAULT_PRESENT_PORT : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^\d+$/.test(options.port ?? '0')) {
    throw new UsageError(`Unexpected --port ${options.port}, expected a port number from 0 to 65535`);
  }
  const deck = loadDeck(target);
  if (hasErrors(deck.diagnostics) || !deck.output) {
    printProblems(deck);
    return EXIT.inputError;
  }
  const { host, note } = roomAddress(options.host);
  const token = newToken();
  let server: PresentServer;
  try {
    server = await startPresentServer({ host, port, token });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? 'the port is in use (choose another with --port)' : code === 'EADDRNOTAVAIL' ? 'the address is not one of this machine\'s (see --host)' : (error as Error).message;
    process.stderr.write(`transcript-deck present: cannot serve on ${urlHost(host)}:${port}: ${why}\n`);
    return EXIT.inputError;
  }
  const audienceUrl = `${server.origin}/`;
  const presenterUrl = `${server.origin}${PRESENTER_PREFIX}${token}/`;
  const outDir = mkdtempSync(join(tmpdir(), 'transcript-deck-present-'));
  const stopped = new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stdout.write('\nStopping: closing the audience\'s connections.\n');
      void server.close().then(done, done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  try {
    process.stdout.write(`Building ${target} for ${server.origin} …\n`);
    server.serve(await buildPresentCopies(target, outDir, deck.output.deck.meta.lang, { audienceUrl, socketOrigin: server.origin.replace(/^http/, 'ws') }));
    process.stdout.write(
      [
        '',
        `  Audience:   ${audienceUrl}`,
        `  Presenter:  ${presenterUrl}`,
        '',
        '  The audience address is on the title slide and the "Follow along" slide (slide 2) as a QR code.',
        '  Keep the presenter address to yourself: it drives the deck and shows the notes; open it on your',
        '  phone too, to click through the slides. Ctrl-C stops.',
        ...(note ? ['', `  ${note}`] : []),
        '',
      ].join('\n'),
    );
    await stopped;
    return EXIT.ok;
  } finally {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
