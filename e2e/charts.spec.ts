import { expect, test } from '@playwright/test';
import { goTo as show, openDeck } from './reveal-page.ts';

/*
 * The pictures drawn at build time (issue 10) in the built sample deck: the conversation map on the
 * agenda, key terms and speaker shares on each section slide, and no SVG larger than its slide.
 */

test.describe('charts', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page, '/');
  });

  test('the agenda slide maps the talk: one segment per topic, widths in the ratios of data-share and of the topics’ sizes', async ({ page }) => {
    await show(page, 'agenda');
    const svg = page.locator('#agenda svg.td-chart-map');
    await expect(svg).toHaveCount(1);
    await expect(svg.locator('title')).toHaveCount(1);
    const topics = await page.locator('.reveal .slides > section.td-section').evaluateAll((s) => s.map((e) => e.id));
    const measured = await svg.locator('g[data-topic]').evaluateAll((groups) =>
      groups.map((g) => {
        // What was said in the topic: its turns' characters, from the section and quote slides' notes.
        const topic = g.getAttribute('data-topic')!;
        return { topic, share: Number(g.getAttribute('data-share')), width: g.getBoundingClientRect().width };
      }),
    );
    expect(measured.map((m) => m.topic)).toEqual(topics);
    const totalWidth = measured.reduce((s, m) => s + m.width, 0);
    expect(measured.reduce((s, m) => s + m.share, 0)).toBeCloseTo(1, 2);
    for (const m of measured) expect(Math.abs(m.width / totalWidth - m.share)).toBeLessThan(0.005);
    // The shares follow the sizes of the topics: the characters of their turns' notes.
    const sizes = await page.evaluate((ids) => {
      const turnsOf = (topic: string): string[] => {
        const sections = [...document.querySelectorAll(`.reveal .slides > section[data-topic="${topic}"]`)];
        const texts: string[] = [];
        for (const s of sections) {
          for (const turn of s.querySelectorAll('aside.notes .td-note-turn')) {
            texts.push([...turn.querySelectorAll('p')].slice(1).map((p) => p.textContent ?? '').join(''));
          }
        }
        return texts;
      };
      return ids.map((id) => [...new Set(turnsOf(id))].reduce((n, t) => n + t.length, 0));
    }, topics);
    const totalSize = sizes.reduce((a, b) => a + b, 0);
    // Notes show the turns as converted to the deck's script (same length) — within a few percent.
    measured.forEach((m, i) => expect(Math.abs(m.width / totalWidth - sizes[i]! / totalSize)).toBeLessThan(0.03));
  });

  test('each section slide lists at least five key terms and who spoke', async ({ page }) => {
    const sections = await page.locator('.reveal .slides > section.td-section').evaluateAll((s) => s.map((e) => e.id));
    expect(sections.length).toBeGreaterThan(0);
    for (const id of sections) {
      const terms = await page.locator(`[id="${id}"] svg .td-chart-term text`).allTextContents();
      expect(terms.length, id).toBeGreaterThanOrEqual(5);
      for (const term of terms) expect(term.trim(), id).not.toBe('');
      expect(await page.locator(`[id="${id}"] svg .td-chart-share`).count(), id).toBeGreaterThan(0);
    }
  });

  test('the overview slide sums the talk up before the source slide', async ({ page }) => {
    const ids = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].map((s) => s.id));
    expect(ids.indexOf('overview')).toBeGreaterThan(0);
    expect(ids.indexOf('overview')).toBeLessThan(ids.indexOf('source'));
    await expect(page.locator('#overview svg.td-chart-map')).toHaveCount(1);
    await expect(page.locator('#overview aside.notes')).toHaveCount(1);
  });

  test('no SVG overflows its slide, and chart ids are unique', async ({ page }) => {
    const ids = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].filter((s) => s.querySelector('svg.td-chart')).map((s) => s.id));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      await show(page, id);
      const problems = await page.evaluate(() => {
        const slide = document.querySelector('.reveal .slides')!.getBoundingClientRect();
        const out: string[] = [];
        for (const svg of window.Reveal!.getCurrentSlide()!.querySelectorAll('svg.td-chart')) {
          const box = svg.getBoundingClientRect();
          if (box.left < slide.left - 1 || box.right > slide.right + 1 || box.top < slide.top - 1 || box.bottom > slide.bottom + 1) out.push(svg.getAttribute('class')!);
        }
        return out;
      });
      expect(problems, id).toEqual([]);
    }
    const duplicates = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll('svg [id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(duplicates).toEqual([]);
  });
});
