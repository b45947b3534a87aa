import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import { serveFolder } from '../src/io/static-server.ts';
import { currentIndex, openDeck } from './reveal-page.ts';

/*
 * The deck's controls speak its language: a Japanese deck's `?` help, notes panel, search box and
 * speaker view are in Japanese, an English deck's in English. And the help is true: every key it
 * lists is pressed here and does what the help says.
 */

interface Built {
  url: string;
  close(): Promise<void>;
}

async function builtDeck(fixture: string): Promise<Built> {
  const outDir = mkdtempSync(join(tmpdir(), 'td-deck-language-'));
  process.env['TRANSCRIPT_DECK'] = resolve('src/pipeline/formats/fixtures', fixture);
  try {
    await build({ root: resolve('.'), configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env['TRANSCRIPT_DECK'];
  }
  const server = await serveFolder(outDir);
  return { url: server.url, close: async () => (await server.close(), rmSync(outDir, { recursive: true, force: true })) };
}

interface HelpTable {
  title: string;
  heads: string[];
  rows: Array<{ keys: string; action: string }>;
}

async function openHelp(page: Page): Promise<HelpTable> {
  await page.keyboard.press('Shift+Slash');
  await expect(page.locator('.r-overlay-help')).toBeVisible();
  return page.evaluate(() => {
    const overlay = document.querySelector('.r-overlay-help')!;
    return {
      title: overlay.querySelector('.title')?.textContent ?? '',
      heads: [...overlay.querySelectorAll('th')].map((th) => th.textContent ?? ''),
      rows: [...overlay.querySelectorAll('tr')].flatMap((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim());
        return cells.length === 2 ? [{ keys: cells[0]!, action: cells[1]! }] : [];
      }),
    };
  });
}

const state = (page: Page): Promise<{ h: number; total: number; paused: boolean; overview: boolean; jump: boolean; search: boolean; notes: boolean; help: boolean; fullscreen: boolean }> =>
  page.evaluate(() => {
    const reveal = window.Reveal as unknown as { getIndices(): { h: number }; getTotalSlides(): number; isPaused(): boolean; isOverview(): boolean };
    const shown = (selector: string): boolean => {
      const el = document.querySelector<HTMLElement>(selector);
      return !!el && !el.hidden && el.getBoundingClientRect().height > 0;
    };
    return {
      h: reveal.getIndices().h,
      total: reveal.getTotalSlides(),
      paused: reveal.isPaused(),
      overview: reveal.isOverview(),
      jump: shown('.jump-to-slide-input'),
      search: shown('.td-search') && document.activeElement === document.querySelector('.td-search input'),
      notes: shown('.td-notes-panel'),
      help: !!document.querySelector('.r-overlay-help'),
      fullscreen: document.fullscreenElement !== null,
    };
  });

test.describe('a Japanese deck', () => {
  let deck: Built;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    deck = await builtDeck('webvtt.ja.vtt');
  });
  test.afterAll(async () => deck?.close());

  test('its help, notes panel, search box and speaker view are in Japanese', async ({ page, context }) => {
    await openDeck(page, deck.url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    const help = await openHelp(page);
    expect(help.title).toBe('キーボードショートカット');
    expect(help.heads).toEqual(['キー', '操作']);
    const actions = help.rows.map((r) => r.action);
    expect(actions).toContain('このウィンドウに発表者ノートを表示');
    expect(actions).toContain('発表者ビュー（新しいウィンドウ）');
    expect(actions).toContain('スライドを検索');
    for (const action of actions) expect(action, 'no English left in the help').not.toMatch(/[A-Za-z]{3,}/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.r-overlay-help')).toHaveCount(0);

    await page.keyboard.press('n');
    const panel = page.locator('.td-notes-panel');
    await expect(panel).toBeVisible();
    expect(await panel.getAttribute('aria-label')).toBe('発表者ノート');
    await expect(panel.locator('.td-notes-panel-timer')).toContainText('経過');
    await expect(panel.locator('.td-notes-panel-timer')).toContainText('このスライド');

    await page.keyboard.press('Control+Shift+F');
    const input = page.locator('.td-search input');
    await expect(input).toBeFocused();
    expect(await input.getAttribute('placeholder')).toBe('検索…');
    expect(await input.getAttribute('aria-label')).toBe('スライドを検索');
    await page.keyboard.press('Escape');

    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const view = await popup;
    await expect(view.locator('#upcoming-slide .label')).toHaveText('次のスライド');
    await expect(view.locator('.speaker-controls-notes .label')).toHaveText('ノート');
    await expect(view.locator('.speaker-layout-label')).toHaveText('レイアウト: 標準');
    expect(await view.locator('.speaker-controls-time > .label').first().textContent()).toContain('時間');
    await view.close();
  });

  test('says in Japanese when the browser blocks the speaker-view popup', async ({ page }) => {
    // A browser that blocks popups returns null from window.open.
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await openDeck(page, deck.url);
    await page.keyboard.press('s');
    await expect(page.locator('.td-notes-panel-message')).toHaveText(/^ブラウザが発表者ビューのポップアップをブロックしました。/);
  });
});

test.describe('an English deck', () => {
  let deck: Built;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    deck = await builtDeck('otter.en.txt');
  });
  test.afterAll(async () => deck?.close());

  test('its help and notes panel are in English', async ({ page }) => {
    await openDeck(page, deck.url);
    const help = await openHelp(page);
    expect(help.title).toBe('Keyboard shortcuts');
    expect(help.heads).toEqual(['Key', 'Action']);
    expect(help.rows).toContainEqual({ keys: 'N', action: 'Speaker notes in this window' });
    expect(help.rows).toContainEqual({ keys: 'S', action: 'Speaker view (new window)' });
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await expect(page.locator('.td-notes-panel')).toHaveAttribute('aria-label', 'Speaker notes');
    await expect(page.locator('.td-notes-panel-timer')).toContainText('elapsed');
  });

  test('every key the help lists does what it says', async ({ page, context }) => {
    test.setTimeout(90_000);
    await openDeck(page, deck.url);
    const help = await openHelp(page);
    await page.keyboard.press('Escape');
    const listed = help.rows.flatMap((row) => row.keys.split(/\s*,\s*/).map((key) => ({ key: key.trim(), action: row.action })));

    const last = (await state(page)).total - 1;
    const at = async (h: number): Promise<void> => {
      await page.evaluate((index) => (window.Reveal as unknown as { slide(h: number): void }).slide(index), h);
      await page.waitForFunction((index) => window.Reveal!.getIndices().h === index, h);
    };
    const steps = (key: string, from: number, to: number) => async (): Promise<void> => {
      await at(from);
      await page.keyboard.press(key);
      await expect.poll(() => currentIndex(page), `${key} goes from slide ${from} to ${to}`).toBe(to);
    };
    const toggles = (key: string, flag: 'paused' | 'overview' | 'jump' | 'search' | 'notes' | 'help' | 'fullscreen', undo = key) => async (): Promise<void> => {
      await at(2);
      await page.keyboard.press(key);
      await expect.poll(async () => (await state(page))[flag], `${key} turns ${flag} on`).toBe(true);
      await page.keyboard.press(undo);
      await expect.poll(async () => (await state(page))[flag], `${undo} turns ${flag} off`).toBe(false);
    };
    // What each key the help may list is expected to do.
    const effects: Record<string, () => Promise<void>> = {
      '→': steps('ArrowRight', 2, 3),
      '↓': steps('ArrowDown', 2, 3),
      Space: steps('Space', 2, 3),
      'Page Down': steps('PageDown', 2, 3),
      L: steps('l', 2, 3),
      J: steps('j', 2, 3),
      '←': steps('ArrowLeft', 2, 1),
      '↑': steps('ArrowUp', 2, 1),
      'Shift Space': steps('Shift+Space', 2, 1),
      'Page Up': steps('PageUp', 2, 1),
      P: steps('p', 2, 1),
      H: steps('h', 2, 1),
      K: steps('k', 2, 1),
      'Alt + ← / →': async () => (await steps('Alt+ArrowRight', 2, 3)(), await steps('Alt+ArrowLeft', 3, 2)()),
      Home: steps('Home', 3, 0),
      End: steps('End', 1, last),
      'Shift + ← / →': async () => (await steps('Shift+ArrowRight', 1, last)(), await steps('Shift+ArrowLeft', 3, 0)()),
      G: async () => {
        await at(0);
        await page.keyboard.press('g');
        await expect.poll(async () => (await state(page)).jump, 'g opens the slide number box').toBe(true);
        await page.keyboard.type('4');
        await page.keyboard.press('Enter');
        await expect.poll(() => currentIndex(page), 'G 4 Enter goes to slide 4').toBe(3);
      },
      B: toggles('b', 'paused'),
      '.': toggles('Period', 'paused'),
      V: toggles('v', 'paused'),
      // reveal.js's F only enters fullscreen; the browser's own Esc leaves it.
      F: async () => {
        await page.keyboard.press('f');
        await expect.poll(async () => (await state(page)).fullscreen, 'f enters fullscreen').toBe(true);
        await page.evaluate(() => document.exitFullscreen());
        await expect.poll(async () => (await state(page)).fullscreen).toBe(false);
      },
      Esc: toggles('Escape', 'overview'),
      O: toggles('o', 'overview'),
      'Ctrl / ⌘ + Shift + F': toggles('Control+Shift+F', 'search', 'Escape'),
      '?': toggles('Shift+Slash', 'help', 'Escape'),
      N: toggles('n', 'notes'),
      S: async () => {
        const popup = context.waitForEvent('page');
        await page.keyboard.press('s');
        const view = await popup;
        await expect(view.locator('#speaker-controls')).toBeAttached();
        await view.close();
      },
    };
    expect(listed.length).toBeGreaterThan(20);
    for (const { key, action } of listed) {
      const effect = effects[key];
      expect(effect, `the help lists ${key} (${action}); the test knows what it does`).toBeDefined();
      await test.step(`${key}: ${action}`, effect!);
    }
    // And the keys the brief names are all in the help.
    for (const key of ['N', 'G', 'B', 'F', 'O', 'Esc', '→', '←', 'Page Up', 'Page Down', 'Home', 'End', 'S', 'Ctrl / ⌘ + Shift + F', '?']) {
      expect(listed.map((l) => l.key)).toContain(key);
    }
  });
});
