import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PrintSlide } from '../shared/print.ts';
import { finishPdf, namedDestinations, outlineFromSlides } from './finish.ts';
import { readPdf } from './read.ts';

const slides: PrintSlide[] = [
  { id: 'title', kind: 'title', label: '姚順雨談大模型的分化', fitScale: 1 },
  { id: 'agenda', kind: 'agenda', label: '議程', fitScale: 1 },
  { id: 'topic-1', kind: 'section', topic: 'topic-1', label: '1. 大模型的分化', fitScale: 1 },
  { id: 'topic-1-quote-1', kind: 'quote', topic: 'topic-1', label: '我覺得有兩個大的感受', fitScale: 1 },
  { id: 'topic-1-quote-2', kind: 'quote', topic: 'topic-1', label: '但很有意思的一點是', fitScale: 0.8 },
  { id: 'topic-2', kind: 'section', topic: 'topic-2', label: '2. Big and small', fitScale: 1 },
  { id: 'source', kind: 'source', label: '來源', fitScale: 1 },
];

/** A PDF with a page per slide and a named destination per slide, as Chromium writes them. */
async function chromiumLikePdf(ids: string[], style: 'dests' | 'names' = 'dests'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const pages = ids.map(() => doc.addPage([997.92, 561.12]));
  const entries = ids.map((id, i) => [id, doc.context.obj([pages[i]!.ref, 'XYZ', 0, 561.12, 0])] as const);
  if (style === 'dests') {
    doc.catalog.set(PDFName.of('Dests'), doc.context.obj(Object.fromEntries(entries)));
  } else {
    const names = doc.context.obj([]);
    for (const [id, dest] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
      names.push(PDFString.of(id));
      names.push(dest);
    }
    doc.catalog.set(PDFName.of('Names'), doc.context.obj({ Dests: doc.context.obj({ Names: names }) }));
  }
  return doc.save();
}

describe('outlineFromSlides', () => {
  it('puts quote slides under their topic and every other slide at the top', () => {
    const outline = outlineFromSlides(slides);
    expect(outline.map((e) => e.dest)).toEqual(['title', 'agenda', 'topic-1', 'topic-2', 'source']);
    expect(outline[2]!.children!.map((e) => e.dest)).toEqual(['topic-1-quote-1', 'topic-1-quote-2']);
    expect(outline[3]!.children).toEqual([]);
  });
});

describe('finishPdf', () => {
  it('adds metadata and a bookmark per topic and per slide, each opening its page', async () => {
    const ids = slides.map((s) => s.id);
    const finished = await finishPdf(
      await chromiumLikePdf(ids),
      { title: '姚順雨談大模型的分化', author: '姚順雨', subject: 'AGI-Next — 1. 大模型的分化', keywords: ['大模型的分化', 'Big and small'], lang: 'zh-Hant' },
      outlineFromSlides(slides),
    );
    expect(finished.missing).toEqual([]);
    expect(finished.pages).toBe(ids.length);
    const pdf = await readPdf(finished.bytes);
    expect(pdf.info).toMatchObject({ title: '姚順雨談大模型的分化', author: '姚順雨', subject: 'AGI-Next — 1. 大模型的分化', language: 'zh-Hant', creator: 'transcript-deck' });
    expect(pdf.outline.map((n) => [n.title, n.page])).toEqual([
      ['姚順雨談大模型的分化', 1],
      ['議程', 2],
      ['1. 大模型的分化', 3],
      ['2. Big and small', 6],
      ['來源', 7],
    ]);
    expect(pdf.outline[2]!.items.map((n) => [n.title, n.page])).toEqual([
      ['我覺得有兩個大的感受', 4],
      ['但很有意思的一點是', 5],
    ]);
  });

  it('reads destinations from a name tree too, and leaves out slides without a page', async () => {
    const bytes = await chromiumLikePdf(['title', 'topic-1-quote-1', 'topic-1-quote-2'], 'names');
    expect([...namedDestinations(await PDFDocument.load(bytes)).keys()]).toEqual(['title', 'topic-1-quote-1', 'topic-1-quote-2']);
    const finished = await finishPdf(bytes, { title: 'T' }, outlineFromSlides(slides));
    expect(finished.missing).toEqual(['agenda', 'topic-1', 'topic-2', 'source']);
    const pdf = await readPdf(finished.bytes);
    // The topic keeps its slides, at the first one's page.
    expect(pdf.outline.map((n) => [n.title, n.page, n.items.length])).toEqual([
      ['姚順雨談大模型的分化', 1, 0],
      ['1. 大模型的分化', 2, 2],
    ]);
  });
});
