import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { currentId, goTo, openDeck, overflowOnCurrentSlide, slideIds } from './reveal-page.ts';

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 3840, height: 2160 },
]) {
  test(`every slide fits at ${viewport.width}×${viewport.height}: nothing outside the slide, nothing clipped`, async ({ page }) => {
    await page.setViewportSize(viewport);
    // No transition: each slide is measured where it rests (the deck honours reduced motion).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page, '/');
    await page.evaluate(() => document.fonts.ready);
    const problems: string[] = [];
    for (const id of await slideIds(page)) {
      await goTo(page, id);
      for (const problem of await overflowOnCurrentSlide(page)) problems.push(`${id}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
}

test('on a phone the deck becomes a scroll view, readable without zooming', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDeck(page, '/');
  await expect.poll(() => page.evaluate(() => (window.Reveal as unknown as { isScrollView(): boolean }).isScrollView())).toBe(true);
  const smallest = await page.evaluate(() => {
    const quote = document.querySelector<HTMLElement>('section.td-quote blockquote')!;
    quote.scrollIntoView();
    return quote.getBoundingClientRect().width;
  });
  // The quote uses most of the phone's width rather than a shrunken 16:9 box.
  expect(smallest).toBeGreaterThan(390 * 0.6);
});

test('a long quote is shrunk to fit, not clipped, and a short one keeps its size', async ({ page }) => {
  await openDeck(page, '/');
  // Slides away from the current one are fitted while the browser is idle.
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.reveal .slides > section.td-quote')].every((s) => s.dataset['fitScale']));
  const scales = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section.td-quote')].map((s) => ({ id: s.id, scale: Number(s.dataset['fitScale']), length: s.querySelector('blockquote')!.textContent!.length })),
  );
  expect(scales.length).toBeGreaterThan(0);
  for (const { scale } of scales) expect(scale).toBeGreaterThanOrEqual(0.45);
  const sizes = await page.evaluate(() => [...document.querySelectorAll('section.td-quote blockquote')].map((b) => parseFloat(getComputedStyle(b).fontSize)));
  // Quotes of different lengths get different sizes: the fit is per slide.
  expect(new Set(sizes.map(Math.round)).size).toBeGreaterThan(1);
});

test('stepping: arrows, space, Page Down/Up (clickers), Home/End, and G jumps', async ({ page }) => {
  await openDeck(page, '/');
  const ids = await slideIds(page);
  await page.keyboard.press('PageDown');
  expect(await currentId(page)).toBe(ids[1]);
  await page.keyboard.press('Space');
  expect(await currentId(page)).toBe(ids[2]);
  await page.keyboard.press('PageUp');
  expect(await currentId(page)).toBe(ids[1]);
  await page.keyboard.press('End');
  expect(await currentId(page)).toBe(ids[ids.length - 1]);
  await page.keyboard.press('Home');
  expect(await currentId(page)).toBe(ids[0]);
  for (let i = 1; i < ids.length; i++) {
    await page.keyboard.press('ArrowRight');
    expect(await currentId(page)).toBe(ids[i]);
  }
  await page.keyboard.press('g');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect.poll(() => currentId(page)).toBe(ids[4]);
});

test('overview, blackout and help respond to their keys', async ({ page }) => {
  await openDeck(page, '/');
  await page.keyboard.press('o');
  await expect(page.locator('.reveal.overview')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal.overview')).toHaveCount(0);
  await page.keyboard.press('b');
  await expect(page.locator('.reveal.paused')).toHaveCount(1);
  await page.keyboard.press('b');
  await expect(page.locator('.reveal.paused')).toHaveCount(0);
  await page.keyboard.press('Shift+Slash');
  await expect(page.locator('.r-overlay-help')).toBeVisible();
});

test('slide timings pace the talk: data-timing on every slide, adding up to the duration', async ({ page }) => {
  await openDeck(page, '/');
  const { timings, totalTime } = await page.evaluate(() => ({
    timings: [...document.querySelectorAll('.reveal .slides > section')].map((s) => Number(s.getAttribute('data-timing'))),
    totalTime: (window.Reveal as unknown as { getConfig(): { totalTime: number } }).getConfig().totalTime,
  }));
  expect(totalTime).toBe(20 * 60);
  for (const t of timings) expect(t).toBeGreaterThan(0);
  expect(Math.abs(timings.reduce((a, b) => a + b, 0) - totalTime)).toBeLessThanOrEqual(timings.length);
});

test('with the speaker-view popup blocked, the presenter is told and gets the notes in the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A browser that blocks popups returns null from window.open.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await openDeck(page, '/#/topic-1-quote-1');
  await page.keyboard.press('s');
  const panel = page.locator('.td-notes-panel');
  await expect(panel).toBeVisible();
  // In the deck's own language (the sample is Traditional Chinese): the popup was blocked (封鎖).
  await expect(panel.locator('.td-notes-panel-message')).toContainText('封鎖');
  const notes = await page.evaluate(() => document.getElementById('topic-1-quote-1')!.querySelector('aside.notes')!.textContent!.trim());
  await expect(panel.locator('.td-notes-panel-body')).toContainText(notes.slice(0, 30));
  await expect(panel.locator('.td-notes-panel-body mark')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  const next = await page.evaluate(() => window.Reveal!.getCurrentSlide()!.querySelector('aside.notes')!.textContent!.trim());
  await expect(panel.locator('.td-notes-panel-body')).toContainText(next.slice(0, 30));
  expect(errors).toEqual([]);
});

test('the speaker view opens with the current slide, the next one, the notes and the timer', async ({ page, context }) => {
  await openDeck(page, '/#/topic-2-quote-1');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForLoadState();
  await expect(speaker.locator('#current-slide iframe')).toHaveCount(1);
  await expect(speaker.locator('#upcoming-slide iframe')).toHaveCount(1);
  const notes = await page.evaluate(() => document.getElementById('topic-2-quote-1')!.querySelector('aside.notes')!.textContent!.replace(/\s+/g, ' ').trim());
  await expect.poll(async () => (await speaker.locator('.speaker-controls-notes').innerText()).replace(/\s+/g, ' ')).toContain(notes.slice(0, 30));
  await expect(speaker.locator('.speaker-controls-time .pacing')).toBeVisible();
});

test('the speaker view’s upcoming slide is the next one, even when its frame loads after the speaker view has connected', async ({ page, context }) => {
  // On a slow machine the upcoming frame may still be loading when the speaker view sends it the
  // deck's state; made certain here by holding that frame's page back for two seconds.
  await context.route((url) => url.searchParams.has('receiver') && url.searchParams.get('controls') === 'false', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await openDeck(page, '/#/topic-2-quote-1');
  const ids = await slideIds(page);
  const next = ids[ids.indexOf('topic-2-quote-1') + 1];
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForLoadState();
  const upcomingSlide = (): Promise<string | undefined> =>
    speaker
      .frameLocator('#upcoming-slide iframe')
      .locator('.reveal .slides section.present')
      .last()
      .getAttribute('id', { timeout: 1000 })
      .then((id) => id ?? undefined)
      .catch(() => undefined);
  await expect.poll(upcomingSlide, { timeout: 15_000 }).toBe(next);
  expect(await currentId(page)).toBe('topic-2-quote-1');
});

test('search finds Chinese text across phrase breaks, ignores an input method’s Enter, survives `(`', async ({ page }) => {
  await openDeck(page, '/');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.keyboard.press('Control+Shift+F');
  const input = page.locator('.td-search input');
  await expect(input).toBeFocused();
  await input.fill('(');
  await expect(page.locator('.td-search-count')).not.toHaveText('');
  // A phrase that BudouX splits into several <wbr>-separated pieces on a quote slide.
  await input.fill('瓶頸可能在ToC這一端');
  await expect(page.locator('.td-search-count')).toHaveText('1');
  // An input method confirms its composition with Enter: keyCode 229 must not move the deck.
  const before = await currentId(page);
  await input.dispatchEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true });
  expect(await currentId(page)).toBe(before);
  await input.press('Enter');
  await expect.poll(() => currentId(page)).toMatch(/^topic-2-quote-/);
  const marksBefore = await page.locator('.reveal mark, .reveal em, .reveal strong').count();
  await input.fill('');
  expect(await page.locator('.reveal mark, .reveal em, .reveal strong').count()).toBe(marksBefore);
  expect(errors).toEqual([]);
});

test('every slide and text element carries a language', async ({ page }) => {
  await openDeck(page, '/');
  const missing = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section')].filter((s) => !s.closest('[lang]')?.getAttribute('lang')).map((s) => s.id),
  );
  expect(missing).toEqual([]);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
});

for (const id of ['title', 'topic-1', 'topic-1-quote-1']) {
  test(`axe finds no serious or critical violation on ${id}`, async ({ page }) => {
    await openDeck(page, `/#/${id}`);
    const results = await new AxeBuilder({ page }).include('.reveal .slides section.present').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
