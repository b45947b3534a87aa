import { expect, test, type Page } from '@playwright/test';
import { FAR } from '../src/client/large-deck.ts';
import { serveFolder } from '../src/io/static-server.ts';
import { buildCorpusDeck, type BuiltDeck } from './corpus-decks.ts';
import { waitForReveal } from './reveal-page.ts';

/*
 * A large deck (src/client/large-deck.ts): slides far from the current one are light (no content)
 * and the slides are chunked into vertical stacks. `?large-deck=4` turns this on, in chunks of 4,
 * so every rule is exercised across chunk boundaries, for a corpus deck with more slides than FAR
 * (a 78-minute episode; the sample deck is shorter than that).
 */

let deck: BuiltDeck | undefined;
let server: { url: string; close(): Promise<void> } | undefined;
test.beforeAll(async () => {
  deck = await buildCorpusDeck('eval/corpus/en-webvtt-voice-talkpython-nicegui.vtt');
  server = await serveFolder(deck.dir);
});
test.afterAll(async () => {
  await server?.close();
  deck?.remove();
});

const open = async (page: Page, hash = ''): Promise<void> => {
  // A fresh load each time: a goto that changes only the hash would stay in the same document.
  await page.goto('about:blank');
  await page.goto(`${server!.url}?large-deck=4${hash}`);
  await waitForReveal(page);
};

const allIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll('.reveal .slides section:not(.stack)')].map((s) => s.id));
const current = (page: Page): Promise<string | undefined> => page.evaluate(() => window.Reveal!.getCurrentSlide()?.id);
const hasContent = (page: Page, id: string): Promise<boolean> => page.evaluate((slideId) => document.getElementById(slideId)!.childElementCount > 0, id);

test('a long deck as a large deck: chunked, far slides light, stepping visits every slide in order with content', async ({ page }) => {
  await open(page);
  const ids = await allIds(page);
  // More slides than FAR: the ones left behind are lightened again.
  expect(ids.length).toBeGreaterThan(FAR + 1);
  expect(await page.locator('.reveal .slides > section.td-chunk').count()).toBe(Math.ceil(ids.length / 4));
  expect(await page.evaluate(() => window.Reveal!.getTotalSlides())).toBe(ids.length);
  // Far slides keep their element and id, without content; near ones have it.
  expect(await hasContent(page, ids[0]!)).toBe(true);
  expect(await hasContent(page, ids.at(-1)!)).toBe(false);

  const visited = [await current(page)];
  for (let i = 1; i < ids.length; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current(page)).toBe(ids[i]);
    visited.push(ids[i]);
    expect(await hasContent(page, ids[i]!), ids[i]).toBe(true);
    await expect(page.locator('.reveal .slide-number')).toHaveText(new RegExp(`^\\s*${i + 1}\\s*/\\s*${ids.length}\\s*$`));
  }
  expect(visited).toEqual(ids);
  // The hash names the slide (reveal.js writes it at most once a second).
  await expect.poll(() => page.url()).toContain(`#/${ids.at(-1)}`);
  // Once the browser is idle, the slides left far behind are light again.
  await expect.poll(() => hasContent(page, ids[0]!)).toBe(false);

  // Back across chunk boundaries: always the previous slide.
  for (let i = ids.length - 2; i >= ids.length - 9; i--) {
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => current(page)).toBe(ids[i]);
  }
  await page.keyboard.press('Home');
  await expect.poll(() => current(page)).toBe(ids[0]);
  expect(await hasContent(page, ids[0]!)).toBe(true);
  // Entering a chunk from the left starts at its first slide, wherever that chunk was left.
  for (let i = 1; i <= 9; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current(page)).toBe(ids[i]);
  }
  await page.keyboard.press('End');
  await expect.poll(() => current(page)).toBe(ids.at(-1));
});

test('a large deck opens on the hashed slide with its content and notes, and search finds text in light slides', async ({ page }) => {
  await open(page);
  const ids = await allIds(page);
  const last = ids.at(-2)!;
  await open(page, `#/${last}`);
  expect(await current(page)).toBe(last);
  expect(await hasContent(page, last)).toBe(true);
  expect(await hasContent(page, ids[0]!)).toBe(false);

  // A quote far away: its text is found although its slide is light, and Enter shows it with its content.
  await page.goto(server!.url);
  await waitForReveal(page);
  const quote = await page.evaluate(() => {
    const section = document.querySelector<HTMLElement>('.reveal .slides section.td-quote')!;
    return { id: section.id, text: section.querySelector('blockquote p')!.textContent!.slice(0, 6) };
  });
  await open(page, `#/${last}`);
  expect(await hasContent(page, quote.id)).toBe(false);
  await page.keyboard.press('Control+Shift+F');
  const input = page.locator('.td-search input');
  await input.fill(quote.text);
  await expect(page.locator('.td-search-count')).toHaveText(/^[1-9]/);
  await input.press('Enter');
  await expect.poll(() => current(page)).toBe(quote.id);
  expect(await hasContent(page, quote.id)).toBe(true);
  // The match is highlighted where it now is, on the shown slide.
  const highlighted = await page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('td-search');
    return highlight ? [...highlight].map((r) => (r.startContainer as Node).isConnected) : [];
  });
  expect(highlighted[0]).toBe(true);
  // The notes of the current slide are in the page, for the speaker view and the notes panel.
  expect(await page.evaluate(() => window.Reveal!.getCurrentSlide()!.querySelector('aside.notes') !== null)).toBe(true);
});
