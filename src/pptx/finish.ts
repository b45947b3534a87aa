import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

/*
 * What pptxgenjs 4.0.1 writes, made into a package PowerPoint opens without offering to repair it,
 * and the notes put in. Each fix answers one of pptxgenjs's open reports of files PowerPoint asks
 * to repair (gitbrent/PptxGenJS #1444, #1442, #1449) or a schema rule its output breaks:
 * - `[Content_Types].xml` names a slide master per slide, and media types of files not in the
 *   package (#1444, #1449): only parts and extensions that are there are kept;
 * - the zip holds empty folders (charts, embeddings, media) (#1449): left out;
 * - a solid background has no `<a:effectLst/>` (#1442);
 * - a paragraph of several runs gets a `<a:pPr>` before each run, and the schema allows one, first;
 * - the notes master shares the slide master's theme (#1449), where Office gives each master its
 *   own: it gets a copy. (Not tried in PowerPoint here: LibreOffice opens the file either way.)
 */

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

export interface FinishInput {
  /** Each slide's notes as `<a:p>` paragraphs (notes.ts), in slide order. */
  notes: readonly (readonly string[])[];
}

export async function finishPptx(written: Uint8Array, input: FinishInput): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(written);
  const files = new Map<string, string | Uint8Array>();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    files.set(path, /\.(xml|rels)$/.test(path) ? await entry.async('string') : await entry.async('uint8array'));
  }
  const edit = (path: string, change: (doc: Document) => void): void => {
    const xml = files.get(path);
    if (typeof xml !== 'string') return;
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    change(doc);
    files.set(path, new XMLSerializer().serializeToString(doc));
  };

  for (const path of files.keys()) {
    if (/^ppt\/slides\/slide\d+\.xml$/.test(path)) edit(path, oneParagraphPropertiesFirst);
    if (/^ppt\/(slides\/slide|slideLayouts\/slideLayout|slideMasters\/slideMaster)\d+\.xml$/.test(path)) edit(path, effectsOnSolidBackgrounds);
  }
  input.notes.forEach((paragraphs, index) => edit(`ppt/notesSlides/notesSlide${index + 1}.xml`, (doc) => putNotes(doc, paragraphs)));
  themeOfItsOwn(files, 'ppt/notesMasters/_rels/notesMaster1.xml.rels');
  edit('[Content_Types].xml', (doc) => onlyPresentTypes(doc, new Set(files.keys())));

  const out = new JSZip();
  // [Content_Types].xml first, as Office writes it.
  for (const path of ['[Content_Types].xml', ...[...files.keys()].filter((p) => p !== '[Content_Types].xml')]) {
    out.file(path, files.get(path)!, { createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const THEME_TYPE = 'application/vnd.openxmlformats-officedocument.theme+xml';

/** The master whose relationships `relsPath` holds gets a copy of the theme it shares, as a new part. */
function themeOfItsOwn(files: Map<string, string | Uint8Array>, relsPath: string): void {
  const rels = files.get(relsPath);
  const shared = typeof rels === 'string' ? rels.match(/Target="\.\.\/theme\/(theme\d+)\.xml"/)?.[1] : undefined;
  if (!shared || typeof rels !== 'string') return;
  let n = 1;
  while (files.has(`ppt/theme/theme${n}.xml`)) n++;
  files.set(`ppt/theme/theme${n}.xml`, files.get(`ppt/theme/${shared}.xml`)!);
  files.set(relsPath, rels.replace(`Target="../theme/${shared}.xml"`, `Target="../theme/theme${n}.xml"`));
  const types = files.get('[Content_Types].xml') as string;
  files.set('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/ppt/theme/theme${n}.xml" ContentType="${THEME_TYPE}"/></Types>`));
}

const elements = (parent: Document | Element, ns: string, name: string): Element[] => Array.from(parent.getElementsByTagNameNS(ns, name));

function oneParagraphPropertiesFirst(doc: Document): void {
  for (const paragraph of elements(doc, A, 'p')) {
    const props = Array.from(paragraph.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === 'pPr');
    for (const extra of props.slice(1)) paragraph.removeChild(extra);
    const first = props[0];
    if (first && paragraph.firstChild !== first) paragraph.insertBefore(first, paragraph.firstChild);
  }
}

function effectsOnSolidBackgrounds(doc: Document): void {
  for (const bgPr of elements(doc, P, 'bgPr')) {
    if (elements(bgPr, A, 'effectLst').length === 0 && elements(bgPr, A, 'effectDag').length === 0) bgPr.appendChild(doc.createElementNS(A, 'a:effectLst'));
  }
}

function onlyPresentTypes(doc: Document, paths: ReadonlySet<string>): void {
  const extensions = new Set([...paths].map((p) => p.split('.').pop()!.toLowerCase()));
  for (const override of elements(doc, CT, 'Override')) {
    if (!paths.has(override.getAttribute('PartName')!.replace(/^\//, ''))) override.parentNode!.removeChild(override);
  }
  for (const type of elements(doc, CT, 'Default')) {
    if (!extensions.has(type.getAttribute('Extension')!.toLowerCase())) type.parentNode!.removeChild(type);
  }
}

/** The notes page's body placeholder gets the notes' paragraphs (or one empty one: a text body needs a paragraph). */
function putNotes(doc: Document, paragraphs: readonly string[]): void {
  const body = elements(doc, P, 'sp').find((sp) => elements(sp, P, 'ph').some((ph) => ph.getAttribute('type') === 'body'));
  const txBody = body && elements(body, P, 'txBody')[0];
  if (!txBody) throw new Error('pptxgenjs wrote a notes page without a body placeholder');
  for (const old of elements(txBody, A, 'p')) txBody.removeChild(old);
  const fragment = new DOMParser().parseFromString(`<a:r xmlns:a="${A}">${paragraphs.length ? paragraphs.join('') : '<a:p/>'}</a:r>`, 'text/xml');
  for (const p of Array.from(fragment.documentElement!.childNodes)) txBody.appendChild(doc.importNode(p, true));
}
