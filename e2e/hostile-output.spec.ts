import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFRef, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { build } from 'vite';
import { loadDeck } from '../src/io/load-deck.ts';
import { serveFolder } from '../src/io/static-server.ts';
import { exportPdf, type PdfMode } from '../src/pdf/export.ts';
import { readPdf, squash, type OutlineNode, type PdfReadout } from '../src/pdf/read.ts';
import { watch } from './hostile-watch.ts';
import { waitForReveal } from './reveal-page.ts';

/*
 * The rest of "transcript text is data, never markup" (e2e/hostile.spec.ts covers slides, notes,
 * speaker view and single file): the deck's search (Ctrl/⌘+Shift+F) and the PDF export, on the
 * deck built from the hostile transcript in e2e/fixtures/hostile. Search finds the markup as
 * literal text on the slides that show it and highlights it without touching the page; the PDF
 * shows it as text and has no script, no form and no link out of the document.
 */

const FIXTURE = resolve('e2e/fixtures/hostile');
let work = '';
let outDir = '';
let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
/** Slide ids of the built deck, in order. */
let ids: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = mkdtempSync(join(tmpdir(), 'td-hostile-output-'));
  outDir = join(work, 'dist');
  const before = process.env['TRANSCRIPT_DECK'];
  process.env['TRANSCRIPT_DECK'] = FIXTURE;
  try {
    await build({ root: resolve('.'), configFile: resolve('vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env['TRANSCRIPT_DECK'];
    else process.env['TRANSCRIPT_DECK'] = before;
  }
  ids = [...readFileSync(join(outDir, 'index.html'), 'utf8').matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]!);
  expect(ids).toHaveLength(loadDeck(FIXTURE).output!.deck.slides.length);
  server = await serveFolder(outDir);
});

test.afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Search

/** Hostile strings typed into the search box. */
const QUERIES = [
  '<script>',
  '<SCRIPT>',
  'onerror=',
  'javascript:',
  '</aside></section>',
  '</iframe> Topic one',
  '<!-- .slide:',
  `<a href="data:text/html,<script>parent.__pwned='data'</script>">`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
  "${window.__pwned='tpl'}",
  '&lt;script&gt;',
];

/** Where a query must be found: at least on these slides (checked on top of the full list below). */
const MUST_FIND: Record<string, string[]> = {
  '<script>': ['title', 'topic-1-quote-1', 'topic-1-quote-2', 'topic-2'],
  'onerror=': ['title'],
  'javascript:': ['agenda', 'topic-1', 'topic-1-quote-2', 'source'],
  '</iframe> Topic one': ['topic-1', 'topic-1-quote-1'],
  '<!-- .slide:': ['topic-1-quote-5'],
  [`<a href="data:text/html,<script>parent.__pwned='data'</script>">`]: ['topic-1-quote-2'],
  [`{{constructor.constructor('window.__pwned=1')()}}`]: ['topic-1-quote-6'],
  "${window.__pwned='tpl'}": ['topic-1-quote-6'],
  '&lt;script&gt;': ['topic-1-quote-6'],
};

/**
 * Where each query occurs in the slides as built (index.html parsed afresh, not the live page):
 * one slide id per occurrence, in document order. The text of a slide is its text without its
 * notes (search does not look into notes), Latin letters compared case-insensitively.
 */
function expectedMatches(page: Page, queries: string[]): Promise<Record<string, string[]>> {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return page.evaluate(
    ({ source, queries }) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const fold = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
      const slides = [...doc.querySelectorAll<HTMLElement>('.reveal .slides section:not(.stack)')].map((section) => {
        const clone = section.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('aside.notes').forEach((a) => a.remove());
        return { id: section.id, text: fold(clone.textContent ?? '') };
      });
      const result: Record<string, string[]> = {};
      for (const query of queries) {
        const q = fold(query);
        result[query] = slides.flatMap(({ id, text }) => {
          const found: string[] = [];
          for (let at = text.indexOf(q); at !== -1; at = text.indexOf(q, at + q.length)) found.push(id);
          return found;
        });
      }
      return result;
    },
    { source: html, queries },
  );
}

/** What can change in the page: the slides' text, every element of the document by tag, and what scripts left behind. */
const pageState = (page: Page) =>
  page.evaluate(() => {
    const tags: Record<string, number> = {};
    for (const el of document.querySelectorAll('*')) tags[el.tagName.toLowerCase()] = (tags[el.tagName.toLowerCase()] ?? 0) + 1;
    return {
      slidesText: document.querySelector('.reveal .slides')!.textContent,
      slidesElements: document.querySelectorAll('.reveal .slides section *').length,
      tags,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
    };
  });

test('search finds hostile markup as literal text on the slides that show it, and highlights it without changing the page', async ({ page }) => {
  const watched = await watch(page);
  await page.goto(server!.url);
  await waitForReveal(page);
  const expected = await expectedMatches(page, QUERIES);
  // The checks below mean something only if the deck says what they assume.
  for (const [query, slides] of Object.entries(MUST_FIND)) for (const id of slides) expect(expected[query], query).toContain(id);
  expect(expected['<SCRIPT>']).toEqual(expected['<script>']);
  // The break-out was said by the host: it is in the notes only, which search does not look into.
  expect(expected['</aside></section>']).toEqual([]);

  const before = await pageState(page);
  // While searching: any change inside a slide (where the transcript's text is), and any element
  // that can run, load or style something added anywhere. (reveal.js itself rewrites its slide
  // number and status line on every step, and moves its backgrounds: none of that is recorded.)
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    const DANGER = 'script, iframe, frame, object, embed, img, image, svg, style, link, meta, base, form, a[href^="javascript:" i], a[href^="data:" i], [onerror], [onload], [onmouseover]';
    const inSlide = (node: Node): boolean => (node instanceof Element ? node : node.parentElement)?.closest('.reveal .slides section') != null;
    const describe = (node: Node): string => (node instanceof Element ? node.outerHTML.slice(0, 160) : `${node.nodeName} ${JSON.stringify(node.nodeValue)}`);
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') {
          if (inSlide(record.target)) log.push(`text changed in a slide: ${describe(record.target)}`);
          continue;
        }
        for (const node of record.addedNodes) {
          if (inSlide(record.target)) log.push(`added to a slide: ${describe(node)}`);
          else if (node instanceof Element && (node.matches(DANGER) || node.querySelector(DANGER))) log.push(`added: ${describe(node)}`);
        }
        for (const node of record.removedNodes) if (inSlide(record.target)) log.push(`removed from a slide: ${describe(node)}`);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });

  await page.keyboard.press('ControlOrMeta+Shift+F');
  const input = page.locator('.td-search input');
  const count = page.locator('.td-search-count');
  await expect(input).toBeVisible();
  await expect(input).toBeFocused();

  for (const query of QUERIES) {
    const where = expected[query]!;
    await input.fill('');
    await page.keyboard.type(query);
    await expect(input).toHaveValue(query);
    await expect(count, query).toHaveText(String(where.length));
    // Each highlighted range is the query itself, character for character (Latin case aside).
    const highlighted = await page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('td-search');
      // A live Range over each (search may hand the highlight StaticRanges).
      const live = (r: AbstractRange): Range => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      };
      return highlight ? [...highlight].map(live).map((range) => ({ text: range.toString(), slide: range.startContainer.parentElement?.closest('section:not(.stack)')?.id })) : [];
    });
    expect(highlighted.map((h) => h.text.toLowerCase()), query).toEqual(where.map(() => query.toLowerCase()));
    expect(highlighted.map((h) => h.slide), query).toEqual(where);
    // Enter steps through the matches: each shows the slide it is on.
    for (let k = 0; k < where.length; k++) {
      await input.press('Enter');
      await expect(count, query).toHaveText(`${k + 1}/${where.length}`);
      await expect.poll(() => page.evaluate(() => window.Reveal!.getCurrentSlide()?.id), `${query} #${k + 1}`).toBe(where[k]);
    }
  }
  await input.press('Escape');
  await expect(input).toBeHidden();

  expect(await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations)).toEqual([]);
  const after = await pageState(page);
  expect(after).toEqual(before);
  expect(after.pwned).toBeNull();
  for (const tag of ['script', 'iframe', 'img', 'svg', 'a', 'style', 'meta', 'b', 'i', 'object', 'embed']) expect(after.tags[tag] ?? 0, tag).toBe(before.tags[tag] ?? 0);
  expect(watched.dialogs).toEqual([]);
  expect(watched.errors).toEqual([]);
  expect(await watched.violations()).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// PDF

/** Text each slide shows, literally; found on the slide's page (white space aside: lines wrap). */
const ON_SLIDE: Record<string, string[]> = {
  title: ["<script>window.__pwned='title'</script> Hostile deck", `<img src=x onerror="window.__pwned='event'">`, `<b onmouseover="window.__pwned='name'">Mallory</b> <i>role</i>`],
  agenda: [`<iframe src="javascript:window.__pwned='iframe'"></iframe> Topic one`],
  'topic-1': [`<iframe src="javascript:window.__pwned='iframe'"></iframe> Topic one`],
  'topic-1-quote-1': ["I think the real answer is that <script>window.__pwned='turn'</script> never runs"],
  'topic-1-quote-2': [`A link like <a href="javascript:window.__pwned='link'">click me</a> or <a href="data:text/html,<script>parent.__pwned='data'</script>">this one</a> should stay plain text`],
  'topic-1-quote-4': ['Note: this should not become speaker notes of a new slide'],
  'topic-1-quote-5': ['<!-- .slide: data-background="red" data-state="pwned" -->'],
  'topic-1-quote-6': ["{{constructor.constructor('window.__pwned=1')()}} and ${window.__pwned='tpl'}", '&lt;script&gt; written with entities'],
  'topic-2': [`<svg onload="window.__pwned='svg'"><script>window.__pwned='svg2'</script></svg>`],
  // The emoji prints from the deck's own emoji face, even on a machine with no emoji font.
  'topic-2-quote-1': ['The second topic says that an emoji 🎉,'],
  source: [`<a href="javascript:window.__pwned='source'">source</a>`],
};

/** Text only the notes carry (the lead, the host's turns, the credits). */
const IN_NOTES = [
  "Lead: <script>window.__pwned = 'lead'</script> and <img src=x onerror=\"window.__pwned='img'\"> in the report.",
  "Does a break-out work? </aside></section><section><h1>Injected slide</h1><script>window.__pwned='breakout'</script>",
  // One turn, cut between two quote slides after its `--` line.
  'for example this line with dashes.\n---\n--',
  'Note: this should not become speaker notes of a new slide',
  '<style>body{display:none}</style> Is the page still visible?',
];

/** Every annotation of every page, and the document's and pages' JavaScript actions, as pdf.js sees them. */
async function annotationsOf(bytes: Uint8Array) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const annotations: Array<{ page: number; subtype: string; url?: string; unsafeUrl?: string; dest?: unknown; action?: unknown; actions?: unknown }> = [];
    const pageActions: unknown[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      for (const a of (await page.getAnnotations()) as Array<Record<string, unknown>>) {
        annotations.push({ page: n, subtype: String(a['subtype']), url: a['url'] as string | undefined, unsafeUrl: a['unsafeUrl'] as string | undefined, dest: a['dest'], action: a['action'], actions: a['actions'] });
      }
      const actions = await page.getJSActions();
      if (actions && Object.keys(actions).length > 0) pageActions.push({ page: n, actions });
    }
    return { annotations, documentActions: await doc.getJSActions(), pageActions, attachments: await doc.getAttachments() };
  } finally {
    await doc.destroy();
  }
}

/**
 * Every action, URI, script or form anywhere in the file, found by walking all its objects with
 * pdf-lib (so nothing hides in a page, annotation, outline item or name tree pdf.js does not show).
 */
async function activeContent(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const found: string[] = [];
  const seen = new Set<PDFObject>();
  const str = (obj: PDFObject | undefined): string => {
    const value = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : String(value);
  };
  const visit = (obj: PDFObject | undefined, where: string): void => {
    const value = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
    if (!value || seen.has(value)) return;
    seen.add(value);
    if (value instanceof PDFArray) value.asArray().forEach((item, i) => visit(item, `${where}[${i}]`));
    const dict = value instanceof PDFStream ? value.dict : value instanceof PDFDict ? value : undefined;
    if (!dict) return;
    for (const [key, item] of dict.entries()) {
      const name = key.asString();
      if (['/JS', '/JavaScript', '/AA', '/OpenAction', '/AcroForm', '/EmbeddedFiles', '/RichMedia', '/XFA'].includes(name)) found.push(`${where}${name}`);
      // /S names an action's kind here (elsewhere a structure element's or a group's: /P, /Link, /Transparency).
      if (name === '/S' && /^\/(JavaScript|Launch|URI|SubmitForm|ImportData|ResetForm|GoToR|GoToE|Rendition|Movie|Sound|Hide|Named|SetOCGState|GoTo3DView)$/.test(str(item))) found.push(`${where}/S ${str(item)}`);
      if (name === '/URI') found.push(`${where}/URI ${str(item)}`);
      visit(item, `${where}${name}`);
    }
  };
  visit(doc.context.trailerInfo.Root, 'Root');
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) visit(obj, `${ref.toString()} `);
  return found;
}

const flat = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flat(n.items)]);

test.describe('PDF of the hostile deck', () => {
  test.describe.configure({ mode: 'serial' });
  const pdfs = new Map<PdfMode, { bytes: Uint8Array; pdf: PdfReadout; pages: number }>();
  const get = (mode: PdfMode) => {
    const exported = pdfs.get(mode);
    if (!exported) throw new Error(`no ${mode} export`);
    return exported;
  };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    for (const mode of ['slides', 'notes', 'handout'] as const) {
      const result = await exportPdf({ deck: outDir, mode, out: join(work, `${mode}.pdf`) });
      const bytes = new Uint8Array(readFileSync(result.out));
      pdfs.set(mode, { bytes, pdf: await readPdf(bytes), pages: result.pages });
    }
  });

  test('slides: a page per slide, each showing its hostile text literally', () => {
    const { pdf, pages } = get('slides');
    expect(pdf.pages).toBe(ids.length);
    expect(pages).toBe(ids.length);
    // Slide i is page i.
    expect(flat(pdf.outline).map((b) => b.page)).toEqual(ids.map((_, i) => i + 1));
    for (const [id, texts] of Object.entries(ON_SLIDE)) {
      const page = ids.indexOf(id);
      expect(page, id).toBeGreaterThanOrEqual(0);
      for (const text of texts) expect(squash(pdf.pageText[page]!), `${id}: ${text}`).toContain(squash(text));
    }
  });

  test('notes and handout: the notes show the hostile turns literally, after every slide', () => {
    for (const mode of ['notes', 'handout'] as const) {
      const { pdf } = get(mode);
      const bookmarks = flat(pdf.outline);
      expect(bookmarks, mode).toHaveLength(ids.length);
      expect(bookmarks.every((b, i) => b.page > (bookmarks[i - 1]?.page ?? 0)), mode).toBe(true);
      const all = squash(pdf.pageText.join('\n'));
      for (const text of [...IN_NOTES, ...Object.values(ON_SLIDE).flat()]) expect(all, `${mode}: ${text}`).toContain(squash(text));
    }
    // The notes pages are headed by their slide's label, which comes from the transcript too.
    expect(squash(get('notes').pdf.pageText.join('\n'))).toContain(squash(`3 / ${ids.length} · 1. <iframe src="javascript:window.__pwned='iframe'"></iframe> Topic one`));
  });

  test('metadata and outline carry the hostile title as text', () => {
    for (const mode of ['slides', 'notes', 'handout'] as const) {
      const { pdf } = get(mode);
      expect(pdf.info.title, mode).toBe("<script>window.__pwned='title'</script> Hostile deck");
      expect(pdf.outline.map((b) => b.title), mode).toEqual(
        expect.arrayContaining(["<script>window.__pwned='title'</script> Hostile deck", `1. <iframe src="javascript:window.__pwned='iframe'"></iframe> Topic one`]),
      );
    }
  });

  test('no JavaScript, no form, no attachment, and every link stays inside the document, on a slide', async () => {
    for (const mode of ['slides', 'notes', 'handout'] as const) {
      const { bytes } = get(mode);
      const raw = Buffer.from(bytes).toString('latin1');
      const keys = [...raw.matchAll(/\/(?:JS|JavaScript|Launch|SubmitForm|URI)\b.{0,80}/g)].map((m) => m[0]);
      expect(keys, mode).toEqual([]);
      expect(await activeContent(bytes), mode).toEqual([]);

      const { annotations, documentActions, pageActions, attachments } = await annotationsOf(bytes);
      expect(documentActions, mode).toBeNull();
      expect(pageActions, mode).toEqual([]);
      expect(attachments, mode).toBeNull();
      // Only links (the agenda's and the notes' pointers to slides), each to a slide of the deck.
      expect([...new Set(annotations.map((a) => a.subtype))], mode).toEqual(['Link']);
      for (const link of annotations) {
        const where = `${mode} page ${link.page}`;
        expect(link.url, where).toBeUndefined();
        expect(link.unsafeUrl, where).toBeUndefined();
        expect(link.action, where).toBeUndefined();
        expect(link.actions, where).toBeUndefined();
        expect(ids, where).toContain(link.dest);
      }
      // Nothing any link or URI points at is javascript: or data:.
      expect(annotations.filter((a) => /^\s*(javascript|data|vbscript):/i.test(`${a.url ?? ''}${a.unsafeUrl ?? ''}`)), mode).toEqual([]);
    }
  });
});
