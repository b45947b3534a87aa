import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { launchOptions } from '../../src/io/chromium.ts';
import { serveFolder } from '../../src/io/static-server.ts';
import { exportPdf } from '../../src/pdf/export.ts';
import { readPdf, renderPage } from '../../src/pdf/read.ts';
import { readFileSync } from 'node:fs';

/*
 * The README's pictures of quote clips, from the deck of e2e/fixtures/clips (a recording made for
 * the tests): a quote slide with its Play control (clip-quote.png), the same slide while its clip
 * plays (clip-playing.png), the speaker view showing the control (clip-speaker-view.png) and the
 * quote's printed page with its time (clip-pdf-page.png). `npx tsx assets/screenshots/make-clip.ts`.
 */

const repo = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const SLIDE = 'topic-1-quote-2';

const work = mkdtempSync(join(tmpdir(), 'td-clip-screenshots-'));
try {
  const dist = join(work, 'dist');
  process.env['TRANSCRIPT_DECK'] = join(repo, 'e2e/fixtures/clips');
  await build({ configFile: join(repo, 'vite.config.ts'), root: repo, logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
  const server = await serveFolder(dist);
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}index.html#/${SLIDE}`);
    await page.waitForFunction(() => (window as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(here, 'clip-quote.png') });
    await page.locator(`[id="${SLIDE}"] .td-clip-play`).click();
    await page.waitForFunction(() => !document.querySelector<HTMLAudioElement>('audio.td-clip-media')!.paused);
    await page.waitForTimeout(600); // the fade-in ends (a picture, not a test)
    await page.screenshot({ path: join(here, 'clip-playing.png') });
    await page.keyboard.press('Enter'); // stops it
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.setViewportSize({ width: 1280, height: 720 });
    await speaker.waitForLoadState();
    await speaker.waitForFunction(() => (document.querySelector('.speaker-controls-notes')?.textContent ?? '').trim().length > 0);
    await speaker.waitForTimeout(1000);
    await speaker.screenshot({ path: join(here, 'clip-speaker-view.png') });
  } finally {
    await browser.close();
    await server.close();
  }
  const result = await exportPdf({ deck: dist, out: join(work, 'deck.pdf') });
  const bytes = new Uint8Array(readFileSync(result.out));
  const pdf = await readPdf(bytes);
  const index = pdf.pageText.findIndex((text) => text.replace(/\s+/g, ' ').includes('0:16–0:22'));
  if (index < 0) throw new Error('no page of the PDF shows the quote’s time');
  writeFileSync(join(here, 'clip-pdf-page.png'), (await renderPage(bytes, index + 1, 0.75)).png);
} finally {
  rmSync(work, { recursive: true, force: true });
}
