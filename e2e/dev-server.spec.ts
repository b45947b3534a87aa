import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { currentId, openDeck, waitForReveal } from './reveal-page.ts';
import { fold, parseTranscriptText, REPO, SLIDES_DIR, TRANSCRIPT_NAME } from './transcript-source.ts';

/*
 * The dev server (Vite's JS API, this repo's vite.config.ts) on a temp copy of slides/: an edit to
 * the transcript swaps the slides in place, a broken file shows Vite's overlay, a fix clears it.
 * The tests share one server and one page state, so they run in order.
 */

test.describe.configure({ mode: 'serial' });

let server: ViteDevServer | undefined;
let workDir = '';
let deckDir = '';
let baseUrl = '';
let page: Page;
const previousDeckEnv = process.env['TRANSCRIPT_DECK'];

const transcriptPath = (): string => join(deckDir, TRANSCRIPT_NAME);
const manifestPath = (): string => join(deckDir, 'deck.yaml');
const read = (path: string): string => readFileSync(path, 'utf8');

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** The text inside Vite's error overlay (it renders into an open shadow root), or null without one. */
function overlayText(p: Page): Promise<string | null> {
  return p.evaluate(() => {
    const overlay = document.querySelector('vite-error-overlay');
    if (!overlay) return null;
    // Its text, without the text of its <style> element.
    return [...(overlay.shadowRoot?.children ?? [])].filter((e) => e.tagName !== 'STYLE').map((e) => e.textContent ?? '').join('\n');
  });
}

const marker = (p: Page): Promise<number | undefined> => p.evaluate(() => window.__marker);

/** Text of the slide reveal.js shows now: its id, what the audience sees and its notes. */
function presentSlide(p: Page): Promise<{ id: string; kicker: string; heading: string; notes: string; connected: boolean } | null> {
  return p.evaluate(() => {
    const slide = window.Reveal!.getCurrentSlide();
    if (!slide) return null;
    return {
      id: slide.id,
      kicker: slide.querySelector('.td-kicker')?.textContent ?? '',
      heading: slide.querySelector('h1, h2')?.textContent ?? '',
      notes: slide.querySelector('aside.notes')?.textContent ?? '',
      // The slide reveal.js thinks is current is the one in the page, not a replaced one.
      connected: slide.isConnected && slide.classList.contains('present'),
    };
  });
}

/*
 * Waiting on the dev server without a deadline of our own: a page script (installed in every
 * document) counts the events that change what the page shows — our client's `td:slides-replaced`
 * after each deck update from the server, and Vite's error overlay being added or removed — and
 * `until` checks its condition again after each such event, however long the rebuild takes (the
 * test's own timeout is the only limit). A write may reach the watcher in pieces, so an event
 * alone is not enough: the condition says what the page must show.
 */
type PageEvent = 'updates' | 'overlays';

declare global {
  interface Window {
    __tdEvents?: Record<PageEvent, number>;
  }
}

function recordPageEvents(): void {
  const counts: Record<PageEvent, number> = { updates: 0, overlays: 0 };
  window.__tdEvents = counts;
  const seen = (event: PageEvent): void => {
    counts[event]++;
    window.dispatchEvent(new Event(`td-test:${event}`));
  };
  window.addEventListener('td:slides-replaced', () => seen('updates'));
  const isOverlay = (node: Node): boolean => node.nodeName === 'VITE-ERROR-OVERLAY';
  new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes, ...r.removedNodes].some(isOverlay))) seen('overlays');
  }).observe(document, { childList: true, subtree: true });
}

const eventCount = (p: Page, event: PageEvent): Promise<number> => p.evaluate((e) => window.__tdEvents![e], event);

/** Resolves once the page has seen more than `count` events of the kind (at once if it already has). */
const eventAfter = (p: Page, event: PageEvent, count: number): Promise<void> =>
  p.evaluate(
    ([e, n]) =>
      new Promise<void>((resolve) => {
        if (window.__tdEvents![e] > n) resolve();
        else window.addEventListener(`td-test:${e}`, () => resolve(), { once: true });
      }),
    [event, count] as const,
  );

/** Waits until `done()` holds, checking it again after each event of the kind. */
async function until(p: Page, event: PageEvent, done: () => Promise<boolean>): Promise<void> {
  for (;;) {
    // Counted before the check, so an event between the check and the wait is not missed.
    const count = await eventCount(p, event);
    if (await done()) return;
    await eventAfter(p, event, count);
  }
}

const overlayShows = (p: Page, text: string) => async (): Promise<boolean> => (await overlayText(p))?.includes(text) ?? false;

/** 1-based line:column of the first occurrence of `needle` in `text`. */
function locate(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

test.beforeAll(async ({ browser }) => {
  workDir = mkdtempSync(join(tmpdir(), 'transcript-deck-e2e-'));
  deckDir = join(workDir, 'slides');
  cpSync(SLIDES_DIR, deckDir, { recursive: true });
  process.env['TRANSCRIPT_DECK'] = deckDir;
  const port = await freePort();
  server = await createServer({
    configFile: join(REPO, 'vite.config.ts'),
    root: REPO,
    // Keep Vite's dependency cache out of the shared repo.
    cacheDir: join(workDir, 'vite-cache'),
    server: {
      port,
      strictPort: true,
      host: '127.0.0.1',
      // Others edit, build and test in this working tree while these tests run: a code change would
      // restart the server or reload the page, and their builds' dist-e2e-*/ pages make Vite send
      // full-reload messages, none of which is checked here. Only the deck's files (in workDir) are
      // watched.
      watch: { ignored: [join(REPO, '**')] },
    },
    logLevel: 'silent',
  });
  await server.listen();
  baseUrl = `http://127.0.0.1:${port}/`;
  page = await browser.newPage();
  await page.addInitScript(recordPageEvents);
  // Warm up once so dependency pre-bundling cannot reload the page in the middle of a test.
  await openDeck(page, baseUrl);
  await page.waitForLoadState('networkidle');
});

test.afterAll(async () => {
  await page?.close();
  await server?.close();
  if (previousDeckEnv === undefined) delete process.env['TRANSCRIPT_DECK'];
  else process.env['TRANSCRIPT_DECK'] = previousDeckEnv;
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('serves the deck from the temp copy', async () => {
  const expected = parseTranscriptText(read(transcriptPath()));
  await openDeck(page, baseUrl);
  const titles = await page.locator('.reveal .slides > section.td-section h2').allTextContents();
  expect(titles.map(fold)).toEqual(expected.topics.map(fold));
  const total = await page.evaluate(() => window.Reveal!.getTotalSlides());
  expect(total).toBe(await page.locator('.reveal .slides > section').count());
});

test('an edit to the transcript updates the current slide in place', async () => {
  await openDeck(page, `${baseUrl}#/topic-2-quote-1`);
  expect(await currentId(page)).toBe('topic-2-quote-1');
  const before = parseTranscriptText(read(transcriptPath()));
  expect(fold((await presentSlide(page))?.kicker ?? '')).toBe(fold(before.topics[1]!));
  await page.evaluate(() => (window.__marker = 1));

  // Rename topic 2 and add a sentence to the first `[姚順雨]` line in it.
  const lines = read(transcriptPath()).split('\n');
  const topic2 = before.topicLineNumbers[1]! - 1;
  const topic3 = before.topicLineNumbers[2]! - 1;
  const newTitle = `${before.topics[1]}：端到端改名`;
  lines[topic2] = `主題:${newTitle}`;
  const turn = lines.findIndex((l, i) => i > topic2 && i < topic3 && l.startsWith('[姚順雨]'));
  expect(turn).toBeGreaterThan(topic2);
  const added = '這是端到端測試追加的一句話。';
  lines[turn] = lines[turn]!.trimEnd() + added;
  writeFileSync(transcriptPath(), lines.join('\n'));

  await until(page, 'updates', async () => fold((await presentSlide(page))?.kicker ?? '') === fold(newTitle) && fold((await presentSlide(page))?.notes ?? '').includes(fold(added)));
  const slide = await presentSlide(page);
  expect(slide?.id).toBe('topic-2-quote-1');
  expect(slide?.connected).toBe(true);
  expect(fold(slide?.notes ?? '')).toContain(fold(added));
  expect(fold(await page.locator('#topic-2 h2').textContent() ?? '')).toBe(fold(newTitle));
  expect(fold(await page.locator('#agenda li a').nth(1).textContent() ?? '')).toBe(fold(newTitle));
  // No full reload: the page's own state survived, and the URL still names the slide.
  expect(await marker(page)).toBe(1);
  expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe('#/topic-2-quote-1');
  expect(await page.evaluate(() => window.Reveal!.getTotalSlides())).toBe(await page.locator('.reveal .slides > section').count());
});

test('a broken deck.yaml shows the overlay with its location; fixing it clears the overlay', async () => {
  expect(await marker(page)).toBe(1);
  const good = read(manifestPath());
  // A misspelt key: deck.yaml rejects keys it does not know, at the line they are on.
  const broken = good.replace(/^subtitle:/mu, 'subtitel:');
  expect(broken).not.toBe(good);
  writeFileSync(manifestPath(), broken);
  const at = locate(broken, 'subtitel:');

  await until(page, 'overlays', overlayShows(page, `deck.yaml:${at.line}:${at.column}`));
  expect(await overlayText(page)).toContain('subtitel');
  // The server still answers, and the page was not reloaded.
  const response = await page.request.get(baseUrl);
  expect(response.status()).toBe(200);
  expect(await marker(page)).toBe(1);
  expect(await currentId(page)).toBe('topic-2-quote-1');

  const newTitle = '姚順雨談大模型的分化（修好了）';
  writeFileSync(manifestPath(), good.replace(/^title:.*$/mu, `title: ${newTitle}`));
  // The update that brings the fixed deck closes the overlay (src/client/main.ts) in the same step.
  await until(page, 'updates', async () => fold(await page.locator('#title h1').textContent() ?? '') === fold(newTitle));
  expect(await overlayText(page)).toBeNull();
  expect(fold(await page.title())).toBe(fold(newTitle));
  expect(await marker(page)).toBe(1);
  expect(await currentId(page)).toBe('topic-2-quote-1');
});

test('a save the file watcher reports only in part (its last write unreported) still reaches the page', async () => {
  const good = read(manifestPath());
  // The first piece of a save: the file emptied, which deck.yaml does not accept.
  writeFileSync(manifestPath(), '');
  await until(page, 'overlays', overlayShows(page, 'deck.yaml:1:1'));
  // The rest of it, written as the watcher misses it: the modified time as the first piece left it,
  // the file read since (chokidar reports a change only when the time moved or the file was not read).
  const { mtime } = statSync(manifestPath());
  const newTitle = '姚順雨談大模型的分化（存了兩次）';
  writeFileSync(manifestPath(), good.replace(/^title:.*$/mu, `title: ${newTitle}`));
  utimesSync(manifestPath(), new Date(Date.now() + 60_000), mtime);

  await until(page, 'updates', async () => fold(await page.locator('#title h1').textContent() ?? '') === fold(newTitle));
  expect(await overlayText(page)).toBeNull();
  expect(await marker(page)).toBe(1);
  expect(await currentId(page)).toBe('topic-2-quote-1');
});

test('a transcript error shows the overlay, also after a reload; fixing it updates the deck', async () => {
  const text = read(transcriptPath());
  const expected = parseTranscriptText(text);
  const lines = text.split('\n');
  const topic2 = expected.topicLineNumbers[1]!; // 1-based: the inserted line goes right after it
  const said = '這一行沒有說話人的名字。';
  lines.splice(topic2, 0, `[] ${said}`);
  writeFileSync(transcriptPath(), lines.join('\n'));
  const location = `${TRANSCRIPT_NAME}:${topic2 + 1}:1`;

  await until(page, 'overlays', overlayShows(page, location));
  expect(await marker(page)).toBe(1);
  expect((await page.request.get(baseUrl)).status()).toBe(200);

  // A page opened while the deck is broken shows the overlay too.
  await page.reload();
  await until(page, 'overlays', overlayShows(page, location));
  await page.evaluate(() => (window.__marker = 2));

  lines[topic2] = `[主持人] ${said}`;
  writeFileSync(transcriptPath(), lines.join('\n'));
  await waitForReveal(page);
  // The fixed turn is now in the notes, the page was updated in place, and the overlay is gone.
  const notes = (): Promise<string> => page.evaluate(() => [...document.querySelectorAll('aside.notes')].map((a) => a.textContent).join('\n'));
  await until(page, 'updates', async () => fold(await notes()).includes(fold(said)));
  expect(await overlayText(page)).toBeNull();
  expect(await marker(page)).toBe(2);
  const sections = await page.locator('.reveal .slides > section.td-section h2').allTextContents();
  expect(sections.map(fold)).toEqual(parseTranscriptText(read(transcriptPath())).topics.map(fold));
});
