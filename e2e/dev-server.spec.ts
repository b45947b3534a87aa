import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      // Others edit the app's source while these tests run; a code change would restart the server or
      // reload the page, which is not what is checked here. The deck's files (in workDir) are watched.
      watch: { ignored: [join(REPO, 'src/**'), join(REPO, 'e2e/**')] },
    },
    logLevel: 'silent',
  });
  await server.listen();
  baseUrl = `http://127.0.0.1:${port}/`;
  page = await browser.newPage();
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

  await expect.poll(async () => fold((await presentSlide(page))?.kicker ?? ''), { timeout: 15_000 }).toBe(fold(newTitle));
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

  await expect.poll(() => overlayText(page), { timeout: 15_000 }).toContain(`deck.yaml:${at.line}:${at.column}`);
  expect(await overlayText(page)).toContain('subtitel');
  // The server still answers, and the page was not reloaded.
  const response = await page.request.get(baseUrl);
  expect(response.status()).toBe(200);
  expect(await marker(page)).toBe(1);
  expect(await currentId(page)).toBe('topic-2-quote-1');

  const newTitle = '姚順雨談大模型的分化（修好了）';
  writeFileSync(manifestPath(), good.replace(/^title:.*$/mu, `title: ${newTitle}`));
  await expect.poll(() => overlayText(page), { timeout: 15_000 }).toBeNull();
  await expect.poll(async () => fold(await page.locator('#title h1').textContent() ?? '')).toBe(fold(newTitle));
  expect(fold(await page.title())).toBe(fold(newTitle));
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

  await expect.poll(() => overlayText(page), { timeout: 15_000 }).toContain(location);
  expect(await marker(page)).toBe(1);
  expect((await page.request.get(baseUrl)).status()).toBe(200);

  // A page opened while the deck is broken shows the overlay too.
  await page.reload();
  await expect.poll(() => overlayText(page), { timeout: 15_000 }).toContain(location);
  await page.evaluate(() => (window.__marker = 2));

  lines[topic2] = `[主持人] ${said}`;
  writeFileSync(transcriptPath(), lines.join('\n'));
  await expect.poll(() => overlayText(page), { timeout: 15_000 }).toBeNull();
  await waitForReveal(page);
  // The fixed turn is now in the notes, the page was updated in place.
  await expect.poll(async () => fold(await page.evaluate(() => [...document.querySelectorAll('aside.notes')].map((a) => a.textContent).join('\n')))).toContain(fold(said));
  expect(await marker(page)).toBe(2);
  const sections = await page.locator('.reveal .slides > section.td-section h2').allTextContents();
  expect(sections.map(fold)).toEqual(parseTranscriptText(read(transcriptPath())).topics.map(fold));
});
