import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

/*
 * Reading a PDF back, for the tests and for checking an export by hand: text per page, outline,
 * metadata and fonts (pdf.js and pdf-lib, nothing outside npm). pdf.js is a dev dependency; it is
 * loaded only when this module's functions run.
 */

export interface OutlineNode {
  title: string;
  /** 1-based page the bookmark opens, or 0 when its destination cannot be resolved. */
  page: number;
  items: OutlineNode[];
}

export interface PdfFont {
  /** Base font name, e.g. `AAAAAA+NotoSansTC-Regular` (Type 3 fonts often have none). */
  name: string;
  subtype: string;
  /** Font program in the file (FontFile, FontFile2, FontFile3), or a Type 3 font (glyphs drawn in the file). */
  embedded: boolean;
}

export interface PdfReadout {
  pages: number;
  /** Page sizes in points. */
  sizes: Array<{ width: number; height: number }>;
  /** Text of each page as pdf.js extracts it; `\n` where a line ends. */
  pageText: string[];
  outline: OutlineNode[];
  info: { title?: string; author?: string; subject?: string; keywords?: string; language?: string; creator?: string; producer?: string };
  fonts: PdfFont[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// The legacy build runs on Node 20 (the modern one needs Node 22 features).
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

async function openPdf(bytes: Uint8Array) {
  const { getDocument } = await loadPdfJs();
  // pdf.js may transfer the buffer it is given: hand it a copy.
  return getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadout> {
  const doc = await openPdf(bytes);
  try {
    const pageText: string[] = [];
    const sizes: PdfReadout['sizes'] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view;
      sizes.push({ width: width!, height: height! });
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pageText.push(text);
    }
    const toNodes = async (items: Awaited<ReturnType<typeof doc.getOutline>> | null): Promise<OutlineNode[]> => {
      const nodes: OutlineNode[] = [];
      for (const item of items ?? []) {
        let page = 0;
        try {
          const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
          const ref = dest?.[0];
          if (ref && typeof ref === 'object') page = (await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
          else if (typeof ref === 'number') page = ref + 1;
        } catch {
          page = 0;
        }
        nodes.push({ title: item.title, page, items: await toNodes(item.items) });
      }
      return nodes;
    };
    const outline = await toNodes(await doc.getOutline());
    const meta = await doc.getMetadata();
    const raw = meta.info as Record<string, unknown>;
    const str = (key: string): string | undefined => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
    const info: PdfReadout['info'] = {};
    for (const [key, name] of [['title', 'Title'], ['author', 'Author'], ['subject', 'Subject'], ['keywords', 'Keywords'], ['language', 'Language'], ['creator', 'Creator'], ['producer', 'Producer']] as const) {
      const value = str(name);
      if (value !== undefined) info[key] = value;
    }
    return { pages: doc.numPages, sizes, pageText, outline, info, fonts: await fontsOf(bytes) };
  } finally {
    await doc.destroy();
  }
}

/** Every font of every page (and of the forms drawn on it), with whether its glyphs are in the file. */
export async function fontsOf(bytes: Uint8Array): Promise<PdfFont[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const fonts = new Map<string, PdfFont>();
  const seen = new Set<PDFObject>();
  const lookup = (obj: PDFObject | undefined): PDFObject | undefined => (obj ? doc.context.lookup(obj) : undefined);
  const name = (dict: PDFDict, key: string): string => lookup(dict.get(PDFName.of(key)))?.toString().replace(/^\//, '') ?? '';

  const fontInfo = (font: PDFDict): PdfFont => {
    const subtype = name(font, 'Subtype');
    const baseFont = name(font, 'BaseFont');
    if (subtype === 'Type3') return { name: baseFont, subtype, embedded: true };
    let described: PDFDict = font;
    if (subtype === 'Type0') {
      const descendants = lookup(font.get(PDFName.of('DescendantFonts')));
      const first = descendants instanceof PDFArray ? lookup(descendants.get(0)) : undefined;
      if (first instanceof PDFDict) described = first;
    }
    const descriptor = lookup(described.get(PDFName.of('FontDescriptor')));
    const embedded = descriptor instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k)));
    return { name: baseFont, subtype: subtype === 'Type0' ? `Type0/${name(described, 'Subtype')}` : subtype, embedded };
  };

  const walkResources = (resources: PDFObject | undefined): void => {
    const res = lookup(resources);
    if (!(res instanceof PDFDict) || seen.has(res)) return;
    seen.add(res);
    const fontDict = lookup(res.get(PDFName.of('Font')));
    if (fontDict instanceof PDFDict) {
      for (const [, value] of fontDict.entries()) {
        const key = value instanceof PDFRef ? value.toString() : undefined;
        const font = lookup(value);
        if (font instanceof PDFDict && !fonts.has(key ?? String(fonts.size))) fonts.set(key ?? String(fonts.size), fontInfo(font));
      }
    }
    const xobjects = lookup(res.get(PDFName.of('XObject')));
    if (xobjects instanceof PDFDict) {
      for (const [, value] of xobjects.entries()) {
        const xobject = lookup(value);
        if (xobject instanceof PDFStream && name(xobject.dict, 'Subtype') === 'Form') walkResources(xobject.dict.get(PDFName.of('Resources')));
      }
    }
  };
  for (const page of doc.getPages()) walkResources(page.node.get(PDFName.of('Resources')));
  return [...fonts.values()];
}

export interface RenderedPage {
  width: number;
  height: number;
  /** Variance of the luminance (0–255²): 0 for a blank page. */
  variance: number;
  /** Share of pixels darker than the page's median luminance by more than 64 (ink). */
  ink: number;
  png: Buffer;
  /** The pixels, RGBA, row by row. */
  rgba: Uint8ClampedArray;
}

/** Renders a page with pdf.js on @napi-rs/canvas (pdf.js's canvas in Node; it comes with pdfjs-dist). */
export async function renderPage(bytes: Uint8Array, pageNumber: number, scale = 1): Promise<RenderedPage> {
  const doc = await openPdf(bytes);
  try {
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: unknown; context: CanvasRenderingContext2D } } }).canvasFactory;
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: context, viewport, canvas: canvas as HTMLCanvasElement }).promise;
    const { width, height } = { width: Math.ceil(viewport.width), height: Math.ceil(viewport.height) };
    const data = context.getImageData(0, 0, width, height).data;
    const lum = new Float64Array(width * height);
    let sum = 0;
    for (let i = 0, p = 0; i < data.length; i += 4, p++) {
      lum[p] = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      sum += lum[p]!;
    }
    const mean = sum / lum.length;
    let squares = 0;
    for (const l of lum) squares += (l - mean) ** 2;
    const sorted = Float64Array.from(lum).sort();
    const median = sorted[Math.floor(sorted.length / 2)]!;
    let ink = 0;
    for (const l of lum) if (l < median - 64) ink++;
    const png = (canvas as { toBuffer(type: string): Buffer }).toBuffer('image/png');
    return { width, height, variance: squares / lum.length, ink: ink / lum.length, png, rgba: data };
  } finally {
    await doc.destroy();
  }
}

/** Page text with line breaks and runs of white space made single spaces, trimmed. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Text without any white space: compares CJK text across line breaks. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** A line of text on a page, as pdf.js places it. */
export interface PdfLine {
  text: string;
  /** Distance of the line's baseline from the top of the page, in points. */
  top: number;
  /** Font size of the line's largest text, in points. */
  size: number;
}

/**
 * The text of each page as lines, top to bottom: pdf.js's text items grouped by baseline (items
 * whose baselines are within a third of their size of each other are one line), left to right.
 * For checking where text sits on a page (a label at its foot, a page holding one line).
 */
export async function pageLines(bytes: Uint8Array): Promise<PdfLine[][]> {
  const doc = await openPdf(bytes);
  try {
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const height = page.view[3]!;
      const items: Array<{ str: string; x: number; top: number; size: number }> = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ str: item.str, x: x!, top: height - y!, size: Math.hypot(a!, b!) });
      }
      items.sort((p, q) => p.top - q.top || p.x - q.x);
      const lines: Array<PdfLine & { parts: Array<{ str: string; x: number }> }> = [];
      for (const item of items) {
        const line = lines.find((l) => Math.abs(l.top - item.top) < Math.max(l.size, item.size) / 3);
        if (line) {
          line.parts.push(item);
          line.size = Math.max(line.size, item.size);
        } else lines.push({ text: '', top: item.top, size: item.size, parts: [item] });
      }
      pages.push(
        lines
          .sort((p, q) => p.top - q.top)
          .map(({ top, size, parts }) => ({ text: parts.sort((p, q) => p.x - q.x).map((part) => part.str).join(''), top, size })),
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
