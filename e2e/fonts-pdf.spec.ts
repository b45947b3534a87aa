import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { exportPdf } from '../src/pdf/export.ts';
import { fontsOf, type PdfFont } from '../src/pdf/read.ts';
import { buildCorpusDeck, buildSampleDeck, CORPUS_DECKS, fontconfigWithoutCjk, type BuiltDeck } from './corpus-decks.ts';

/*
 * The PDF of a deck in any language embeds the deck's own faces: no Type 3 font (glyphs drawn as
 * pictures, what Chromium writes for the machine's CJK collections), and about as many bytes a page
 * as the sample deck's PDF. Exported on a machine with this machine's Noto CJK fonts and on one
 * that sees none (FONTCONFIG_FILE, which the exporter's Chromium inherits). The whole file's bytes
 * are compared; raster images are reported beside them, and a deck has none (the charts' textures are
 * strokes, not SVG patterns, which Chromium printed as a bitmap each: 0.7 MB of the zh-Hant deck).
 */

/** Bytes of the raster images (XObject /Image streams) in a PDF. */
async function imageBytes(bytes: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  let total = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype'))?.toString() === '/Image') total += object.contents.length;
  }
  return total;
}

interface Figures {
  deck: string;
  pages: number;
  bytes: number;
  images: number;
  fonts: PdfFont[];
}

const built = new Map<string, BuiltDeck>();
test.beforeAll(async () => {
  test.setTimeout(300_000);
  built.set('sample', await buildSampleDeck());
  for (const { lang, transcript } of CORPUS_DECKS) built.set(lang, await buildCorpusDeck(transcript));
});
test.afterAll(() => {
  for (const deck of built.values()) deck.remove();
});

async function exported(deck: string): Promise<Figures> {
  const dir = built.get(deck)!.dir;
  const result = await exportPdf({ deck: dir, mode: 'slides', out: join(dir, 'deck.pdf') });
  const bytes = new Uint8Array(readFileSync(result.out));
  return { deck, pages: result.pages, bytes: result.bytes, images: await imageBytes(bytes), fonts: await fontsOf(bytes) };
}

for (const machine of ['with', 'without'] as const) {
  test(`on a machine ${machine} CJK fonts, every deck's PDF embeds its faces, no Type 3, within 1.5× the sample's bytes a page`, async () => {
    test.setTimeout(600_000);
    const fontconfig = machine === 'without' ? fontconfigWithoutCjk() : undefined;
    const before = process.env['FONTCONFIG_FILE'];
    if (fontconfig) process.env['FONTCONFIG_FILE'] = fontconfig.file;
    const figures: Figures[] = [];
    try {
      for (const deck of ['sample', ...CORPUS_DECKS.map((d) => d.lang)]) figures.push(await exported(deck));
    } finally {
      if (before === undefined) delete process.env['FONTCONFIG_FILE'];
      else process.env['FONTCONFIG_FILE'] = before;
      fontconfig?.remove();
    }
    const perPage = (f: Figures): number => f.bytes / f.pages;
    const sample = perPage(figures[0]!);
    const table = figures.map(
      (f) =>
        `${f.deck}: ${f.pages} pages, ${f.bytes} bytes, ${Math.round(perPage(f))} a page (${(perPage(f) / sample).toFixed(2)}× the sample's), raster images ${f.images} bytes; fonts ${f.fonts.map((x) => `${x.name.replace(/^[A-Z]{6}\+/, '')} ${x.subtype}`).join(', ')}`,
    );
    test.info().annotations.push({ type: 'pdf', description: `${machine} CJK fonts:\n${table.join('\n')}` });
    console.log(`PDF figures, ${machine} CJK fonts:\n${table.join('\n')}`);
    for (const f of figures) {
      expect(f.fonts.length, f.deck).toBeGreaterThan(0);
      expect(f.fonts.filter((font) => font.subtype === 'Type3').map((font) => font.name), `${f.deck}: Type 3 fonts`).toEqual([]);
      expect(f.fonts.filter((font) => !font.embedded).map((font) => font.name), `${f.deck}: fonts not embedded`).toEqual([]);
      expect(f.fonts.map((font) => font.name).filter((name) => !/Noto(Sans|Serif|Emoji)/.test(name)), `${f.deck}: fonts not the deck's`).toEqual([]);
      expect(perPage(f), `${f.deck}: bytes a page against the sample's ${Math.round(sample)}`).toBeLessThanOrEqual(1.5 * sample);
      expect(f.images, `${f.deck}: raster images`).toBe(0);
    }
  });
}
