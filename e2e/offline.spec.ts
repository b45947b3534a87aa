import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtFile } from './built-dist.ts';
import { expect, test } from '@playwright/test';
import { currentId, waitForReveal } from './reveal-page.ts';

/*
 * The single-file deck (dist/deck.html, written by `vite build` from the webServer command in
 * playwright.config.ts) opened from file://, as a presenter opens it from a USB stick.
 */

const deckFile = builtFile('deck.html');
const deckUrl = pathToFileURL(deckFile).href;

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

test.describe('single-file deck from file://', () => {
  test.beforeAll(() => {
    expect(existsSync(deckFile), `${deckFile} is made by npm run build`).toBe(true);
  });

  test('shows the deck, with nothing loaded from anywhere but the file itself', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(deckUrl);
    await waitForReveal(page);
    expect(await page.evaluate(() => window.Reveal!.getTotalSlides())).toBeGreaterThan(10);
    await expect(page.locator('.reveal .slides > section.present h1')).toBeVisible();
    // Only the file itself (data: URLs, the inlined fonts, are no requests).
    expect(requests.filter((url) => !url.startsWith('data:') && url.split('#')[0] !== deckUrl)).toEqual([]);
    // The deck's own fonts come with it.
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/["']/g, '')} ${f.weight}`);
    });
    expect(loaded).toEqual(expect.arrayContaining(['TD Sans 400', 'TD Sans 700']));
    expect(await page.evaluate(() => document.querySelectorAll('script[src], link[rel="stylesheet"]').length)).toBe(0);
    expect(errors).toEqual([]);
    // Navigation and deep links work as in the served deck.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.Reveal!.getIndices().h)).toBe(1);
    await page.goto(`${deckUrl}#/topic-1-quote-1`);
    await page.reload();
    await waitForReveal(page);
    expect(await currentId(page)).toBe('topic-1-quote-1');
    expect(statSync(deckFile).size).toBeGreaterThan(100_000);
  });

  test("the speaker view (S) opens and shows the current slide's notes", async ({ page, context }) => {
    await page.goto(`${deckUrl}#/topic-1-quote-1`);
    await waitForReveal(page);
    expect(await currentId(page)).toBe('topic-1-quote-1');
    const expected = normalize(await page.locator('#topic-1-quote-1 aside.notes').textContent() ?? '');
    expect(expected.length).toBeGreaterThan(20);

    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect(notes).not.toBeEmpty({ timeout: 15_000 });
    expect(normalize(await notes.textContent() ?? '')).toBe(expected);
    // Not the error the view shows when it cannot reach the deck.
    await expect(speaker.locator('#connection-status')).not.toContainText('error', { ignoreCase: true });
    // The previews are the deck itself, loaded from the same file.
    await expect.poll(() => speaker.frames().filter((f) => f.url().startsWith(deckUrl)).length).toBeGreaterThanOrEqual(2);

    // Moving on in the deck moves the speaker view on.
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentId(page)).not.toBe('topic-1-quote-1');
    const nextId = (await currentId(page))!;
    const nextNotes = normalize(await page.locator(`[id="${nextId}"] aside.notes`).textContent() ?? '');
    await expect.poll(async () => normalize(await notes.textContent() ?? '')).toBe(nextNotes);
  });
});
