import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WebSocketServer, type WebSocket } from 'ws';
import { mediaType } from '../io/static-server.ts';
import { FOLLOW_PATH, MAX_MESSAGE_BYTES, PRESENTER_PREFIX, readMove, type FollowState, type StateMessage } from '../shared/follow.ts';
import { rateLimit, type RateLimit } from './rate-limit.ts';
import { isToken } from './token.ts';

/*
 * The room's server (`transcript-deck present`): the built copies over HTTP and the presenter's
 * steps over a WebSocket (the `ws` package: its framing, its `maxPayload`). It binds to the one
 * address it is given, answers only requests and sockets that name that address (Host and Origin:
 * another site in a phone's browser cannot reach it, nor can a DNS name pointed at it), serves the
 * copy with the speaker notes only under the token's path, and takes steps only from a socket that
 * gave the token. Every file is read once at start, into memory.
 */

export interface PresentServerOptions {
  host: string;
  port: number;
  token: string;
  /** Limits; the defaults suit a room. */
  limits?: Partial<PresentLimits>;
}

export interface PresentLimits {
  /** Open sockets at most (a room of phones, with margin). */
  connections: number;
  /** A socket's messages a second, and how many it may send at once. */
  perSecond: number;
  burst: number;
  /** Ping every this many ms; a socket that did not answer the last ping is dropped. */
  heartbeatMs: number;
}

const DEFAULT_LIMITS: PresentLimits = { connections: 2000, perSecond: 20, burst: 40, heartbeatMs: 30_000 };

/** What the server serves: the copies src/present/build.ts made. */
export interface ServedCopies {
  /** The presenter's build folder (index.html, assets/), served under `/presenter/<token>/`. */
  presenterDir: string;
  /** The audience's pages by path (`/`, `/zh-Hant/`): each one file, the single-file deck. */
  audience: ReadonlyMap<string, string>;
}

export interface PresentServer {
  /** `http://host:port` (no trailing slash). */
  origin: string;
  port: number;
  /**
   * Serves these copies from now on (read into memory now). Until the first call every page is
   * `503`: the server binds first, since the copies carry its address.
   */
  serve(copies: ServedCopies): void;
  /** Where the presenter is, and how many steps since start. */
  state(): { state: FollowState; seq: number };
  /** Open sockets: presenters and audience. */
  connections(): { presenters: number; audience: number };
  close(): Promise<void>;
}

interface Served {
  body: Buffer;
  gzip: Buffer;
  type: string;
}

/** A URL's host: an IPv6 address in brackets. */
export function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function served(file: string): Served {
  const body = readFileSync(file);
  return { body, gzip: gzipSync(body), type: mediaType(file) };
}

/** Every file of a folder, by its path under `prefix`. */
function folderFiles(dir: string, prefix: string): Map<string, Served> {
  const files = new Map<string, Served>();
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(`${prefix}${relative(dir, path).split(sep).join('/')}`, served(path));
    }
  };
  walk(dir);
  const index = files.get(`${prefix}index.html`);
  if (index) files.set(prefix, index);
  return files;
}

export async function startPresentServer(options: PresentServerOptions): Promise<PresentServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const presenterPrefix = `${PRESENTER_PREFIX}${options.token}/`;
  let files: Map<string, Served> | undefined;

  let state: FollowState = { indexh: 0, indexv: 0, indexf: -1 };
  let seq = 0;
  let authority = '';
  let origin = '';
  const presenters = new Set<WebSocket>();
  const alive = new WeakSet<WebSocket>();
  const sockets = new Set<Socket>();

  // Only the address the server was started on, and `localhost` beside a loopback one.
  const knownHost = (host: string | undefined): boolean =>
    host === authority || (isLoopback(options.host) && host === `localhost:${authority.slice(authority.lastIndexOf(':') + 1)}`);

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (!knownHost(request.headers.host)) return void response.writeHead(421).end();
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
    const path = (request.url ?? '/').split(/[?#]/)[0]!;
    if (path === presenterPrefix.slice(0, -1)) return void response.writeHead(308, { location: presenterPrefix }).end();
    if (!files) return void response.writeHead(503, { 'retry-after': '5' }).end();
    const file = files.get(path);
    if (!file) return void response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip : file.body;
    response.writeHead(200, {
      'content-type': file.type.startsWith('text/') ? `${file.type}; charset=utf-8` : file.type,
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'accept-encoding',
      // A phone reloads the page from the server when it can, and from its cache when it cannot (offline).
      'cache-control': 'no-cache',
      // The presenter's address carries the token: no link may pass it on.
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false, clientTracking: true });
  const refuse = (socket: Socket, status: string): void => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname !== FOLLOW_PATH) return refuse(socket, '404 Not Found');
    // Another site's page (or a name that is not this address) may not open the socket.
    if (!knownHost(request.headers.host) || !knownOrigin(request.headers.origin)) return refuse(socket, '403 Forbidden');
    const given = url.searchParams.get('token');
    if (given !== null && !isToken(given, options.token)) return refuse(socket, '403 Forbidden');
    if (wss.clients.size >= limits.connections) return refuse(socket, '503 Service Unavailable');
    wss.handleUpgrade(request, socket, head, (ws) => welcome(ws, given !== null));
  });
  const knownOrigin = (value: string | undefined): boolean => value === origin || (isLoopback(options.host) && value === `http://localhost:${authority.slice(authority.lastIndexOf(':') + 1)}`);

  const message = (): string => JSON.stringify({ type: 'state', state, seq, sentAt: Date.now() } satisfies StateMessage);

  const welcome = (ws: WebSocket, presenter: boolean): void => {
    alive.add(ws);
    if (presenter) presenters.add(ws);
    const limit: RateLimit = rateLimit(limits.perSecond, limits.burst);
    let dropped = 0;
    ws.on('pong', () => alive.add(ws));
    ws.on('message', (data, isBinary) => {
      if (!limit.take()) {
        // A page that keeps on far past its limit is not a page of ours: close it.
        if (++dropped > limits.burst) ws.close(1008, 'rate limit');
        return;
      }
      // The audience has nothing to say: what an audience socket sends changes nothing.
      if (!presenter || isBinary) return;
      const move = readMove(data.toString());
      if (!move) return;
      state = move.state;
      seq++;
      const text = message();
      for (const client of wss.clients) if (client !== ws && client.readyState === client.OPEN) client.send(text);
    });
    ws.on('close', () => presenters.delete(ws));
    ws.on('error', () => ws.terminate());
    // Where the presenter is now: a page that (re)connects catches up at once.
    ws.send(message());
  };

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, limits.heartbeatMs);
  heartbeat.unref();

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  authority = `${urlHost(options.host)}:${port}`;
  origin = `http://${authority}`;

  return {
    origin,
    port,
    serve(copies) {
      const next = folderFiles(copies.presenterDir, presenterPrefix);
      for (const [path, file] of copies.audience) next.set(path, served(file));
      files = next;
    },
    state: () => ({ state, seq }),
    connections: () => ({ presenters: presenters.size, audience: wss.clients.size - presenters.size }),
    close: async () => {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.close(1001, 'server stopping');
      // Sockets that have not finished their closing handshake within a second are cut.
      const closed = new Promise<void>((done) => wss.close(() => done()));
      const cut = setTimeout(() => {
        for (const ws of wss.clients) ws.terminate();
      }, 1000);
      await closed;
      clearTimeout(cut);
      await new Promise<void>((done) => {
        server.close(() => done());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost';
}
