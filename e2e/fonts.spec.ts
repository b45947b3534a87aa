import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtFile } from './built-dist.ts';
import { expect, test, type Page } from '@playwright/test';
import { fontSession, platformFontsOfAll, type PlatformFont } from './platform-fonts.ts';
import { showSlide, waitForReveal } from './reveal-page.ts';

/*
 * The sample deck renders with the fonts it ships (src/vite/fonts/), not with whatever CJK fonts
 * the machine has: this machine has Noto Sans/Serif CJK installed, which a broken setup would show.
 * (e2e/fonts-decks.spec.ts does the same for a deck in each language, on a machine with and without them.)
 */

/** The fonts that rendered the text of the first element matching `selector`. */
async function platformFonts(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await fontSession(page);
  try {
    const [fonts] = await platformFontsOfAll(cdp, selector);
    expect(fonts, selector).toBeDefined();
    return fonts!;
  } finally {
    await cdp.detach();
  }
}


/** The deck's own face (`NotoSerifTC-`) and, for its Latin letters and digits, the Latin face of the same style and weight (`NotoSerif-`). */
const bundled = (fonts: PlatformFont[], postScriptPrefix: string): void => {
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.map((f) => f.postScriptName)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${postScriptPrefix}`))]));
  const latin = postScriptPrefix.replace(/TC-/, '-');
  for (const font of fonts) {
    expect(font.isCustomFont, `${font.familyName} (${font.postScriptName}) is a system font`).toBe(true);
    expect(font.postScriptName.startsWith(postScriptPrefix) || font.postScriptName.startsWith(latin), `${font.postScriptName} is not ${postScriptPrefix}… or ${latin}…`).toBe(true);
    expect(font.familyName).not.toMatch(/CJK/);
  }
};

const decks: { name: string; open(page: Page): Promise<void> }[] = [
  { name: 'built deck (served)', open: (page) => page.goto('./').then(() => undefined) },
  { name: 'single-file deck (file://)', open: (page) => page.goto(pathToFileURL(builtFile('deck.html')).href).then(() => undefined) },
];

for (const deck of decks) {
  test.describe(`fonts: ${deck.name}`, () => {
    test('every glyph of every quote is rendered by the bundled serif', async ({ page }) => {
      await deck.open(page);
      await waitForReveal(page);
      const quoteIds = await page.locator('.reveal .slides > section.td-quote').evaluateAll((s) => s.map((e) => e.id));
      expect(quoteIds.length).toBeGreaterThan(3);
      for (const id of quoteIds) {
        await showSlide(page, id);
        const family = await page.locator(`[id="${id}"] blockquote`).evaluate((el) => getComputedStyle(el).fontFamily);
        expect(family.startsWith('"TD Serif"')).toBe(true);
        const fonts = await platformFonts(page, `[id="${id}"] blockquote`);
        bundled(fonts, 'NotoSerifTC-');
        const text = (await page.locator(`[id="${id}"] blockquote`).textContent()) ?? '';
        expect(fonts.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThanOrEqual([...text.replace(/\s/g, '')].length);
      }
    });

    test('headings, kickers and body text are rendered by the bundled sans, bold and regular', async ({ page }) => {
      await deck.open(page);
      await waitForReveal(page);
      const section = await page.locator('.reveal .slides > section.td-section').first().getAttribute('id');
      await showSlide(page, section!);
      bundled(await platformFonts(page, `[id="${section}"] h2`), 'NotoSansTC-Bold');
      const summary = await page.locator('.reveal .slides > section.td-summary').first().getAttribute('id');
      await showSlide(page, summary!);
      bundled(await platformFonts(page, `[id="${summary}"] ul`), 'NotoSansTC-Regular');
      const loaded = await page.evaluate(() =>
        [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/["']/g, '')} ${f.weight} ${f.display}`),
      );
      expect(loaded).toEqual(expect.arrayContaining(['TD Sans 400 block', 'TD Sans 700 block', 'TD Serif 600 block']));
    });
  });
}
