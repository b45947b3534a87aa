import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser } from '@playwright/test';
import { exportPdf, type PdfMode, type PdfPaper, type PdfResult } from '../src/pdf/export.ts';
import { pageLines, readPdf, renderPage, squash, type OutlineNode, type PdfLine, type PdfReadout } from '../src/pdf/read.ts';
import { buildDeck } from './corpus-decks.ts';

/*
 * `npm run pdf`: the sample deck is built into a temporary folder with Vite's API and exported in
 * every mode; the PDFs are read back with pdf.js and pdf-lib (npm only) and checked against the
 * built index.html. A second deck (the sample plus a Markdown slide with three fragments) checks
 * the fragment steps and that notes come after a slide's last fragment.
 */

const repo = fileURLToPath(new URL('..', import.meta.url));

interface DeckFacts {
  title: string;
  lang: string;
  speaker: string;
  slides: Array<{ id: string; kind: string; topic?: string; quote?: string; notes: string[] }>;
  topics: Array<{ id: string; title: string }>;
}

interface Exported {
  result: PdfResult;
  bytes: Uint8Array;
  pdf: PdfReadout;
  lines: PdfLine[][];
}


/** What the built index.html says: slides, quotes, notes paragraphs, topics. */
async function deckFacts(browser: Browser, dir: string): Promise<DeckFacts> {
  const page = await browser.newPage();
  try {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    return await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const sections = [...doc.querySelectorAll<HTMLElement>('.reveal .slides > section')];
      return {
        title: doc.title,
        lang: doc.documentElement.lang,
        speaker: text(doc.querySelector('.td-title .td-speaker .td-name')),
        slides: sections.map((s) => ({
          id: s.id,
          kind: s.className,
          ...(s.dataset['topic'] ? { topic: s.dataset['topic'] } : {}),
          ...(s.querySelector('blockquote') ? { quote: text(s.querySelector('blockquote')) } : {}),
          notes: [...s.querySelectorAll('aside.notes p')].map(text).filter(Boolean),
        })),
        topics: [...doc.querySelectorAll<HTMLElement>('section.td-section')].map((s) => ({ id: s.id, title: text(s.querySelector('h2')) })),
      };
    }, html);
  } finally {
    await page.close();
  }
}

const flat = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flat(n.items)]);
const HAN_SPACE_HAN = /\p{Script=Han} +\p{Script=Han}/u;

/** What frames a page rather than says something: a notes page's header (`3 / 25 · label`), the handout's title and page number. */
const isFrame = (line: PdfLine, title: string): boolean => /^\d+\/\d+(·|$)/.test(squash(line.text)) || squash(line.text) === squash(title);

/**
 * Finds each needle (white space ignored) after the previous one, and not before page `from`
 * (1-based) when given, in the pages' text less their headers (a paragraph may go on over a page
 * break); returns the 1-based page of each.
 */
function pagesInOrder({ lines, pdf }: Exported, needles: Array<{ text: string; from?: number }>): number[] {
  const squashed = lines.map((page) => squash(page.filter((line) => !isFrame(line, pdf.info.title ?? '')).map((line) => line.text).join('')));
  const starts: number[] = [];
  let offset = 0;
  for (const s of squashed) starts.push((offset += s.length) - s.length);
  const all = squashed.join('');
  let cursor = 0;
  return needles.map(({ text, from }) => {
    if (from) cursor = Math.max(cursor, starts[from - 1] ?? all.length);
    const at = all.indexOf(squash(text), cursor);
    if (at < 0) throw new Error(`not found after offset ${cursor}: ${text.slice(0, 60)}`);
    cursor = at + squash(text).length;
    return starts.findLastIndex((start) => start <= at) + 1;
  });
}

const FRAGMENT_SLIDE = `## 三個步驟

<ul class="td-steps">
<li class="fragment">第一步讀逐字稿</li>
<li class="fragment">第二步挑出引言</li>
<li class="fragment">第三步做成投影片</li>
</ul>

Note:
三個步驟都出現之後才講這段備註。

---

## 很長的清單

${Array.from({ length: 24 }, (_, i) => `- 第${i + 1}項要點`).join('\n')}

Note:
${LONG_NOTE().join('\n\n')}
`;
const LONG_ITEMS = Array.from({ length: 24 }, (_, i) => `第${i + 1}項要點`);
/** Notes longer than a handout page holds under its slide: they flow on to pages of their own. */
function LONG_NOTE(): string[] {
  return Array.from({ length: 30 }, (_, i) => `第${i + 1}段備註：這一段要講清楚清單裡的每一項為什麼重要，以及聽眾回去以後可以先做哪一件事。`);
}

test.describe('PDF export', () => {
  test.describe.configure({ mode: 'serial' });

  let work: string;
  let sampleDir: string;
  let fragmentsDir: string;
  let sample: DeckFacts;
  let withFragments: DeckFacts;
  const pdfs = new Map<string, Exported>();
  const get = (key: string): Exported => {
    const exported = pdfs.get(key);
    if (!exported) throw new Error(`no ${key} export`);
    return exported;
  };

  const run = async (key: string, deck: string, mode: PdfMode, paper?: PdfPaper): Promise<void> => {
    const result = await exportPdf({ deck, mode, out: join(work, `${key}.pdf`), ...(paper ? { paper } : {}) });
    const bytes = new Uint8Array(readFileSync(result.out));
    pdfs.set(key, { result, bytes, pdf: await readPdf(bytes), lines: await pageLines(bytes) });
  };

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(300_000);
    work = mkdtempSync(join(tmpdir(), 'td-pdf-e2e-'));
    sampleDir = join(work, 'sample');
    await buildDeck(join(repo, 'slides'), sampleDir);
    const fixture = join(work, 'fragments-deck');
    mkdirSync(fixture);
    copyFileSync(join(repo, 'slides', 'agi-next-yao-shunyu.txt'), join(fixture, 'agi-next-yao-shunyu.txt'));
    writeFileSync(join(fixture, 'steps.md'), FRAGMENT_SLIDE);
    writeFileSync(join(fixture, 'deck.yaml'), readFileSync(join(repo, 'slides', 'deck.yaml'), 'utf8').replace(/closing\.md/, 'steps.md'));
    fragmentsDir = join(work, 'fragments-build');
    await buildDeck(fixture, fragmentsDir);
    sample = await deckFacts(browser, sampleDir);
    withFragments = await deckFacts(browser, fragmentsDir);

    for (const mode of ['slides', 'notes', 'handout', 'fragments'] as const) await run(mode, sampleDir, mode);
    await run('letter-handout', sampleDir, 'handout', 'Letter');
    for (const mode of ['slides', 'notes', 'fragments', 'handout'] as const) await run(`steps-${mode}`, fragmentsDir, mode);

    const table = [...pdfs].map(([key, { result }]) => `${key}: ${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KiB, ${result.ms} ms`);
    test.info().annotations.push({ type: 'pdf export', description: table.join('; ') });
    console.log(`PDF export of the sample deck:\n  ${table.join('\n  ')}`);
  });

  test.afterAll(() => {
    if (work && !process.env['KEEP_PDF']) rmSync(work, { recursive: true, force: true });
  });

  test('the sample deck is what these checks assume', () => {
    expect(sample.topics).toHaveLength(3);
    expect(sample.slides.filter((s) => s.quote).length).toBeGreaterThan(5);
    // Some notes are longer than a notes page holds: they must flow on. (A turn with several quotes
    // is cut between its quote slides, so no slide's notes are much longer than this.)
    expect(Math.max(...sample.slides.map((s) => s.notes.join('').length))).toBeGreaterThan(800);
  });

  test('slides: a 16:9 page per slide, nothing cut, every quote as text with no space where <wbr> was', () => {
    const { pdf, result } = get('slides');
    expect(pdf.pages).toBe(sample.slides.length);
    for (const size of pdf.sizes) expect(size.width / size.height).toBeCloseTo(16 / 9, 2);
    expect(result.clipped).toEqual([]);
    sample.slides.forEach((slide, i) => {
      if (!slide.quote) return;
      const pageText = pdf.pageText[i]!;
      expect(squash(pageText), slide.id).toContain(squash(slide.quote));
      // The slides break lines only at <wbr> between phrases: none of them may come out as a space.
      const found = new RegExp([...squash(slide.quote)].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'u').exec(pageText);
      expect(found, slide.id).not.toBeNull();
      if (!HAN_SPACE_HAN.test(slide.quote)) expect(found![0], slide.id).not.toMatch(HAN_SPACE_HAN);
    });
  });

  test('slides: every font is embedded, the deck’s own fonts among them', () => {
    for (const key of ['slides', 'notes', 'handout'] as const) {
      const { fonts } = get(key).pdf;
      expect(fonts.length, key).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded), key).toEqual([]);
    }
    expect(get('slides').pdf.fonts.map((f) => f.name).join(' ')).toMatch(/Noto(Sans|Serif)TC/);
  });

  test('metadata: title, author, subject and language of the deck', () => {
    for (const key of ['slides', 'notes', 'handout', 'fragments'] as const) {
      const { info } = get(key).pdf;
      expect(info.title, key).toBe(sample.title);
      expect(info.author, key).toBe(sample.speaker);
      expect(info.language, key).toBe(sample.lang);
      for (const topic of sample.topics) expect(info.subject, key).toContain(topic.title);
    }
  });

  test('outline: a bookmark per topic holding its slides, and one per slide, each on its page', () => {
    for (const key of ['slides', 'notes', 'handout'] as const) {
      const { outline } = get(key).pdf;
      const titles = sample.topics.map((t, i) => `${i + 1}. ${t.title}`);
      const topics = outline.filter((n) => titles.includes(n.title));
      expect(topics.map((n) => n.title), key).toEqual(titles);
      // Only topics hold other bookmarks.
      expect(outline.filter((n) => n.items.length > 0), key).toEqual(topics);
      sample.topics.forEach((topic, i) => {
        expect(topics[i]!.items.length, `${key} ${topic.id}`).toBe(sample.slides.filter((s) => s.topic === topic.id && s.quote).length);
      });
      const bookmarks = flat(outline);
      expect(bookmarks, key).toHaveLength(sample.slides.length);
      const pages = bookmarks.map((b) => b.page);
      expect(pages.every((p, i) => p > (pages[i - 1] ?? 0)), `${key}: pages ${pages.join(',')}`).toBe(true);
    }
    // In the slides PDF, slide i is page i.
    expect(flat(get('slides').pdf.outline).map((b) => b.page)).toEqual(sample.slides.map((_, i) => i + 1));
  });

  test('notes: each slide, then all of its notes on pages of their own, in slide order', () => {
    const notesPdf = get('notes');
    const { pdf } = notesPdf;
    expect(pdf.pages).toBeGreaterThan(sample.slides.length);
    const slidePages = flat(pdf.outline).map((b) => b.page);
    const notes = sample.slides.flatMap((s, i) => s.notes.map((text) => ({ slide: i, text })));
    // Searched from the page after the slide's (a summary slide's notes repeat its points).
    const pages = pagesInOrder(notesPdf, notes.map((n) => ({ text: n.text, from: slidePages[n.slide]! + 1 })));
    notes.forEach((note, k) => {
      // After its slide's page and before the next slide's.
      expect(pages[k]!, `${sample.slides[note.slide]!.id}: ${note.text.slice(0, 30)}`).toBeGreaterThan(slidePages[note.slide]!);
      expect(pages[k]!).toBeLessThan(slidePages[note.slide + 1] ?? Infinity);
    });
  });

  test('handout: A4 (or Letter) portrait, each slide above the start of its notes, every note in slide order', () => {
    for (const [key, size] of [['handout', { width: 595.28, height: 841.89 }], ['letter-handout', { width: 612, height: 792 }]] as const) {
      const exported = get(key);
      const { pdf } = exported;
      for (const s of pdf.sizes) {
        expect(s.width, key).toBeCloseTo(size.width, -1);
        expect(s.height, key).toBeCloseTo(size.height, -1);
      }
      const slidePages = flat(pdf.outline).map((b) => b.page);
      const notes = sample.slides.flatMap((s, i) => s.notes.map((text, j) => ({ slide: i, first: j === 0, text })));
      // Searched from the slide's page on, after the slide's own text.
      const pages = pagesInOrder(exported, notes.map((n) => ({ text: n.text, from: slidePages[n.slide]! })));
      notes.forEach((note, k) => {
        if (note.first) expect(pages[k], `${key} ${sample.slides[note.slide]!.id}`).toBe(slidePages[note.slide]);
        expect(pages[k]!).toBeLessThan(slidePages[note.slide + 1] ?? Infinity);
      });
      // The slide itself is on the page as text (scaled, not a picture).
      sample.slides.forEach((slide, i) => {
        if (slide.quote) expect(squash(pdf.pageText[slidePages[i]! - 1]!)).toContain(squash(slide.quote));
      });
    }
  });

  test('fragments: a page per fragment step; slides and notes show the final step, notes after it', () => {
    const steps = ['第一步讀逐字稿', '第二步挑出引言', '第三步做成投影片'];
    const at = withFragments.slides.findIndex((s) => s.kind.includes('td-authored') && s.notes.some((n) => n.includes('三個步驟')));
    expect(at).toBeGreaterThan(0);
    // The sample deck has no fragments: one page per slide.
    expect(get('fragments').pdf.pages).toBe(sample.slides.length);

    const fragments = get('steps-fragments').pdf;
    // reveal.js prints the slide before its first fragment, then one page per step.
    expect(fragments.pages).toBe(withFragments.slides.length + steps.length);
    const shown = (pdf: PdfReadout, page: number): boolean[] => steps.map((s) => squash(pdf.pageText[page]!).includes(s));
    expect([0, 1, 2, 3].map((k) => shown(fragments, at + k))).toEqual([
      [false, false, false],
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);

    const slides = get('steps-slides').pdf;
    expect(slides.pages).toBe(withFragments.slides.length);
    expect(shown(slides, at)).toEqual([true, true, true]);

    const notes = get('steps-notes').pdf;
    const page = flat(notes.outline)[at]!.page;
    expect(shown(notes, page - 1)).toEqual([true, true, true]);
    expect(squash(notes.pageText[page]!)).toContain('三個步驟都出現之後才講這段備註。');
  });

  test('handout: notes longer than the page flow on to pages that still carry the title and the page number', () => {
    const { pdf } = get('steps-handout');
    const slidePages = flat(pdf.outline).map((b) => b.page);
    const at = withFragments.slides.findIndex((s) => s.notes.some((n) => n.includes('第1段備註')));
    expect(at).toBeGreaterThan(0);
    // The long note starts under its slide and ends on a later page, before the next slide's.
    const first = slidePages[at]!;
    const last = pdf.pageText.findIndex((text) => squash(text).includes(squash(LONG_NOTE().at(-1)!))) + 1;
    expect(squash(pdf.pageText[first - 1]!)).toContain(squash(LONG_NOTE()[0]!));
    expect(last).toBeGreaterThan(first);
    expect(last).toBeLessThan(slidePages[at + 1] ?? Infinity);
    // Every page, the continuation pages among them, has the deck's title and `page / pages`.
    pdf.pageText.forEach((text, i) => {
      expect(squash(text), `page ${i + 1}`).toContain(squash(withFragments.title));
      expect(squash(text), `page ${i + 1}`).toContain(squash(`${i + 1} / ${pdf.pages}`));
    });
  });

  test('fit-text ran before printing; a slide larger than the page is shrunk as a whole, never cut', () => {
    const { result } = get('slides');
    for (const slide of sample.slides) expect(result.fit[slide.id], slide.id).toBeGreaterThanOrEqual(slide.kind.includes('td-authored') ? 1 : 0.45);
    expect(result.shrunk).toEqual([]);

    const steps = get('steps-slides');
    const at = withFragments.slides.findIndex((s) => s.kind.includes('td-authored') && s.id && steps.result.shrunk.includes(s.id));
    expect(at).toBeGreaterThan(0);
    expect(steps.result.shrunk).toEqual([withFragments.slides[at]!.id]);
    expect(steps.result.clipped).toEqual([]);
    const text = squash(steps.pdf.pageText[at]!);
    for (const item of LONG_ITEMS) expect(text).toContain(item);
  });

  test('the agenda page shows the conversation map in its speakers’ colours', async () => {
    const html = readFileSync(join(sampleDir, 'index.html'), 'utf8');
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    const rendered = await renderPage(get('slides').bytes, ids.indexOf('agenda') + 1, 0.5);
    // Okabe–Ito orange and sky blue, the first two speakers' colours.
    const share = (r: number, g: number, b: number): number => {
      let n = 0;
      for (let i = 0; i < rendered.rgba.length; i += 4) if (Math.abs(rendered.rgba[i]! - r) + Math.abs(rendered.rgba[i + 1]! - g) + Math.abs(rendered.rgba[i + 2]! - b) < 60) n++;
      return n / (rendered.rgba.length / 4);
    };
    expect(share(0xe6, 0x9f, 0x00)).toBeGreaterThan(0.002);
    expect(share(0x56, 0xb4, 0xe9)).toBeGreaterThan(0.002);
  });

  test('pages render to something that is not blank', async () => {
    for (const [key, page] of [['slides', 4], ['handout', 5], ['notes', 2]] as const) {
      const rendered = await renderPage(get(key).bytes, page, 0.5);
      await test.info().attach(`${key}-page-${page}.png`, { body: rendered.png, contentType: 'image/png' });
      expect(rendered.variance, key).toBeGreaterThan(50);
      expect(rendered.ink, key).toBeGreaterThan(0.003);
    }
  });
});
