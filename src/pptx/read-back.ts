import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

/*
 * A .pptx read back as PowerPoint's parts: for the tests, which check what was written from the
 * file itself (zip + XML), not from what we meant to write.
 */

export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  p14: 'http://schemas.microsoft.com/office/powerpoint/2010/main',
  r: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

export interface ReadPptx {
  /** Every file of the package by path, XML as text. */
  parts: Map<string, string>;
  xml(path: string): Document;
  /** `ppt/slides/slideN.xml` in presentation order. */
  slides: string[];
}

export async function readPptx(bytes: Uint8Array): Promise<ReadPptx> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(path, /\.(xml|rels)$/.test(path) ? await entry.async('string') : '(binary)');
  const xml = (path: string): Document => {
    const text = parts.get(path);
    if (text === undefined) throw new Error(`no ${path} in the package`);
    return new DOMParser({ onError: (level, message) => { throw new Error(`${path}: ${level} ${message}`); } }).parseFromString(text, 'text/xml');
  };
  // The slides in the order presentation.xml lists them, through its relationships.
  const rels = new Map(all(xml('ppt/_rels/presentation.xml.rels'), NS.r, 'Relationship').map((r) => [r.getAttribute('Id')!, r.getAttribute('Target')!]));
  const slides = all(xml('ppt/presentation.xml'), NS.p, 'sldId').map((s) => `ppt/${rels.get(s.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id')!)}`);
  return { parts, xml, slides };
}

export const all = (parent: Document | Element, ns: string, name: string): Element[] => Array.from(parent.getElementsByTagNameNS(ns, name));

/** A shape's text: its paragraphs' runs joined, paragraphs by `\n`. */
export function shapeText(shape: Element): string {
  return all(shape, NS.a, 'p').map((p) => all(p, NS.a, 't').map((t) => t.textContent ?? '').join('')).join('\n');
}

/** The text boxes of a slide (`p:sp`), each with its name and text. */
export function textBoxes(doc: Document): Array<{ name: string; text: string; shape: Element }> {
  return all(doc, NS.p, 'sp').map((shape) => ({ name: all(shape, NS.p, 'cNvPr')[0]?.getAttribute('name') ?? '', text: shapeText(shape), shape }));
}

/** The notes page of a slide, through the slide's relationships. */
export function notesOf(pptx: ReadPptx, slidePath: string): string | undefined {
  const relsPath = slidePath.replace(/([^/]+)$/, '_rels/$1.rels');
  const target = all(pptx.xml(relsPath), NS.r, 'Relationship').find((r) => r.getAttribute('Type')!.endsWith('/notesSlide'))?.getAttribute('Target');
  return target ? new URL(target, `file:///${slidePath}`).pathname.slice(1) : undefined;
}
