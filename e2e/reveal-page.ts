import { expect, type Page } from '@playwright/test';

/** The part of reveal.js's API the specs use, reached through `window.Reveal` (set by src/client/main.ts). */
export interface RevealApi {
  isReady(): boolean;
  getTotalSlides(): number;
  getCurrentSlide(): HTMLElement | undefined;
  getIndices(): { h: number; v: number };
  isLastSlide(): boolean;
  isFirstSlide(): boolean;
}

declare global {
  interface Window {
    Reveal?: RevealApi;
    __marker?: number;
  }
}

/** Opens the deck at `url` and waits until reveal.js is ready. */
export async function openDeck(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForReveal(page);
}

export async function waitForReveal(page: Page): Promise<void> {
  await page.waitForFunction(() => window.Reveal?.isReady() === true);
}

export const currentId = (page: Page): Promise<string | undefined> => page.evaluate(() => window.Reveal!.getCurrentSlide()?.id);
export const currentIndex = (page: Page): Promise<number> => page.evaluate(() => window.Reveal!.getIndices().h);

/** Every slide id of the deck, in order. */
export const slideIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].map((s) => s.id));

/** Shows the slide with this id and waits until it is the current one. */
export async function goTo(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const reveal = window.Reveal as unknown as { slide(h: number): void; getIndices(el: Element): { h: number } };
    reveal.slide(reveal.getIndices(document.getElementById(slideId)!).h);
  }, id);
  await page.waitForFunction((slideId) => window.Reveal!.getCurrentSlide()?.id === slideId, id);
  // Let the transition end so boxes are measured where they rest.
  await page.waitForTimeout(50);
}

/**
 * What sticks out of the current slide: elements (notes excluded) whose box leaves the slide box,
 * and elements whose text is clipped (content larger than the box that hides overflow).
 */
export const overflowOnCurrentSlide = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const slides = document.querySelector('.reveal .slides')!.getBoundingClientRect();
    const section = window.Reveal!.getCurrentSlide()!;
    const problems: string[] = [];
    const tolerance = 1;
    for (const el of section.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('aside.notes')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < slides.left - tolerance || box.right > slides.right + tolerance || box.top < slides.top - tolerance || box.bottom > slides.bottom + tolerance) {
        problems.push(`${el.tagName.toLowerCase()}.${el.className} outside the slide: ${JSON.stringify({ top: Math.round(box.top - slides.top), bottom: Math.round(box.bottom - slides.top), height: Math.round(slides.height) })}`);
      }
      const style = getComputedStyle(el);
      if (style.overflow !== 'visible' && (el.scrollHeight > el.clientHeight + tolerance || el.scrollWidth > el.clientWidth + tolerance)) {
        problems.push(`${el.tagName.toLowerCase()}.${el.className} clips its text`);
      }
    }
    return problems;
  });

/** Shows slide `id` (by its horizontal index, so a chunked large deck works too) and waits until its fonts are in. */
export async function showSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const reveal = window.Reveal as unknown as { slide(h: number): void; getIndices(el: Element): { h: number } };
    reveal.slide(reveal.getIndices(document.getElementById(slideId)!).h);
  }, id);
  await expect(page.locator(`[id="${id}"]`)).toHaveClass(/\bpresent\b/);
  await page.evaluate(() => document.fonts.ready);
}
