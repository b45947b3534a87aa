import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { serveFolder, type StaticServer } from '../src/io/static-server.ts';
import { launchOptions } from './browser.ts';
import { buildCorpusDeck, CORPUS_DECKS, fontconfigWithoutCjk, type BuiltDeck } from './corpus-decks.ts';
import { fontSession, platformFontsOfAll, type PlatformFont } from './platform-fonts.ts';
import { openDeck, showSlide } from './reveal-page.ts';

/*
 * Every deck renders all its slides' text in the faces it ships, whatever its language and whatever
 * fonts the machine has: an English, a Korean, a Japanese, a Simplified and a Traditional Chinese
 * deck, each in a Chromium that sees this machine's Noto CJK fonts and in one that sees none
 * (FONTCONFIG_FILE). Latin text is never set in a CJK face; CJK text is set in the face of the
 * deck's own script.
 */

const CJK_FACE = /^Noto(Sans|Serif)(TC|SC|JP|KR)-/;
const OWN_FACE: Record<string, string> = { 'zh-Hant': 'TC', 'zh-Hans': 'SC', ja: 'JP', ko: 'KR' };
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const LATIN_LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
/** Punctuation shared by Latin and CJK text, which takes the CJK width in a CJK deck (“ ” … — ·). */
const SHARED_PUNCTUATION = /[\u00b7\u2014\u2015\u2018-\u201f\u2025-\u2027]/gu;

interface TextNode {
  slide: string;
  tag: string;
  text: string;
  fonts: PlatformFont[];
}

/** Shows each slide in turn and reads which fonts rendered the own text of each of its visible elements. */
async function slideTexts(page: Page): Promise<TextNode[]> {
  const ids = await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((s) => s.id));
  const cdp = await fontSession(page);
  const nodes: TextNode[] = [];
  try {
    for (const id of ids) {
      await showSlide(page, id);
      const selector = `[id="${id}"] *`;
      const own = await page.locator(selector).evaluateAll((elements) =>
        elements.map((el) => ({
          tag: el.tagName.toLowerCase(),
          text: [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join(''),
          visible: el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
        })),
      );
      const fonts = await platformFontsOfAll(cdp, selector);
      expect(fonts).toHaveLength(own.length);
      own.forEach((node, i) => {
        if (node.visible && node.text.trim() !== '') nodes.push({ slide: id, tag: node.tag, text: node.text, fonts: fonts[i]! });
      });
    }
  } finally {
    await cdp.detach();
  }
  return nodes;
}

/**
 * The advance of the summary's `·` (between its topic and quote counts), in ems of its font size:
 * what the punctuation both scripts use takes in this deck.
 */
async function middleDotWidth(page: Page): Promise<number> {
  const summary = await page.locator('.reveal .slides > section.td-summary').first().getAttribute('id');
  await page.evaluate((slideId) => {
    const reveal = window.Reveal as unknown as { slide(h: number): void; getIndices(el: Element): { h: number } };
    reveal.slide(reveal.getIndices(document.getElementById(slideId!)!).h);
  }, summary);
  await page.evaluate(() => document.fonts.ready);
  return page.locator(`[id="${summary}"] li`).first().evaluate((li) => {
    const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('\u00b7');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      // Client rects are scaled with the slide; the font size is not.
      const scale = li.getBoundingClientRect().width / (li as HTMLElement).offsetWidth;
      return range.getBoundingClientRect().width / scale / parseFloat(getComputedStyle(li).fontSize);
    }
    throw new Error('no middle dot in the summary');
  });
}

/** What is wrong with the fonts of each text node, as lines to read. */
function fontProblems(lang: string, nodes: TextNode[]): string[] {
  const problems: string[] = [];
  const cjkDeck = lang in OWN_FACE;
  for (const node of nodes) {
    const where = `${node.slide} <${node.tag}> ${JSON.stringify(node.text.trim().slice(0, 40))}`;
    if (node.fonts.length === 0) problems.push(`${where}: no font reported`);
    for (const font of node.fonts) {
      if (!font.isCustomFont || /CJK/.test(font.familyName)) problems.push(`${where}: ${font.familyName} (${font.postScriptName}) is the machine's, not the deck's`);
    }
    const cjkGlyphs = node.fonts.filter((f) => CJK_FACE.test(f.postScriptName)).reduce((n, f) => n + f.glyphCount, 0);
    if (LATIN_LETTER.test(node.text) && !CJK_CHAR.test(node.text)) {
      const allowed = cjkDeck ? (node.text.match(SHARED_PUNCTUATION) ?? []).length : 0;
      if (cjkGlyphs > allowed) problems.push(`${where}: ${cjkGlyphs} glyphs of Latin text in a CJK face (${node.fonts.map((f) => f.postScriptName).join(', ')})`);
    }
    if (cjkDeck && CJK_CHAR.test(node.text) && !node.fonts.some((f) => f.postScriptName.startsWith(`NotoSans${OWN_FACE[lang]}-`) || f.postScriptName.startsWith(`NotoSerif${OWN_FACE[lang]}-`))) {
      problems.push(`${where}: no Noto ${OWN_FACE[lang]} face (${node.fonts.map((f) => f.postScriptName).join(', ')})`);
    }
  }
  return problems;
}

const built = new Map<string, { deck: BuiltDeck; server: StaticServer }>();
test.beforeAll(async () => {
  test.setTimeout(300_000);
  for (const { lang, transcript } of CORPUS_DECKS) {
    const deck = await buildCorpusDeck(transcript);
    built.set(lang, { deck, server: await serveFolder(deck.dir) });
  }
});
test.afterAll(async () => {
  for (const { deck, server } of built.values()) {
    await server.close();
    deck.remove();
  }
});

for (const machine of ['with', 'without'] as const) {
  test.describe(`on a machine ${machine} CJK fonts`, () => {
    let browser: Browser;
    let fontconfig: ReturnType<typeof fontconfigWithoutCjk> | undefined;
    test.beforeAll(async () => {
      fontconfig = machine === 'without' ? fontconfigWithoutCjk() : undefined;
      browser = await chromium.launch({ ...launchOptions(), ...(fontconfig ? { env: { ...process.env, FONTCONFIG_FILE: fontconfig.file } } : {}) });
    });
    test.afterAll(async () => {
      await browser?.close();
      fontconfig?.remove();
    });

    test(`the browser ${machine === 'with' ? 'sees' : 'does not see'} the machine's Noto Sans CJK`, async () => {
      const page = await browser.newPage();
      await page.setContent(`<p style="font-family: 'Noto Sans CJK SC'">中文字体</p>`);
      const cdp = await fontSession(page);
      const [fonts] = await platformFontsOfAll(cdp, 'p');
      await cdp.detach();
      const names = fonts!.map((f) => f.familyName);
      if (machine === 'with') expect(names).toContain('Noto Sans CJK SC');
      else expect(names.filter((n) => /CJK/.test(n))).toEqual([]);
      await page.close();
    });

    for (const { lang } of CORPUS_DECKS) {
      test(`${lang}: every slide's text is rendered by the faces the deck ships`, async () => {
        test.setTimeout(180_000);
        const { deck, server } = built.get(lang)!;
        expect(readFileSync(join(deck.dir, 'index.html'), 'utf8')).toContain(`<html lang="${lang}"`);
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        try {
          await openDeck(page, server.url);
          const nodes = await slideTexts(page);
          expect(nodes.length).toBeGreaterThan(20);
          expect(fontProblems(lang, nodes)).toEqual([]);
          const faces = [...new Set(nodes.flatMap((n) => n.fonts.map((f) => f.postScriptName)))].sort();
          // Proportional beside Latin text (Noto Sans), full width beside Chinese (Noto Sans SC/TC); the
          // Japanese and Korean cuts set U+00B7 at 0.56 em (Japanese uses ・ for a full-width one).
          const dot = await middleDotWidth(page);
          if (lang === 'en') expect(dot).toBeLessThan(0.5);
          if (lang.startsWith('zh')) expect(dot).toBeGreaterThan(0.9);
          const slides = new Set(nodes.map((n) => n.slide)).size;
          const summary = `${lang} (${machine} CJK fonts): ${slides} slides, ${nodes.length} text elements, · ${dot.toFixed(2)} em, faces ${faces.join(', ')}`;
          test.info().annotations.push({ type: 'faces', description: summary });
          console.log(summary);
        } finally {
          await page.close();
        }
      });
    }
  });
}
