import { expect, test, type Page } from '@playwright/test';
import { currentId, currentIndex, openDeck, waitForReveal } from './reveal-page.ts';
import { findGlosses, fold, normalizeSpace, readTranscript } from './transcript-source.ts';

/*
 * The built deck (`vite build`, served by `vite preview` from playwright.config.ts), checked
 * against what the transcript in slides/ says.
 */

const expected = readTranscript();

const open = (page: Page, hash = ''): Promise<void> => openDeck(page, `./${hash}`);

interface SlideText {
  id: string;
  /** What the audience sees: the section's text without its notes. */
  shown: string;
  notes: string;
  /** The notes' paragraphs of what was said, joined with nothing between. */
  spoken: string;
  hasNotes: boolean;
}

function slideTexts(page: Page): Promise<SlideText[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((section) => {
      const notes = section.querySelector('aside.notes');
      const shown = section.cloneNode(true) as HTMLElement;
      shown.querySelectorAll('aside.notes').forEach((aside) => aside.remove());
      // What was said, paragraph after paragraph, without the speaker lines and pointers between:
      // a turn cut between quote slides reads whole when the slides' streams are joined.
      const spoken = [...(notes?.querySelectorAll('.td-note-turn > p:not(.td-note-speaker)') ?? [])].map((p) => p.textContent ?? '').join('');
      return { id: section.id, shown: shown.textContent ?? '', notes: notes?.textContent ?? '', spoken, hasNotes: notes !== null };
    }),
  );
}

test.describe('built deck', () => {
  test('the transcript input is what these expectations assume', () => {
    // Guards against a vacuous run: the transcript has glosses to remove, topics and turns.
    expect(findGlosses(expected.raw).length).toBeGreaterThan(10);
    expect(expected.topics).toHaveLength(3);
    expect(expected.turnLines.length).toBeGreaterThan(30);
    expect(expected.realParens).toEqual(expect.arrayContaining(['(文本)', '(場景)', '(瓶頸)', '(編程)']));
  });

  test('has one slide per section element and a section slide per topic, titled as in the transcript', async ({ page }) => {
    await open(page);
    const sections = await page.locator('.reveal .slides > section').count();
    const total = await page.evaluate(() => window.Reveal!.getTotalSlides());
    expect(total).toBe(sections);
    // Title, agenda, one section per topic, at least one quote per topic, source.
    expect(total).toBeGreaterThanOrEqual(2 * expected.topics.length + 3);
    const sectionTitles = await page.locator('.reveal .slides > section.td-section h2').allTextContents();
    expect(sectionTitles.map(fold)).toEqual(expected.topics.map(fold));
    // The agenda lists the same topics and links to their section slides.
    const agendaLinks = page.locator('#agenda li a');
    expect((await agendaLinks.allTextContents()).map(fold)).toEqual(expected.topics.map(fold));
    const targets = await agendaLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const sectionIds = await page.locator('.reveal .slides > section.td-section').evaluateAll((s) => s.map((e) => `#/${e.id}`));
    expect(targets).toEqual(sectionIds);
  });

  test('ArrowRight steps through every slide to the last one', async ({ page }) => {
    await open(page);
    const total = await page.evaluate(() => window.Reveal!.getTotalSlides());
    expect(await page.evaluate(() => window.Reveal!.isFirstSlide())).toBe(true);
    const ids = await page.locator('.reveal .slides > section').evaluateAll((s) => s.map((e) => e.id));
    for (let i = 1; i < total; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => currentIndex(page)).toBe(i);
      expect(await currentId(page)).toBe(ids[i]);
    }
    expect(await page.evaluate(() => window.Reveal!.isLastSlide())).toBe(true);
    // There is nothing after the last slide.
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    expect(await currentIndex(page)).toBe(total - 1);
    expect(await page.evaluate(() => window.Reveal!.isLastSlide())).toBe(true);
  });

  test('PageDown and Space advance, ArrowLeft goes back', async ({ page }) => {
    await open(page);
    expect(await currentIndex(page)).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(() => currentIndex(page)).toBe(1);
    await page.keyboard.press('Space');
    await expect.poll(() => currentIndex(page)).toBe(2);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => currentIndex(page)).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => currentIndex(page)).toBe(0);
  });

  test('every slide has speaker notes', async ({ page }) => {
    await open(page);
    const slides = await slideTexts(page);
    expect(slides.length).toBeGreaterThan(0);
    const withoutNotes = slides.filter((s) => !s.hasNotes || normalizeSpace(s.notes) === '').map((s) => s.id);
    expect(withoutNotes).toEqual([]);
  });

  test('no pinyin gloss is left, real parentheses are kept', async ({ page }) => {
    await open(page);
    const slides = await slideTexts(page);
    const glossed = slides.flatMap((s) => [...findGlosses(s.shown), ...findGlosses(s.notes)].map((g) => `${s.id}: ${g}`));
    expect(glossed).toEqual([]);
    const everything = slides.map((s) => `${s.shown}\n${s.notes}`).join('\n');
    for (const paren of ['(文本)', '(場景)', '(瓶頸)', '(編程)']) expect(everything).toContain(paren);
    const missing = expected.realParens.filter((p) => !everything.includes(p));
    expect(missing).toEqual([]);
    // The page title and the language come from deck.yaml, gloss-free too.
    expect(findGlosses(await page.title())).toEqual([]);
  });

  test('every line of every turn is in the notes', async ({ page }) => {
    await open(page);
    const slides = await slideTexts(page);
    const notes = fold(slides.map((s) => s.notes).join('\n'));
    const spoken = fold(slides.map((s) => s.spoken).join(''));
    // A line with scrambled bytes (`?` with a pinyin tail) is read back by the repair, which this test
    // does not redo: every stretch of it outside the scrambled runs must be in the notes.
    const SCRAMBLED = /[^\s，,。、]*\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\)?[^\s，,。、]*/gu;
    const pieces = (text: string): string[] => (/\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u.test(text) ? text.split(SCRAMBLED).filter((p) => p.length >= 4) : [text]);
    const missing = expected.turnLines
      .filter((t) => pieces(t.text).some((piece) => !spoken.includes(fold(piece))))
      .map((t) => `line ${t.line}: ${t.text}`);
    expect(missing).toEqual([]);
    // Each speaker who has a turn is named in the notes too.
    const speakers = [...new Set(expected.turnLines.map((t) => t.speaker).filter((s): s is string => !!s))];
    expect(speakers.length).toBeGreaterThan(0);
    for (const speaker of speakers) expect(notes).toContain(fold(speaker));
  });

  test('reload stays on the current slide', async ({ page }) => {
    await open(page);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentIndex(page)).toBe(4);
    const id = await currentId(page);
    expect(id).toBeTruthy();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain(id!);
    await page.reload();
    await waitForReveal(page);
    expect(await currentId(page)).toBe(id);
    expect(await currentIndex(page)).toBe(4);
  });

  test('a hash deep link opens that slide', async ({ page }) => {
    await open(page, '#/topic-2');
    expect(await currentId(page)).toBe('topic-2');
    expect(fold(await page.locator('section.present h2').textContent() ?? '')).toBe(fold(expected.topics[1]!));
    const sectionIds = await page.locator('.reveal .slides > section').evaluateAll((s) => s.map((e) => e.id));
    expect(await currentIndex(page)).toBe(sectionIds.indexOf('topic-2'));
  });
});
