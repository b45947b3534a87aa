import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { launchOptions } from '../../src/io/chromium.ts';
import { loadDeck } from '../../src/io/load-deck.ts';
import { buildPresentCopies } from '../../src/present/build.ts';
import { startPresentServer } from '../../src/present/server.ts';
import { PRESENTER_PREFIX } from '../../src/shared/follow.ts';

/*
 * The README's pictures of Follow along (`transcript-deck present`), from the sample deck in
 * slides/, served on loopback: an audience phone on a quote slide in Traditional and in
 * Simplified script (follow-audience-hant.png, follow-audience-hans.png), the same phone browsing
 * ("Jump to live", dark, larger text: follow-audience-browsing.png), the presenter's phone as a
 * clicker (follow-clicker.png) and the "Follow along" slide (follow-slide.png).
 * `npx tsx assets/screenshots/make-follow.ts` writes them here.
 */

const here = fileURLToPath(new URL('.', import.meta.url));
const PORT = 4316;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TOKEN = 'screenshot-token-0123456';
const PHONE = { viewport: { width: 390, height: 760 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce' as const };

const outDir = mkdtempSync(join(tmpdir(), 'td-follow-shots-'));
const copies = await buildPresentCopies('slides', outDir, loadDeck('slides').output!.deck.meta.lang, { audienceUrl: `${ORIGIN}/`, socketOrigin: `ws://127.0.0.1:${PORT}` });
const server = await startPresentServer({ host: '127.0.0.1', port: PORT, token: TOKEN });
server.serve(copies);
const browser = await chromium.launch(launchOptions());
const open = async (url: string, options: object = PHONE): Promise<Page> => {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
  await page.evaluate(() => document.fonts.ready);
  return page;
};
try {
  const laptop = await open(`${ORIGIN}${PRESENTER_PREFIX}${TOKEN}/`, { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  await laptop.evaluate(() => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(1));
  await laptop.waitForTimeout(500);
  await laptop.screenshot({ path: join(here, 'follow-slide.png') });
  const quote = await laptop.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.classList.contains('td-quote')));
  await laptop.evaluate((h) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(h), quote);
  const hant = await open(`${ORIGIN}/`);
  const hans = await open(`${ORIGIN}/zh-Hans/`);
  const clicker = await open(`${ORIGIN}${PRESENTER_PREFIX}${TOKEN}/`);
  await hant.waitForTimeout(800);
  await hant.screenshot({ path: join(here, 'follow-audience-hant.png') });
  await hans.screenshot({ path: join(here, 'follow-audience-hans.png') });
  await clicker.screenshot({ path: join(here, 'follow-clicker.png') });
  await hant.keyboard.press('ArrowLeft');
  await hant.locator('.td-reader-larger').click();
  await hant.locator('.td-reader-theme').click();
  await hant.waitForTimeout(500);
  await hant.screenshot({ path: join(here, 'follow-audience-browsing.png') });
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
