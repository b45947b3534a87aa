import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, type PDFObject, type PDFRef } from 'pdf-lib';
import type { PrintSlide } from '../shared/print.ts';

/*
 * What Chromium's PDF lacks, added with pdf-lib: the document's metadata (title, author,
 * subject, keywords, language) and an outline with a bookmark per topic and per slide.
 * Bookmarks point at the named destinations Chromium writes for the slides (src/client/print.ts
 * links every slide so that it does).
 */

export interface PdfMeta {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** BCP 47, e.g. `zh-Hant`. */
  lang?: string;
}

export interface OutlineEntry {
  title: string;
  /** Named destination: the slide's id. */
  dest: string;
  children?: OutlineEntry[];
}

export interface FinishedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Outline entries whose destination the PDF does not have (left out of the outline). */
  missing: string[];
}

export const CREATOR = 'transcript-deck';

/**
 * The outline of a deck: topics (section slides) hold their quote slides, every other slide is a
 * bookmark of its own, in slide order.
 */
export function outlineFromSlides(slides: readonly PrintSlide[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const topics = new Map<string, OutlineEntry>();
  for (const slide of slides) {
    const entry: OutlineEntry = { title: slide.label || slide.id, dest: slide.id };
    if (slide.kind === 'section' && slide.topic) {
      entry.children = [];
      topics.set(slide.topic, entry);
      entries.push(entry);
      continue;
    }
    const topic = slide.topic ? topics.get(slide.topic) : undefined;
    if (topic) topic.children!.push(entry);
    else entries.push(entry);
  }
  return entries;
}

/** Named destinations of the PDF: the catalog's `/Dests` dictionary and the `/Names` `/Dests` tree. */
export function namedDestinations(doc: PDFDocument): Map<string, PDFArray> {
  const found = new Map<string, PDFArray>();
  const asDest = (value: PDFObject | undefined): PDFArray | undefined => {
    const resolved = value ? doc.context.lookup(value) : undefined;
    if (resolved instanceof PDFArray) return resolved;
    if (resolved instanceof PDFDict) {
      const d = resolved.lookup(PDFName.of('D'));
      return d instanceof PDFArray ? d : undefined;
    }
    return undefined;
  };
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) {
      const dest = asDest(value);
      if (dest) found.set(key.decodeText(), dest);
    }
  }
  const walk = (node: PDFObject | undefined, depth = 0): void => {
    const dict = node ? doc.context.lookup(node) : undefined;
    if (!(dict instanceof PDFDict) || depth > 32) return;
    const names = dict.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const key = names.lookup(i);
        const dest = asDest(names.get(i + 1));
        if (dest && (key instanceof PDFString || key instanceof PDFHexString)) found.set(key.decodeText(), dest);
      }
    }
    const kids = dict.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.get(i), depth + 1);
  };
  const nameTree = doc.catalog.lookup(PDFName.of('Names'));
  if (nameTree instanceof PDFDict) walk(nameTree.get(PDFName.of('Dests')));
  return found;
}

/** Replaces the document's outline; returns the destinations it could not find. */
export function setOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): string[] {
  const dests = namedDestinations(doc);
  const missing: string[] = [];
  const keep = (list: readonly OutlineEntry[]): OutlineEntry[] =>
    list.flatMap((entry) => {
      const children = keep(entry.children ?? []);
      if (!dests.has(entry.dest)) {
        missing.push(entry.dest);
        // A topic whose own slide is missing still groups its slides, at the first one's place.
        return children.length > 0 ? [{ ...entry, dest: children[0]!.dest, children }] : [];
      }
      return [{ ...entry, children }];
    });
  const kept = keep(entries);
  const { context } = doc;
  const rootRef = context.nextRef();

  /** Writes `list` as siblings under `parent`; returns [first, last, visible descendants]. */
  const writeLevel = (list: readonly OutlineEntry[], parent: PDFRef): [PDFRef, PDFRef, number] | undefined => {
    if (list.length === 0) return undefined;
    const refs = list.map(() => context.nextRef());
    let visible = 0;
    list.forEach((entry, i) => {
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
      dict.set(PDFName.of('Parent'), parent);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < list.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      dict.set(PDFName.of('Dest'), dests.get(entry.dest)!);
      const children = writeLevel(entry.children ?? [], refs[i]!);
      if (children) {
        dict.set(PDFName.of('First'), children[0]);
        dict.set(PDFName.of('Last'), children[1]);
        // Positive: open, so a topic shows its slides.
        dict.set(PDFName.of('Count'), PDFNumber.of(children[2]));
        visible += children[2];
      }
      visible += 1;
      context.assign(refs[i]!, dict);
    });
    return [refs[0]!, refs[refs.length - 1]!, visible];
  };

  const root = context.obj({ Type: 'Outlines' }) as PDFDict;
  const top = writeLevel(kept, rootRef);
  if (top) {
    root.set(PDFName.of('First'), top[0]);
    root.set(PDFName.of('Last'), top[1]);
    root.set(PDFName.of('Count'), PDFNumber.of(top[2]));
  }
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  if (top) doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return missing;
}

/** Chromium's PDF with the deck's metadata and outline. */
export async function finishPdf(bytes: Uint8Array, meta: PdfMeta, outline: readonly OutlineEntry[]): Promise<FinishedPdf> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const producer = doc.getProducer();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords?.length) doc.setKeywords(meta.keywords);
  if (meta.lang) doc.setLanguage(meta.lang);
  doc.setCreator(CREATOR);
  doc.setProducer([producer, 'pdf-lib'].filter(Boolean).join('; '));
  doc.setModificationDate(new Date());
  const missing = setOutline(doc, outline);
  const out = await doc.save({ useObjectStreams: false });
  return { bytes: out, pages: doc.getPageCount(), missing };
}
