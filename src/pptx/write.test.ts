import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../io/load-deck.ts';
import type { Deck, NoteBlock } from '../pipeline/types.ts';
import { chartSvgs, rasteriseCharts } from './charts.ts';
import { all, notesOf, NS, readPptx, shapeText, textBoxes, type ReadPptx } from './read-back.ts';
import { writePptx } from './write.ts';

/*
 * Decks built from real transcripts (the Chinese sample, an English podcast of the corpus, the
 * hostile transcript of the browser tests), written to .pptx and read back from the zip's XML;
 * the sample's and the hostile deck's charts rasterised by Chromium, the English deck's left out.
 */

interface Written {
  deck: Deck;
  pptx: ReadPptx;
}

const TARGETS = {
  zh: 'slides',
  en: 'eval/corpus/en-otter-ladybug-indie-hacking.md',
  hostile: 'e2e/fixtures/hostile',
} as const;
const written = {} as Record<keyof typeof TARGETS, Written>;

beforeAll(async () => {
  for (const [name, target] of Object.entries(TARGETS) as Array<[keyof typeof TARGETS, string]>) {
    const loaded = loadDeck(target);
    const deck = loaded.output!.deck;
    const theme = loaded.manifest?.theme ?? 'light';
    const charts = name === 'en' ? undefined : await rasteriseCharts(deck, theme);
    written[name] = { deck, pptx: await readPptx(await writePptx(deck, { theme, ...(charts ? { charts } : {}) })) };
  }
}, 120_000);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Every word a notes block holds. */
function noteTexts(block: NoteBlock): string[] {
  if (block.kind === 'turn') return [block.speaker, block.source, ...block.paragraphs.map((p) => p.text)];
  return [block.text];
}

describe.each(Object.keys(TARGETS) as Array<keyof typeof TARGETS>)('the %s deck as .pptx', (name) => {
  it('has one slide per deck slide, in order, 16:9', () => {
    const { deck, pptx } = written[name];
    expect(pptx.slides).toHaveLength(deck.slides.length);
    const size = all(pptx.xml('ppt/presentation.xml'), NS.p, 'sldSz')[0]!;
    expect(Number(size.getAttribute('cx')) / Number(size.getAttribute('cy'))).toBeCloseTo(16 / 9, 3);
    deck.slides.forEach((slide, i) => {
      if (slide.kind === 'quote') expect(textBoxes(pptx.xml(pptx.slides[i]!)).map((b) => b.name)).toContain('Quote');
    });
  });

  it('puts each quote whole in one text box of its slide, and its attribution in another', () => {
    const { deck, pptx } = written[name];
    const quotes = deck.slides.flatMap((slide, i) => (slide.kind === 'quote' ? [{ slide, i }] : []));
    expect(quotes.length).toBeGreaterThan(0);
    for (const { slide, i } of quotes) {
      const boxes = textBoxes(pptx.xml(pptx.slides[i]!));
      expect(boxes.filter((b) => b.text === slide.quote.text)).toHaveLength(1);
      if (slide.quote.speaker !== '?') expect(boxes.filter((b) => b.text.includes(slide.quote.speaker) && b.name === 'Attribution')).toHaveLength(1);
    }
  });

  it('has every word of each slide\'s notes in its notes page, a paragraph each', () => {
    const { deck, pptx } = written[name];
    deck.slides.forEach((slide, i) => {
      const notesPath = notesOf(pptx, pptx.slides[i]!);
      expect(notesPath).toBeDefined();
      const body = all(pptx.xml(notesPath!), NS.p, 'sp').find((sp) => all(sp, NS.p, 'ph').some((ph) => ph.getAttribute('type') === 'body'))!;
      const paragraphs = shapeText(body).split('\n');
      for (const text of slide.notes.flatMap(noteTexts)) expect(paragraphs.some((p) => p.includes(text)), `${slide.id}: ${text.slice(0, 60)}`).toBe(true);
    });
  });

  it('gives every run with CJK text, on slides and in notes, its language and an East Asian face', () => {
    const { pptx } = written[name];
    const parts = [...pptx.parts.keys()].filter((p) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(p));
    let cjkRuns = 0;
    for (const part of parts) {
      for (const run of all(pptx.xml(part), NS.a, 'r')) {
        const text = all(run, NS.a, 't')[0]?.textContent ?? '';
        if (!CJK.test(text)) continue;
        cjkRuns++;
        const props = all(run, NS.a, 'rPr')[0]!;
        expect(props.getAttribute('lang'), `${part}: ${text}`).toMatch(/^(zh-(TW|CN|HK)|ja-JP|ko-KR)$/);
        expect(all(props, NS.a, 'ea')[0]?.getAttribute('typeface'), `${part}: ${text}`).toMatch(/^Noto (Sans|Serif) CJK (TC|SC|JP|KR)$/);
      }
    }
    if (name === 'zh') expect(cjkRuns).toBeGreaterThan(100);
  });

  it('makes each topic a section that starts at its section slide, every slide in one section', () => {
    const { deck, pptx } = written[name];
    const doc = pptx.xml('ppt/presentation.xml');
    const ids = all(doc, NS.p, 'sldId').map((s) => s.getAttribute('id'));
    const sections = all(doc, NS.p14, 'section').map((s) => ({ name: s.getAttribute('name')!, slides: all(s, NS.p14, 'sldId').map((id) => id.getAttribute('id')) }));
    expect(sections.flatMap((s) => s.slides)).toEqual(ids);
    const topics = deck.slides.flatMap((slide, i) => (slide.kind === 'section' ? [{ name: `${slide.number}. ${slide.title}`, first: ids[i] }] : []));
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) expect(sections.find((s) => s.name === topic.name)?.slides[0]).toBe(topic.first);
  });

  it('names the deck\'s title and author in the file\'s properties', () => {
    const { deck, pptx } = written[name];
    const core = pptx.xml('docProps/core.xml');
    expect(all(core, NS.dc, 'title')[0]?.textContent).toBe(deck.meta.title);
    if (deck.meta.author) expect(all(core, NS.dc, 'creator')[0]?.textContent).toBe(deck.meta.author);
  });

  it('is a sound package: every XML part well formed, every part it names there, one paragraph-properties element a paragraph, first', () => {
    const { pptx } = written[name];
    for (const path of pptx.parts.keys()) if (/\.(xml|rels)$/.test(path)) expect(() => pptx.xml(path), path).not.toThrow();
    const types = pptx.xml('[Content_Types].xml');
    for (const o of all(types, NS.ct, 'Override')) expect(pptx.parts.has(o.getAttribute('PartName')!.slice(1)), o.getAttribute('PartName')!).toBe(true);
    const extensions = new Set([...pptx.parts.keys()].map((p) => p.split('.').pop()));
    for (const d of all(types, NS.ct, 'Default')) expect(extensions.has(d.getAttribute('Extension')!), d.getAttribute('Extension')!).toBe(true);
    for (const rels of [...pptx.parts.keys()].filter((p) => p.endsWith('.rels'))) {
      // `_rels/x.xml.rels` holds the relationships of `x.xml`, `_rels/.rels` those of the package.
      const base = rels === '_rels/.rels' ? '' : rels.replace(/_rels\/([^/]+)\.rels$/, '$1');
      for (const r of all(pptx.xml(rels), NS.r, 'Relationship')) {
        expect(r.getAttribute('TargetMode'), `${rels}: ${r.getAttribute('Target')}`).not.toBe('External');
        const target = new URL(r.getAttribute('Target')!, `file:///${base}`).pathname.slice(1);
        expect(pptx.parts.has(target), `${rels} → ${target}`).toBe(true);
      }
    }
    // Each master its own theme, as Office writes them.
    const themes = [...pptx.parts.keys()].filter((p) => /^ppt\/(slideMasters|notesMasters)\/_rels\//.test(p)).flatMap((rels) =>
      all(pptx.xml(rels), NS.r, 'Relationship').filter((r) => r.getAttribute('Type')!.endsWith('/theme')).map((r) => r.getAttribute('Target')));
    expect(themes).toHaveLength(2);
    expect(new Set(themes).size).toBe(2);
    for (const slide of pptx.slides) {
      for (const p of all(pptx.xml(slide), NS.a, 'p')) {
        const props = Array.from(p.childNodes).filter((n) => (n as { localName?: string }).localName === 'pPr');
        expect(props.length).toBeLessThanOrEqual(1);
        if (props[0]) expect(p.firstChild).toBe(props[0]);
      }
      for (const sp of all(pptx.xml(slide), NS.p, 'sp')) expect(all(sp, NS.p, 'txBody')).toHaveLength(1);
    }
  });
});

describe('charts', () => {
  it.each(['zh', 'hostile'] as const)('are pictures on their slides in the %s deck, described for screen readers', (name) => {
    const { deck, pptx } = written[name];
    const charts = chartSvgs(deck);
    expect(charts.size).toBeGreaterThanOrEqual(3);
    deck.slides.forEach((slide, i) => {
      const pictures = all(pptx.xml(pptx.slides[i]!), NS.p, 'pic');
      const chart = charts.get(slide.id);
      expect(pictures).toHaveLength(chart ? 1 : 0);
      if (chart) expect(all(pictures[0]!, NS.p, 'cNvPr')[0]!.getAttribute('descr')).toBe(chart.description);
    });
    expect([...pptx.parts.keys()].filter((p) => /^ppt\/media\/.+\.png$/.test(p))).toHaveLength(charts.size);
  });

  it('are left out when not given, and the slides keep their text', () => {
    const { pptx } = written.en;
    for (const slide of pptx.slides) expect(all(pptx.xml(slide), NS.p, 'pic')).toHaveLength(0);
  });
});

describe('QR codes', () => {
  it('stand in the lower right corner of the title and source slides of a deck with a url, described', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-pptx-qr-'));
    writeFileSync(join(dir, 'talk.txt'), 'Ada: We shipped the first version in March and it broke twice, which taught us more than any plan we ever wrote.\n\nBo: What did you learn?\n\nAda: That tests are cheaper than apologies, and that a release nobody can undo should never ship on a Friday.\n');
    writeFileSync(join(dir, 'deck.yaml'), 'transcript: talk.txt\nurl: https://example.com/recording\n');
    const deck = loadDeck(dir).output!.deck;
    const pptx = await readPptx(await writePptx(deck, { charts: await rasteriseCharts(deck, 'light') }));
    const withQr = deck.slides.flatMap((slide, i) => {
      const pictures = all(pptx.xml(pptx.slides[i]!), NS.p, 'pic').map((pic) => all(pic, NS.p, 'cNvPr')[0]!);
      return pictures.filter((p) => p.getAttribute('name') === 'QR code').map((p) => ({ kind: slide.kind, descr: p.getAttribute('descr') }));
    });
    expect(withQr.map((q) => q.kind)).toEqual(['title', 'source']);
    for (const q of withQr) expect(q.descr).toContain('https://example.com/recording');
  }, 60_000);
});

describe('the hostile transcript as .pptx', () => {
  it('shows every pinned line literally, and nothing on a slide or in the notes is a link or a field', () => {
    const { deck, pptx } = written.hostile;
    // What the presenter pinned, as the deck shows it: markup, template syntax, entities, a comment.
    const pinned = deck.slides.flatMap((slide) => (slide.kind === 'quote' && /[<{&]/.test(slide.quote.text) ? [slide.quote.text] : []));
    expect(pinned.length).toBeGreaterThanOrEqual(4);
    expect(pinned.some((q) => q.includes('<a href="javascript:'))).toBe(true);
    const slideTexts = pptx.slides.flatMap((s) => textBoxes(pptx.xml(s)).map((b) => b.text));
    for (const line of pinned) expect(slideTexts).toContain(line);
    expect(slideTexts).toContain(deck.meta.title);
    expect(deck.meta.title).toContain('<script>');
    const xmlParts = [...pptx.parts.keys()].filter((p) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(p));
    for (const part of xmlParts) {
      const doc = pptx.xml(part);
      expect(all(doc, NS.a, 'hlinkClick'), part).toHaveLength(0);
      expect(all(doc, NS.a, 'hlinkMouseOver'), part).toHaveLength(0);
      // The only field is pptxgenjs's slide number on the notes page, never text of the deck.
      for (const field of all(doc, NS.a, 'fld')) expect(field.getAttribute('type'), part).toBe('slidenum');
    }
    expect([...pptx.parts.keys()].filter((p) => /vba|macro|activeX|oleObject/i.test(p))).toEqual([]);
  });
});
