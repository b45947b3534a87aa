/**
 * The present server in a process of its own, for bench/present.ts: the benchmark's 200 clients
 * (or its browser) must not share its event loop. argv: port, token, and optionally the copies as
 * JSON ({ presenterDir, audience: [[path, file], …] }). Prints `ready <port>` and answers `rss` on
 * stdin with its resident memory in bytes; ends on SIGTERM.
 */
import { createInterface } from 'node:readline';
import { startPresentServer } from '../src/present/server.ts';

const [port, token, copies] = process.argv.slice(2);
const server = await startPresentServer({ host: '127.0.0.1', port: Number(port), token: token!, limits: { connections: 5000 } });
if (copies) {
  const { presenterDir, audience } = JSON.parse(copies) as { presenterDir: string; audience: Array<[string, string]> };
  server.serve({ presenterDir, audience: new Map(audience) });
}
process.stdout.write(`ready ${server.port}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'rss') process.stdout.write(`rss ${process.memoryUsage().rss} ${JSON.stringify(server.connections())}\n`);
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
