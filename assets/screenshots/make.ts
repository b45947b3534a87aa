import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { launchOptions } from '../../src/io/chromium.ts';
import { serveFolder } from '../../src/io/static-server.ts';
import { exportPdf } from '../../src/pdf/export.ts';
import { pageLines, renderPage } from '../../src/pdf/read.ts';

/*
 * The README's pictures of an English deck, made from the evaluation corpus's NiceGUI episode of
 * Talk Python To Me (WebVTT with voice tags): the title and a quote slide, the speaker view, a page
 * of the notes PDF and a page of the handout (en-*.png); and the same two PDF pages of the sample
 * deck in slides/ (zh-*.png). `npx tsx assets/screenshots/make.ts` writes them here.
 */

const repo = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const TRANSCRIPT = 'en-webvtt-voice-talkpython-nicegui.vtt';
const MANIFEST = `transcript: ${TRANSCRIPT}
title: NiceGUI, web apps in pure Python
subtitle: Talk Python To Me, episode 525
event: Talk Python To Me · recorded 25 September 2025
speakers:
  featured:
    - name: Falko Schindler
      role: co-creator of NiceGUI
    - name: Rodja Trappe
      role: co-creator of NiceGUI, Zauberzeug
  hosts:
    - name: Michael Kennedy
      role: host
source: Talk Python To Me's transcript of episode 525
duration: 60
`;

const work = mkdtempSync(join(tmpdir(), 'td-screenshots-'));
try {
  const slides = join(work, 'slides');
  mkdirSync(slides);
  copyFileSync(join(repo, 'eval/corpus', TRANSCRIPT), join(slides, TRANSCRIPT));
  writeFileSync(join(slides, 'deck.yaml'), MANIFEST);
  const dist = join(work, 'dist');
  process.env['TRANSCRIPT_DECK'] = slides;
  await build({ configFile: join(repo, 'vite.config.ts'), root: repo, logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });

  const server = await serveFolder(dist);
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const show = async (hash: string): Promise<void> => {
      await page.goto(`${server.url}index.html#/${hash}`);
      await page.waitForFunction(() => (window as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
      await page.evaluate(() => document.fonts.ready);
    };
    await show('title');
    await page.screenshot({ path: join(here, 'en-title.png') });
    // A quote that stands on its own: Rodja Trappe on what NiceGUI is for.
    const quote = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].find((s) => s.querySelector('blockquote')?.textContent?.includes('most things you can do simply in Python'))?.id);
    if (!quote) throw new Error('the quote slide of the README is not in the deck any more: choose another');
    await show(quote);
    await page.screenshot({ path: join(here, 'en-quote.png') });
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.setViewportSize({ width: 1280, height: 720 });
    await speaker.waitForLoadState();
    await speaker.waitForFunction(() => (document.querySelector('.speaker-controls-notes')?.textContent ?? '').trim().length > 0);
    await speaker.waitForTimeout(1000); // the iframes of the current and next slide settle (a picture, not a test)
    await speaker.screenshot({ path: join(here, 'en-speaker-view.png') });
  } finally {
    await browser.close();
    await server.close();
  }

  const sample = join(work, 'sample');
  process.env['TRANSCRIPT_DECK'] = join(repo, 'slides');
  await build({ configFile: join(repo, 'vite.config.ts'), root: repo, logLevel: 'silent', build: { outDir: sample, emptyOutDir: true } });
  // A notes page that goes on from the page before (its header says `Notes 2 / n`), and a handout
  // page whose notes go on to another (`Notes 1 / n`).
  const pages = [
    ['en', dist, 'notes', /\D ?2 ?\/ ?\d+$/],
    ['en', dist, 'handout', /\D ?1 ?\/ ?\d+$/],
    ['zh', sample, 'notes', /\D ?2 ?\/ ?\d+$/],
    ['zh', sample, 'handout', /\D ?1 ?\/ ?\d+$/],
  ] as const;
  for (const [name, deck, mode, pageOfNotes] of pages) {
    const result = await exportPdf({ deck, mode, out: join(work, `${name}-${mode}.pdf`) });
    const bytes = new Uint8Array(readFileSync(result.out));
    const lines = await pageLines(bytes);
    const fits = lines.flatMap((page, i) => (page.some((line) => /^\d+ ?\/ ?\d+ ?· ?/.test(line.text) && pageOfNotes.test(line.text)) ? [i] : []));
    if (fits.length === 0) throw new Error(`no page of ${name} ${mode} fits the picture`);
    // The fullest of them: a page of notes as most pages are.
    const page = fits.reduce((best, i) => (lines[i]!.length > lines[best]!.length ? i : best)) + 1;
    // 1280 pixels wide, as the slides' screenshots are; the handout at 150 dpi.
    const rendered = await renderPage(bytes, page, mode === 'notes' ? 4 / 3 : 150 / 72);
    writeFileSync(join(here, `${name}-${mode}-page.png`), rendered.png);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
