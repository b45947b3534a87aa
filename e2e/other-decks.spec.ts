import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import { serveFolder } from '../src/io/static-server.ts';
import { goTo, openDeck, overflowOnCurrentSlide, slideIds } from './reveal-page.ts';

/*
 * The presenting checks on decks that are not the sample: transcripts in other formats and
 * languages (the readers' own fixtures), each built as a bare file with no deck.yaml, the way a
 * presenter would drop one into slides/. Each must fit, carry its notes, and render its CJK text
 * with the fonts of its own script.
 */

interface DeckCase {
  fixture: string;
  lang: string;
  /** PostScript-name prefixes of the faces that may render its text (Noto Sans/Serif: its Latin). */
  fonts: string[];
}

const CASES: DeckCase[] = [
  { fixture: 'qa.zh.txt', lang: 'zh-Hans', fonts: ['NotoSansSC-', 'NotoSerifSC-', 'NotoSans-', 'NotoSerif-'] },
  { fixture: 'webvtt.ja.vtt', lang: 'ja', fonts: ['NotoSansJP-', 'NotoSerifJP-', 'NotoSans-', 'NotoSerif-'] },
  { fixture: 'markdown.zh.md', lang: 'zh-Hant', fonts: ['NotoSansTC-', 'NotoSerifTC-', 'NotoSans-', 'NotoSerif-'] },
  { fixture: 'otter.en.txt', lang: 'en', fonts: ['NotoSans-', 'NotoSerif-'] },
];

interface PlatformFont {
  familyName: string;
  postScriptName: string;
  isCustomFont: boolean;
}

/** Every font that rendered text inside the current slide, by element. */
async function fontsOnCurrentSlide(page: Page): Promise<{ selector: string; fonts: PlatformFont[] }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.reveal .slides > section.present :is(h1, h2, h3, p, li, blockquote, figcaption)' });
    const found: { selector: string; fonts: PlatformFont[] }[] = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      found.push({ selector: outerHTML.slice(0, 80), fonts: fonts as PlatformFont[] });
    }
    return found;
  } finally {
    await cdp.detach();
  }
}

for (const deck of CASES) {
  test.describe(`a deck from ${deck.fixture}`, () => {
    let outDir = '';
    let server: Awaited<ReturnType<typeof serveFolder>> | undefined;

    test.beforeAll(async () => {
      test.setTimeout(120_000);
      outDir = mkdtempSync(join(tmpdir(), 'td-other-deck-'));
      process.env['TRANSCRIPT_DECK'] = resolve('src/pipeline/formats/fixtures', deck.fixture);
      try {
        await build({ root: resolve('.'), configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      } finally {
        delete process.env['TRANSCRIPT_DECK'];
      }
      server = await serveFolder(outDir);
    });

    test.afterAll(async () => {
      await server?.close();
      rmSync(outDir, { recursive: true, force: true });
    });

    test('every slide fits, the quotes are in the notes, and the text is in the deck\'s own fonts', async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openDeck(page, server!.url);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(deck.lang);

      const ids = await slideIds(page);
      expect(ids.length).toBeGreaterThan(5);
      const quotes = await page.locator('.reveal .slides > section.td-quote blockquote').allTextContents();
      expect(quotes.length).toBeGreaterThanOrEqual(3);
      const compact = (text: string): string => text.replace(/\s+/g, '');
      const notes = compact((await page.locator('.reveal .slides aside.notes').allTextContents()).join(''));
      for (const quote of quotes) expect(notes, `quote in the notes: ${quote}`).toContain(compact(quote).replace(/…+/g, '').slice(0, 12));

      const problems: string[] = [];
      const wrongFonts = new Set<string>();
      for (const id of ids) {
        await goTo(page, id);
        for (const problem of await overflowOnCurrentSlide(page)) problems.push(`${id}: ${problem}`);
        if (deck.fonts.length === 0) continue;
        await page.evaluate(() => document.fonts.ready);
        for (const { selector, fonts } of await fontsOnCurrentSlide(page)) {
          for (const font of fonts) {
            const ours = font.isCustomFont && deck.fonts.some((prefix) => font.postScriptName.startsWith(prefix));
            if (!ours) wrongFonts.add(`${id}: ${font.postScriptName} (${font.isCustomFont ? 'web font' : 'system font'}) in ${selector}`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect([...wrongFonts]).toEqual([]);

      const fontFiles = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.woff2'));
      if (deck.fonts.length === 0) expect(fontFiles).toEqual([]);
      else expect(fontFiles.length).toBeGreaterThanOrEqual(2);
    });
  });
}
