import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { exportPdf } from '../src/pdf/export.ts';
import { collapse, readPdf, renderPage } from '../src/pdf/read.ts';
import { serveFolder, type StaticServer } from '../src/io/static-server.ts';
import { buildDeck } from './corpus-decks.ts';
import { currentId, goTo, waitForReveal } from './reveal-page.ts';

/*
 * Quote clips, on a recording made for the test (scripts/make-clip-fixture.sh: espeak-ng reading an
 * interview, e2e/fixtures/clips/interview.ogg) and its WebVTT written by hand from the recording's
 * silences. Pressing Play on each quote slide must play from within 0.3 s of the quote's start (the
 * lead-in is shorter than that) and pause within 0.3 s of its end, read from the media element's
 * own clock; stepping the deck stops a clip. Over http and from file:// (deck.html beside the file).
 */

/** The quotes' times, as the cues of interview.vtt give them (the second and third span two cues each). */
const QUOTES = [
  { id: 'topic-1-quote-1', start: 7.02, end: 12.35, shown: '0:07–0:12' },
  { id: 'topic-1-quote-2', start: 16.3, end: 22.05, shown: '0:16–0:22' },
  { id: 'topic-1-quote-3', start: 26.37, end: 31.42, shown: '0:26–0:31' },
];
const TOLERANCE = 0.3;

let outDir = '';
let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  outDir = mkdtempSync(join(tmpdir(), 'td-clips-'));
  await buildDeck('e2e/fixtures/clips', outDir);
  server = await serveFolder(outDir);
});

test.afterAll(async () => {
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** Records the media element's time at each `playing` and `pause` event from now on. */
async function watchMedia(page: Page): Promise<void> {
  await page.evaluate(() => {
    const media = document.querySelector<HTMLAudioElement>('audio.td-clip-media')!;
    const log: Array<{ event: string; time: number }> = [];
    (window as unknown as { clipLog: typeof log }).clipLog = log;
    for (const event of ['playing', 'pause']) media.addEventListener(event, () => log.push({ event, time: media.currentTime }));
  });
}

const clipLog = (page: Page): Promise<Array<{ event: string; time: number }>> => page.evaluate(() => [...(window as unknown as { clipLog: Array<{ event: string; time: number }> }).clipLog]);

async function playsEachQuote(page: Page): Promise<void> {
  await watchMedia(page);
  for (const quote of QUOTES) {
    await goTo(page, quote.id);
    const slide = page.locator(`[id="${quote.id}"]`);
    await expect(slide.locator('.td-clip-time')).toHaveText(quote.shown);
    const before = (await clipLog(page)).length;
    await slide.getByRole('button', { name: 'Play' }).click();
    await expect(slide.getByRole('button', { name: 'Stop' })).toBeVisible();
    // Playing may stall and go on (`playing` again) on a loaded machine; the clip is one stretch all the same.
    await expect.poll(async () => (await clipLog(page)).slice(before).map((e) => e.event).join(' '), { timeout: 20_000 }).toMatch(/^(?:playing )+pause$/u);
    const events = (await clipLog(page)).slice(before);
    const playing = events[0];
    const pause = events[events.length - 1];
    test.info().annotations.push({ type: 'clip', description: `${quote.id}: quote ${quote.start}–${quote.end} s, played from ${playing!.time.toFixed(3)} to ${pause!.time.toFixed(3)} s` });
    expect(Math.abs(playing!.time - quote.start), `${quote.id} starts at ${playing!.time}`).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(pause!.time - quote.end), `${quote.id} pauses at ${pause!.time}`).toBeLessThanOrEqual(TOLERANCE);
    await expect(slide.getByRole('button', { name: 'Play' })).toBeVisible();
  }
}

test('Play on three quote slides plays each quote’s stretch of the recording, over http', async ({ page }) => {
  await page.goto(server.url);
  await waitForReveal(page);
  await playsEachQuote(page);
});

test('Play works from file:// too: deck.html finds the recording beside itself', async ({ page }) => {
  await page.goto(pathToFileURL(join(outDir, 'deck.html')).href);
  await waitForReveal(page);
  await playsEachQuote(page);
});

test('stepping the deck while a clip plays stops it; space on the focused button steps the deck', async ({ page }) => {
  await page.goto(server.url);
  await waitForReveal(page);
  await watchMedia(page);
  const [first, second] = QUOTES;
  await goTo(page, first!.id);
  await page.locator(`[id="${first!.id}"]`).getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => (await clipLog(page)).map((e) => e.event).join(' ')).toBe('playing');
  // The button has the focus: space and the arrows still step the deck, and the clip stops.
  await page.keyboard.press('Space');
  await expect.poll(() => currentId(page)).toBe(second!.id);
  await expect.poll(async () => (await clipLog(page)).map((e) => e.event).join(' ')).toBe('playing pause');
  expect(await page.evaluate(() => document.querySelector<HTMLAudioElement>('audio.td-clip-media')!.paused)).toBe(true);
  await expect(page.locator(`[id="${first!.id}"] .td-clip-play`)).toHaveText('Play');
  const stoppedAt = (await clipLog(page))[1]!.time;
  expect(stoppedAt).toBeLessThan(first!.end - 1);

  // Arrow keys too, back to the first quote, from a clip of the second.
  await page.locator(`[id="${second!.id}"]`).getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => (await clipLog(page)).map((e) => e.event).join(' ')).toBe('playing pause playing');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => currentId(page)).toBe(first!.id);
  await expect.poll(async () => (await clipLog(page)).map((e) => e.event).join(' ')).toBe('playing pause playing pause');
});

test('the PDF shows each quote’s time, and with a video page as `url` a QR code of the moment', async () => {
  test.setTimeout(180_000);
  // The same deck, its `url` a video page with time links.
  const work = mkdtempSync(join(tmpdir(), 'td-clips-pdf-'));
  try {
    const slides = join(work, 'slides');
    cpSync('e2e/fixtures/clips', slides, { recursive: true });
    const page = 'https://www.youtube.com/watch?v=td-clip-test';
    writeFileSync(join(slides, 'deck.yaml'), readFileSync(join(slides, 'deck.yaml'), 'utf8').replace(/^url: .*$/mu, `url: ${page}`));
    const dist = join(work, 'dist');
    await buildDeck(slides, dist);
    const result = await exportPdf({ deck: dist, out: join(work, 'deck.pdf') });
    const bytes = new Uint8Array(readFileSync(result.out));
    const pdf = await readPdf(bytes);
    for (const quote of QUOTES) {
      const index = pdf.pageText.findIndex((text) => collapse(text).includes(quote.shown));
      expect(index, `a page shows ${quote.shown}`).toBeGreaterThan(0);
      expect(collapse(pdf.pageText[index]!)).not.toContain('Play');
      const rendered = await renderPage(bytes, index + 1, 2);
      const code = jsQR(new Uint8ClampedArray(rendered.rgba), rendered.width, rendered.height);
      expect(code?.data).toBe(`${page}&t=${Math.floor(quote.start)}s`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the speaker view shows the control and the time, and plays the next quote there before it is shown', async ({ page, context }) => {
  await page.goto(`${server.url}#/${QUOTES[0]!.id}`);
  await waitForReveal(page);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForLoadState();
  // reveal.js's speaker view: the current slide in one frame, the upcoming one (controls=false) in another.
  const upcomingFrame = (): ReturnType<typeof speaker.frames>[number] | undefined => speaker.frames().find((f) => /[?&]receiver\b/u.test(f.url()) && /[?&]controls=false\b/u.test(f.url()));
  // Asked afresh each time: the speaker view may load its frames more than once (a frame held from
  // before is detached, and waiting on it never ends: seen once on a loaded machine).
  const upcomingSlide = async (): Promise<string | undefined> => {
    try {
      return await upcomingFrame()?.evaluate(() => (window as unknown as { Reveal?: { getCurrentSlide(): HTMLElement | undefined } }).Reveal?.getCurrentSlide()?.id);
    } catch {
      return undefined;
    }
  };
  await expect.poll(upcomingSlide, { timeout: 30_000 }).toBe(QUOTES[1]!.id);
  const upcoming = upcomingFrame()!;
  const next = upcoming.locator(`[id="${QUOTES[1]!.id}"]`);
  await expect(next.locator('.td-clip-time')).toHaveText(QUOTES[1]!.shown);
  await next.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => upcoming.evaluate(() => document.querySelector<HTMLAudioElement>('audio.td-clip-media')!.paused)).toBe(false);
  const at = await upcoming.evaluate(() => document.querySelector<HTMLAudioElement>('audio.td-clip-media')!.currentTime);
  expect(at).toBeGreaterThanOrEqual(QUOTES[1]!.start - TOLERANCE);
  // The room hears nothing: the deck's own media element has not started.
  expect(await page.evaluate(() => document.querySelector<HTMLAudioElement>('audio.td-clip-media')!.paused)).toBe(true);
  expect(await currentId(page)).toBe(QUOTES[0]!.id);
});

test('a deck without media: has no media element and no control (the sample deck)', async ({ page }) => {
  await page.goto('/');
  await waitForReveal(page);
  expect(await page.locator('audio, video').count()).toBe(0);
  expect(await page.locator('.td-clip').count()).toBe(0);
  expect(await page.locator('.td-quote').count()).toBeGreaterThan(0);
});

test('a video page as media: links each quote slide to its moment, in a new tab, and plays nothing', async ({ page }) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'td-clips-link-'));
  try {
    const slides = join(work, 'slides');
    cpSync('e2e/fixtures/clips', slides, { recursive: true });
    rmSync(join(slides, 'interview.ogg'));
    const video = 'https://www.youtube.com/watch?v=td-clip-test';
    writeFileSync(join(slides, 'deck.yaml'), readFileSync(join(slides, 'deck.yaml'), 'utf8').replace(/^media: .*$/mu, `media: ${video}`));
    const dist = join(work, 'dist');
    await buildDeck(slides, dist);
    await page.goto(pathToFileURL(join(dist, 'deck.html')).href);
    await waitForReveal(page);
    expect(await page.locator('audio, video, .td-clip-play').count()).toBe(0);
    for (const quote of QUOTES) {
      await goTo(page, quote.id);
      const link = page.locator(`[id="${quote.id}"]`).getByRole('link', { name: 'Watch' });
      await expect(link).toHaveAttribute('href', `${video}&t=${Math.floor(quote.start)}s`);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(page.locator(`[id="${quote.id}"] .td-clip-time`)).toHaveText(quote.shown);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
