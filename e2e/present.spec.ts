import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadDeck } from '../src/io/load-deck.ts';
import { buildPresentCopies, type PresentCopies } from '../src/present/build.ts';
import { startPresentServer, type PresentServer } from '../src/present/server.ts';
import { PRESENTER_PREFIX } from '../src/shared/follow.ts';
import { LAPTOP, openDeck, PHONE, settle, stateOf, step, timeSteps } from './follow-page.ts';

/*
 * `transcript-deck present` on loopback: the sample deck (Traditional Chinese, so both script
 * copies are built) served by the present server in this process, one presenter page and five
 * audience pages, each its own browser context, as phones in a room would be.
 */

test.describe.configure({ mode: 'serial' });

// The brief's own ports: E2E_PORT serves the other specs' build; this server takes one beside it.
const PORT = Number(process.env['E2E_PORT'] ?? 4173) + 10;
const HOST = '127.0.0.1';
const ORIGIN = `http://${HOST}:${PORT}`;
const TOKEN = 'e2e-token-0123456789abcdef';
const PRESENTER = `${ORIGIN}${PRESENTER_PREFIX}${TOKEN}/`;
let outDir = '';
let copies: PresentCopies;
let server: PresentServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  outDir = mkdtempSync(join(tmpdir(), 'td-present-'));
  const lang = loadDeck('slides').output!.deck.meta.lang;
  copies = await buildPresentCopies('slides', outDir, lang, { audienceUrl: `${ORIGIN}/`, socketOrigin: `ws://${HOST}:${PORT}` });
  server = await startPresentServer({ host: HOST, port: PORT, token: TOKEN });
  server.serve(copies);
});

test.afterAll(async () => {
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** The presenter's deck at slide `h` (the tests share one server, so one test does not start where another ended). */
const goTo = (page: Page, h: number): Promise<void> => page.evaluate((h) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(h), h);

test('five audience pages follow 20 steps of the presenter, slide and fragment, and fetch nothing more (latencies printed; the 500 ms budget is the benchmark’s)', async ({ browser }) => {
  test.setTimeout(120_000);
  const presenter = await openDeck(browser, PRESENTER, LAPTOP);
  const audience = await Promise.all(Array.from({ length: 5 }, () => openDeck(browser, `${ORIGIN}/`)));
  // Everything an audience page needs was in the page it loaded: count what it asks for afterwards.
  let fetched = 0;
  for (const page of audience) page.on('request', () => fetched++);
  // A phone opens the page well before the next step: let the pages finish what they do once loaded
  // (fitting the far slides' text while idle) before timing.
  await settle(audience);
  const slides = await presenter.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
  const { shown: latencies, toServer, perStep } = await timeSteps(presenter, audience, 20, slides);
  for (const page of audience) expect(await stateOf(page)).toEqual(await stateOf(presenter));
  const sorted = [...latencies].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`per step, worst of five: ${perStep.join(' ')} ms`);
  const serverSorted = [...toServer].sort((a, b) => a - b);
  console.log(`follow latency over ${latencies.length} deliveries: median ${median} ms, worst ${sorted.at(-1)} ms (step to the server's send: median ${serverSorted[Math.floor(serverSorted.length / 2)]} ms)`);
  // Timings are the benchmark's to judge (`npm run bench -- --present`: worst ≤ 500 ms): in a test they
  // would fail with the machine's load (859 ms once, with another spec's browser on the other core).
  expect(fetched).toBe(0);
  expect(server.connections()).toEqual({ presenters: 1, audience: 5 });
  await Promise.all([presenter, ...audience].map((page) => page.context().close()));
});

test('an audience page cannot drive: "next" without the token changes nothing, a wrong token or another origin is refused', async ({ browser }) => {
  const presenter = await openDeck(browser, PRESENTER, LAPTOP);
  const reader = await openDeck(browser, `${ORIGIN}/`);
  const other = await openDeck(browser, `${ORIGIN}/`);
  await goTo(presenter, 3);
  await step(presenter);
  const want = await stateOf(presenter);
  await expect.poll(() => stateOf(other)).toEqual(want);
  const before = server.state();
  // What a page without the token can send: the protocol's own "move", for a slide far ahead.
  const answer = await reader.evaluate(
    (origin) =>
      new Promise<string>((done) => {
        const ws = new WebSocket(`${origin.replace('http', 'ws')}/follow`);
        ws.onopen = () => {
          for (let i = 0; i < 5; i++) ws.send(JSON.stringify({ type: 'move', state: { indexh: 9, indexv: 0, indexf: -1 } }));
          ws.send('next');
          window.setTimeout(() => done('sent'), 500);
        };
        ws.onerror = () => done('refused');
      }),
    ORIGIN,
  );
  expect(answer).toBe('sent');
  expect(server.state()).toEqual(before);
  expect(await stateOf(other)).toEqual(want);
  expect(await stateOf(presenter)).toEqual(want);
  // The reader's own browsing moves only the reader.
  await reader.keyboard.press('ArrowRight');
  await reader.waitForTimeout(300);
  expect(server.state()).toEqual(before);
  expect(await stateOf(other)).toEqual(want);
  const refused = (url: string): Promise<boolean> =>
    reader.evaluate((url) => new Promise<boolean>((done) => {
      const ws = new WebSocket(url);
      ws.onopen = () => done(false);
      ws.onerror = () => done(true);
    }), url);
  expect(await refused(`ws://${HOST}:${PORT}/follow?token=not-the-token`)).toBe(true);
  // A page of another origin (the other specs' server) may not connect at all.
  const elsewhere = await browser.newPage();
  await elsewhere.goto(`http://127.0.0.1:${process.env['E2E_PORT'] ?? 4173}/`);
  expect(
    await elsewhere.evaluate((url) => new Promise<boolean>((done) => {
      const ws = new WebSocket(url);
      ws.onopen = () => done(false);
      ws.onerror = () => done(true);
    }), `ws://${HOST}:${PORT}/follow`),
  ).toBe(true);
  // Without the token there is no presenter copy to fetch.
  expect((await reader.request.get(`${ORIGIN}${PRESENTER_PREFIX}wrong/`)).status()).toBe(404);
  await Promise.all([presenter, reader, other, elsewhere].map((page) => page.context().close()));
});

test('the audience HTML, in both scripts, holds none of the speaker notes', async ({ request }) => {
  const presenterHtml = await (await request.get(PRESENTER)).text();
  const notes = [...presenterHtml.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].flatMap((m) =>
    [...m[1]!.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((p) => p[1]!.replace(/<[^>]+>/g, '')),
  );
  expect(notes.length).toBeGreaterThan(20);
  // Text a slide shows (a quote is also in its turn's notes) is the slide's, not the notes'.
  const slideText = presenterHtml.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').replace(/<[^>]+>/g, '');
  const notesOnly = notes.filter((text) => text.length >= 6 && !slideText.includes(text));
  expect(notesOnly.length).toBeGreaterThan(20);
  for (const path of ['/', '/zh-Hant/', '/zh-Hans/']) {
    const html = await (await request.get(`${ORIGIN}${path}`)).text();
    expect(html).toContain('id="follow-along"');
    expect(html).not.toMatch(/<aside class="notes"|class="td-note-/);
    const text = html.replace(/<[^>]+>/g, '');
    for (const note of notesOnly) expect(text.includes(note), `${path} carries a note: ${note.slice(0, 40)}`).toBe(false);
    // The policy lets the page connect to this server's socket and nowhere else.
    expect(html).toMatch(new RegExp(`connect-src ws://${HOST}:${PORT};`));
  }
  expect(presenterHtml).toMatch(/<html lang="zh-Hant/);
  expect(await (await request.get(`${ORIGIN}/zh-Hans/`)).text()).toMatch(/<html lang="zh-Hans"/);
});

test('a reader browses back, stays there while the talk goes on, and jumps to live', async ({ browser }) => {
  const presenter = await openDeck(browser, PRESENTER, LAPTOP);
  const reader = await openDeck(browser, `${ORIGIN}/`);
  await goTo(presenter, 4);
  await step(presenter);
  await expect.poll(() => stateOf(reader)).toEqual(await stateOf(presenter));
  const live = reader.locator('.td-reader-live');
  await expect(live).toHaveAttribute('aria-pressed', 'true');
  await reader.keyboard.press('ArrowLeft');
  await expect(live).toHaveAttribute('aria-pressed', 'false');
  const browsing = await stateOf(reader);
  await step(presenter);
  await step(presenter);
  await reader.waitForTimeout(300);
  expect(await stateOf(reader)).toEqual(browsing);
  await live.click();
  await expect.poll(() => stateOf(reader)).toEqual(await stateOf(presenter));
  await expect(live).toHaveAttribute('aria-pressed', 'true');
  // Text size and light/dark are the reader's own.
  const width = (): Promise<number> => reader.evaluate(() => (window as unknown as { Reveal: { getConfig(): { width: number } } }).Reveal.getConfig().width);
  const narrow = await width();
  await reader.locator('.td-reader-larger').click();
  expect(await width()).toBeLessThan(narrow);
  await reader.locator('.td-reader-theme').click();
  await expect(reader.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The other script's copy, on the same slide; the choices came along.
  // The link carries the page's own hash: wait until reveal.js has written the current slide there
  // (it may lag the slide on a loaded machine), and expect that one, not the URL seen before.
  const current = await reader.evaluate(() => (window as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }).Reveal.getCurrentSlide().id);
  await expect.poll(() => reader.evaluate(() => window.location.hash)).toBe(`#/${current}`);
  const hash = `#/${current}`;
  await reader.locator('.td-reader-script[lang="zh-Hans"]').click();
  await reader.waitForURL(`${ORIGIN}/zh-Hans/${hash}`);
  await reader.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
  await expect(reader.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(reader.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => stateOf(reader)).toEqual(await stateOf(presenter));
  await Promise.all([presenter, reader].map((page) => page.context().close()));
});

test('the presenter address on a phone is a clicker: next and previous, the titles, the pacing timer', async ({ browser }) => {
  const laptop = await openDeck(browser, PRESENTER, LAPTOP);
  const phone = await openDeck(browser, PRESENTER);
  const reader = await openDeck(browser, `${ORIGIN}/`);
  await goTo(laptop, 5);
  await expect.poll(() => stateOf(phone)).toEqual(await stateOf(laptop));
  const clicker = phone.locator('.td-clicker');
  await expect(clicker).toBeVisible();
  await expect(phone.locator('.td-clicker-current')).not.toBeEmpty();
  // The pacing timer shows the time spent and the slide's time left, and runs (how far it has got
  // depends on how busy the machine is: no bound on it here).
  const timer = phone.locator('.td-clicker-timer');
  await expect(timer).toHaveText(/\d+:\d\d\D+\d+:\d\d/);
  const shown = await timer.textContent();
  await expect(timer).not.toHaveText(shown ?? '', { timeout: 10_000 });
  const upcoming = await phone.locator('.td-clicker-next').textContent();
  const before = await stateOf(laptop);
  await phone.locator('.td-clicker-go').click();
  await expect.poll(() => stateOf(laptop)).not.toEqual(before);
  const now = await stateOf(phone);
  expect(await stateOf(laptop)).toEqual(now);
  await expect.poll(() => stateOf(reader)).toEqual(now);
  if (now.indexf === -1) await expect(phone.locator('.td-clicker-current')).toHaveText(upcoming ?? '');
  await phone.locator('.td-clicker-prev').click();
  await expect.poll(() => stateOf(laptop)).toEqual(before);
  // The reader follows the step back before the frame below opens, so what it shows after is the frame's doing alone.
  await expect.poll(() => stateOf(reader)).toEqual(before);
  // The laptop has no clicker.
  await expect(laptop.locator('.td-clicker')).toHaveCount(0);
  // The speaker view's frames of the presenter copy (its upcoming slide among them) do not drive.
  const presenters = server.connections().presenters;
  const frame = await openDeck(browser, `${PRESENTER}?receiver&progress=false#/agenda`, LAPTOP);
  await frame.waitForTimeout(500);
  expect(server.connections().presenters).toBe(presenters);
  expect(await stateOf(reader)).toEqual(before);
  await frame.context().close();
  await Promise.all([laptop, phone, reader].map((page) => page.context().close()));
});

test('after the server restarts, pages reconnect and catch up', async ({ browser }) => {
  test.setTimeout(60_000);
  const presenter = await openDeck(browser, PRESENTER, LAPTOP);
  const reader = await openDeck(browser, `${ORIGIN}/`);
  await goTo(presenter, 6);
  await expect.poll(() => stateOf(reader)).toEqual(await stateOf(presenter));
  await server.close();
  await expect(reader.locator('.td-reader-status')).not.toBeEmpty();
  // While the server is down the talk goes on; the pages cannot hear of it.
  await step(presenter);
  await step(presenter);
  const want = await stateOf(presenter);
  expect(await stateOf(reader)).not.toEqual(want);
  server = await startPresentServer({ host: HOST, port: PORT, token: TOKEN });
  server.serve(copies);
  // The presenter's page tells the new server where the talk is; the reader catches up.
  await expect.poll(() => stateOf(reader), { timeout: 15_000 }).toEqual(want);
  expect(server.state().state).toEqual(want);
  await expect(reader.locator('.td-reader-status')).toBeEmpty();
  await step(presenter);
  await expect.poll(() => stateOf(reader)).toEqual(await stateOf(presenter));
  await Promise.all([presenter, reader].map((page) => page.context().close()));
});

test('a page once loaded works with the network gone: the reader still browses every slide, and catches up when it is back', async ({ browser }) => {
  test.setTimeout(60_000);
  const presenter = await openDeck(browser, PRESENTER, LAPTOP);
  const reader = await openDeck(browser, `${ORIGIN}/`);
  await goTo(presenter, 3);
  await expect.poll(() => stateOf(reader)).toEqual(await stateOf(presenter));
  let failed = 0;
  reader.on('requestfailed', () => failed++);
  await reader.context().setOffline(true);
  // The phone's Wi-Fi drops: the deck in the page still steps, with its text and its fonts.
  await reader.keyboard.press('ArrowRight');
  await reader.keyboard.press('ArrowRight');
  const current = reader.locator('.reveal .slides section.present').last();
  await expect(current).toBeVisible();
  expect((await current.innerText()).trim().length).toBeGreaterThan(0);
  expect(await reader.evaluate(() => document.fonts.status)).toBe('loaded');
  await step(presenter);
  await reader.context().setOffline(false);
  await reader.locator('.td-reader-live').click();
  await expect.poll(() => stateOf(reader), { timeout: 15_000 }).toEqual(await stateOf(presenter));
  expect(failed).toBe(0);
  await Promise.all([presenter, reader].map((page) => page.context().close()));
});
