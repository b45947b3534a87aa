import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { readStateMessage, type StateMessage } from '../shared/follow.ts';
import { startPresentServer, type PresentServer } from './server.ts';

/* The present server on loopback (a free port), with the ws package's own client as the phones. */

const TOKEN = 'unit-token-abcdefghijkl';
let dir = '';
let server: PresentServer;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'td-present-unit-'));
  mkdirSync(join(dir, 'presenter', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'presenter', 'index.html'), '<p>with notes</p>');
  writeFileSync(join(dir, 'presenter', 'assets', 'deck.js'), 'run()');
  writeFileSync(join(dir, 'audience.html'), '<p>no notes</p>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(limits = {}): Promise<PresentServer> {
  server = await startPresentServer({ host: '127.0.0.1', port: 0, token: TOKEN, limits });
  server.serve({ presenterDir: join(dir, 'presenter'), audience: new Map([['/', join(dir, 'audience.html')]]) });
  return server;
}
afterEach(async () => server?.close());

/** A client socket, its messages as they come, and a way to wait for the next. */
function connect(path = '/follow', headers: Record<string, string> = { origin: server.origin }): Promise<{ ws: WebSocket; next(): Promise<StateMessage> }> {
  return new Promise((done, fail) => {
    const ws = new WebSocket(`${server.origin.replace('http', 'ws')}${path}`, { headers });
    const queue: StateMessage[] = [];
    const waiting: Array<(m: StateMessage) => void> = [];
    ws.on('message', (data) => {
      const message = readStateMessage(data.toString())!;
      const waiter = waiting.shift();
      if (waiter) waiter(message);
      else queue.push(message);
    });
    ws.once('open', () => done({ ws, next: () => new Promise((take) => (queue.length > 0 ? take(queue.shift()!) : waiting.push(take))) }));
    ws.once('unexpected-response', (_request, response) => fail(new Error(String(response.statusCode))));
    ws.once('error', fail);
  });
}

const move = (indexh: number, indexf = -1): string => JSON.stringify({ type: 'move', state: { indexh, indexv: 0, indexf } });

describe('present server', () => {
  it('serves the audience page to anyone and the presenter copy only under the token', async () => {
    await start();
    expect(await (await fetch(`${server.origin}/`)).text()).toBe('<p>no notes</p>');
    expect(await (await fetch(`${server.origin}/presenter/${TOKEN}/`)).text()).toBe('<p>with notes</p>');
    expect((await fetch(`${server.origin}/presenter/${TOKEN}/assets/deck.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${server.origin}/presenter/${TOKEN.slice(0, -1)}x/`)).status).toBe(404);
    expect((await fetch(`${server.origin}/presenter/`)).status).toBe(404);
    expect((await fetch(`${server.origin}/presenter/${TOKEN}`, { redirect: 'manual' })).status).toBe(308);
    expect((await fetch(`${server.origin}/`)).headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('sends where the presenter is to every page, and takes steps only from a socket with the token', async () => {
    await start();
    const presenter = await connect(`/follow?token=${TOKEN}`);
    const reader = await connect();
    expect((await presenter.next()).seq).toBe(0);
    expect((await reader.next()).state).toEqual({ indexh: 0, indexv: 0, indexf: -1 });
    presenter.ws.send(move(3, 1));
    const step = await reader.next();
    expect(step).toMatchObject({ seq: 1, state: { indexh: 3, indexv: 0, indexf: 1 } });
    // The audience's "next" (or any message of the protocol) changes nothing.
    reader.ws.send(move(7));
    reader.ws.send('next');
    await new Promise((wait) => setTimeout(wait, 100));
    expect(server.state()).toEqual({ seq: 1, state: { indexh: 3, indexv: 0, indexf: 1 } });
    // A page that (re)connects gets the current state at once.
    const late = await connect();
    expect((await late.next()).state.indexh).toBe(3);
    expect(server.connections()).toEqual({ presenters: 1, audience: 2 });
  });

  it('refuses another origin, another host name, a wrong token and other paths', async () => {
    await start();
    await expect(connect('/follow', { origin: 'http://evil.example' })).rejects.toThrow('403');
    await expect(connect('/follow', {})).rejects.toThrow('403');
    await expect(connect('/follow', { origin: server.origin, host: `evil.example:${server.port}` })).rejects.toThrow('403');
    await expect(connect(`/follow?token=${TOKEN}x`)).rejects.toThrow('403');
    await expect(connect('/other')).rejects.toThrow('404');
    // A DNS name pointed at this address (rebinding) gets no page.
    const status = await new Promise<number | undefined>((done) => get(`${server.origin}/`, { headers: { host: 'rebound.example' } }, (response) => done(response.statusCode)));
    expect(status).toBe(421);
  });

  it('closes a socket that sends more than a message may hold, or keeps on past its rate', async () => {
    await start({ perSecond: 5, burst: 5 });
    const big = await connect(`/follow?token=${TOKEN}`);
    const closed = new Promise<number>((done) => big.ws.once('close', (code) => done(code)));
    big.ws.send('x'.repeat(2000));
    expect(await closed).toBe(1009);
    const flood = await connect(`/follow?token=${TOKEN}`);
    const shut = new Promise<number>((done) => flood.ws.once('close', (code) => done(code)));
    for (let i = 0; i < 40; i++) flood.ws.send(move(i % 10));
    expect(await shut).toBe(1008);
    // Only the first `burst` steps counted.
    expect(server.state().seq).toBeLessThanOrEqual(6);
  });

  it('stops cleanly: every socket closed, the port free again', async () => {
    await start();
    const reader = await connect();
    const closed = new Promise<number>((done) => reader.ws.once('close', (code) => done(code)));
    const { port } = server;
    await server.close();
    expect(await closed).toBe(1001);
    const again = await startPresentServer({ host: '127.0.0.1', port, token: TOKEN });
    expect(again.port).toBe(port);
    await again.close();
  });
});
