import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import { loadDeck } from '../src/io/load-deck.ts';
import { watch } from './hostile-watch.ts';
import { waitForReveal } from './reveal-page.ts';
import { serveFolder } from '../src/io/static-server.ts';

/*
 * A deck built from a transcript (and deck.yaml) full of markup, script, event handlers,
 * javascript:/data: links, break-outs and reveal.js Markdown separators. Nothing may run, no
 * dialog may open, the policy must never have to step in, and the text shows literally.
 */

const FIXTURE = resolve('e2e/fixtures/hostile');
let outDir = '';
let server: Awaited<ReturnType<typeof serveFolder>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  outDir = mkdtempSync(join(tmpdir(), 'td-hostile-'));
  process.env['TRANSCRIPT_DECK'] = FIXTURE;
  await build({ root: resolve('.'), configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  delete process.env['TRANSCRIPT_DECK'];
  server = await serveFolder(outDir);
});

test.afterAll(async () => {
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

for (const variant of ['hosted', 'single file'] as const) {
  test(`${variant}: nothing in the transcript runs, and every slide and note shows it as text`, async ({ page }) => {
    const watched = await watch(page);
    const url = variant === 'hosted' ? server!.url : pathToFileURL(join(outDir, 'deck.html')).href;
    await page.goto(url);
    await waitForReveal(page);
    const expected = loadDeck(FIXTURE).output!;

    // Step through every slide so that every slide's content is laid out and shown.
    const total = await page.evaluate(() => window.Reveal!.getTotalSlides());
    expect(total).toBe(expected.deck.slides.length);
    for (let i = 1; i < total; i++) await page.keyboard.press('ArrowRight');
    await page.mouse.move(300, 300);
    await page.mouse.move(700, 400);

    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(watched.dialogs).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);

    // No element came from the transcript: only the deck's own kinds of element are in the slides.
    const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('.reveal .slides *')].map((e) => e.tagName.toLowerCase()))].sort());
    for (const tag of ['script', 'iframe', 'img', 'style', 'meta', 'b', 'i']) expect(tags).not.toContain(tag);
    expect(await page.locator('.reveal .slides a[href^="javascript:"], .reveal .slides a[href^="data:"]').count()).toBe(0);
    expect(await page.locator('.reveal .slides [onerror], .reveal .slides [onload], .reveal .slides [onmouseover]').count()).toBe(0);

    // The text is there, literally: in the topic title, a quote, and in the notes.
    const text = await page.evaluate(() => document.querySelector('.reveal .slides')!.textContent!);
    expect(text).toContain(`<iframe src="javascript:window.__pwned='iframe'"></iframe> Topic one`);
    expect(text).toContain("</aside></section><section><h1>Injected slide</h1><script>window.__pwned='breakout'</script>");
    expect(text).toContain('Note: this should not become speaker notes of a new slide');
    expect(text).toContain('<!-- .slide: data-background="red" data-state="pwned" -->');
    expect(await page.evaluate(() => document.title)).toBe("<script>window.__pwned='title'</script> Hostile deck");
    // The style element in a turn changed nothing: the page is visible.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
  });
}

test('the speaker view shows hostile notes as text and runs nothing', async ({ page, context }) => {
  const watched = await watch(page);
  await page.goto(`${server!.url}#/topic-1`);
  await waitForReveal(page);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForLoadState();
  await expect.poll(() => speaker.locator('.speaker-controls-notes').innerText()).toContain("</aside></section><section><h1>Injected slide</h1>");
  expect(await speaker.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watched.dialogs).toEqual([]);
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('Content-Security-Policy');
});
