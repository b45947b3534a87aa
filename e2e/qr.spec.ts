import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import { waitForReveal } from './reveal-page.ts';

/*
 * A deck whose deck.yaml gives its `url` shows a QR code of it on the title and source slides.
 * The code is read back from the rendered page with a QR decoder (jsQR), so it must really scan.
 */

const URL_OF_DECK = 'https://example.org/talks/agi-next?lang=zh#slides';
// The decoder is injected into the page for the test; the deck's own policy would rightly refuse it.
test.use({ bypassCSP: true });

let outDir = '';
let slidesDir = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  slidesDir = mkdtempSync(join(tmpdir(), 'td-qr-slides-'));
  outDir = mkdtempSync(join(tmpdir(), 'td-qr-dist-'));
  cpSync(resolve('slides'), slidesDir, { recursive: true });
  const manifest = readFileSync(join(slidesDir, 'deck.yaml'), 'utf8');
  writeFileSync(join(slidesDir, 'deck.yaml'), `${manifest}\nurl: ${URL_OF_DECK}\n`);
  process.env['TRANSCRIPT_DECK'] = slidesDir;
  await build({ root: resolve('.'), configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  delete process.env['TRANSCRIPT_DECK'];
});

test.afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(slidesDir, { recursive: true, force: true });
});

for (const id of ['title', 'source']) {
  test(`the ${id} slide carries a QR code that scans as the deck's url, offline`, async ({ page }) => {
    await page.goto(`${pathToFileURL(join(outDir, 'deck.html')).href}#/${id}`);
    await waitForReveal(page);
    await page.addScriptTag({ path: resolve('node_modules/jsqr/dist/jsQR.js') });
    const decoded = await page.evaluate(async (slideId) => {
      const svg = document.querySelector(`#${slideId} svg.td-qr`);
      if (!svg) return null;
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg" width="330" height="330"'))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 330;
      canvas.height = 330;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, 330, 330);
      const pixels = context.getImageData(0, 0, 330, 330);
      const jsQR = (window as unknown as { jsQR(data: Uint8ClampedArray, w: number, h: number): { data: string } | null }).jsQR;
      return jsQR(pixels.data, 330, 330)?.data ?? null;
    }, id);
    expect(decoded).toBe(URL_OF_DECK);
    await expect(page.locator(`#${id} svg.td-qr`)).toBeVisible();
  });
}
