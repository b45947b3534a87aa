import { decodeHTML } from 'entities';
import PptxGenJS from 'pptxgenjs';
import { UNKNOWN_SPEAKER } from '../pipeline/cast/cast.ts';
import { CJK_TEXT } from '../pipeline/text/cjk.ts';
import type { Deck, Slide } from '../pipeline/types.ts';
import type { ChartImage } from './charts.ts';
import { finishPptx } from './finish.ts';
import { notesParagraphs } from './notes.ts';
import { cjkScriptOf, officeLang, scriptRuns, type FaceRole } from './runs.ts';
import { quoteLength, SIZES, themeColours, type PptxColours, type ThemeName } from './theme.ts';

/*
 * Deck → .pptx: one PowerPoint slide per deck slide, in order, 16:9 like the deck (1280 × 720).
 * Every element the deck shows as text (a title, a quote, its attribution, the agenda) is one
 * editable text box of its own, named by its role, in the deck's faces, sizes and colours; lists
 * are real lists; each topic is a PowerPoint section; the notes hold every block of the deck's
 * notes (notes.ts). Transcript text is only ever text: no run is a link or a field.
 * The charts (conversation map, key terms) and QR codes are pictures, given rasterised (charts.ts),
 * each with its description as alternative text.
 */

export interface PptxOptions {
  theme?: ThemeName;
  /** The slides' charts as pictures, by slide id (charts.ts); without, slides have none. */
  charts?: ReadonlyMap<string, ChartImage>;
}

/** The layout: a 10 × 5.625 inch slide, text within its margins. */
const W = 10;
const LEFT = 0.6;
const WIDTH = W - 2 * LEFT;
/** The deck's 1280 px across the slide's 10 inches. */
const PX_PER_INCH = 128;
const BOTTOM = 5.3;

interface Part {
  text: string;
  color?: string;
  size?: number;
  bold?: boolean;
  role?: FaceRole;
}

/** A paragraph of parts; `bullet` makes it an item of a numbered or bulleted list. */
interface Paragraph {
  parts: Part[];
  bullet?: 'number' | 'bullet';
}

export async function writePptx(deck: Deck, options: PptxOptions = {}): Promise<Uint8Array> {
  const colours = themeColours(options.theme ?? 'light');
  const lang = deck.meta.lang;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.meta.title;
  pptx.subject = deck.meta.description ?? deck.meta.title;
  if (deck.meta.author) pptx.author = deck.meta.author;
  const faces = scriptRuns(cjkScriptOf(lang) ? '中' : 'a', lang);
  pptx.theme = { headFontFace: faces[0]!.fontFace, bodyFontFace: faces[0]!.fontFace };

  const sectionAt = sectionTitles(deck);
  for (const section of new Set(sectionAt)) pptx.addSection({ title: section });
  deck.slides.forEach((slide, index) => {
    const page = pptx.addSlide({ sectionTitle: sectionAt[index]! });
    page.background = { color: colours.bg };
    drawSlide(page, slide, colours, lang, options.charts?.get(slide.id));
  });
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return finishPptx(written, { notes: deck.slides.map((slide) => notesParagraphs(slide.notes, officeLang(lang))) });
}

/**
 * Each slide's PowerPoint section: the opening slides go under the deck's title, each topic's
 * under `n. topic` from its section slide on, and what follows the last topic under the title of
 * its first slide (the overview). Names are unique, as pptxgenjs finds sections by name.
 */
function sectionTitles(deck: Deck): string[] {
  const used = new Set<string>();
  const unique = (name: string): string => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`;
    used.add(candidate);
    return candidate;
  };
  let current = unique(deck.meta.title);
  let topicsSeen = false;
  let afterTopics = false;
  return deck.slides.map((slide) => {
    if (slide.kind === 'section') {
      topicsSeen = true;
      current = unique(`${slide.number}. ${slide.title}`);
    } else if (topicsSeen && !afterTopics && slide.kind === 'summary') {
      afterTopics = true;
      current = unique(slide.title);
    }
    return current;
  });
}

type Page = ReturnType<PptxGenJS['addSlide']>;

function drawSlide(page: Page, slide: Slide, c: PptxColours, lang: string, chart: ChartImage | undefined): void {
  const box = (name: string, paragraphs: Paragraph[], at: { y: number; h: number; x?: number; w?: number }, extra: Record<string, unknown> = {}): void => {
    page.addText(textProps(paragraphs, lang, c), {
      objectName: name,
      x: at.x ?? LEFT,
      y: at.y,
      w: at.w ?? WIDTH,
      h: at.h,
      valign: 'top',
      margin: 0,
      fit: 'shrink',
      ...extra,
    });
  };
  const line = (text: string, part: Omit<Part, 'text'>): Paragraph => ({ parts: [{ text, ...part }] });
  /** The chart in the box from `y` down to `bottom`, as wide as the text, its aspect kept, at the left. */
  const picture = (y: number, bottom: number): void => {
    if (chart?.kind !== 'chart') return;
    const scale = Math.min(WIDTH / (chart.width / PX_PER_INCH), (bottom - y) / (chart.height / PX_PER_INCH), 1);
    page.addImage({ data: chart.data, x: LEFT, y, w: (chart.width / PX_PER_INCH) * scale, h: (chart.height / PX_PER_INCH) * scale, altText: chart.description, objectName: 'Chart' });
  };
  if (chart?.kind === 'qr') {
    const side = chart.width / PX_PER_INCH;
    page.addImage({ data: chart.data, x: W - LEFT - side, y: BOTTOM - side, w: side, h: side, altText: chart.description, objectName: 'QR code' });
  }
  switch (slide.kind) {
    case 'title': {
      box('Title', [line(slide.title, { size: SIZES.h1, bold: true })], { y: 1.0, h: 1.5 }, { valign: 'bottom' });
      let y = 2.6;
      if (slide.subtitle) {
        box('Subtitle', [line(slide.subtitle, { size: SIZES.subtitle, color: c.muted })], { y, h: 0.5 });
        y += 0.6;
      }
      for (const speaker of slide.speakers) {
        box('Speaker', [{ parts: [{ text: speaker.name, size: SIZES.speaker }, ...(speaker.role ? [{ text: `  ${speaker.role}`, size: SIZES.role, color: c.muted }] : [])] }], { y, h: 0.45 });
        y += 0.5;
      }
      const event = [slide.event, slide.date].filter(Boolean).join(' · ');
      if (event) box('Event', [line(event, { size: SIZES.event, color: c.muted })], { y: y + 0.1, h: 0.4 });
      return;
    }
    case 'agenda':
      box('Title', [line(slide.title, { size: SIZES.h2, bold: true })], { y: 0.4, h: 0.8 });
      box('Agenda', slide.items.map((item) => ({ parts: [{ text: item.title, size: SIZES.agenda }], bullet: 'number' })), { y: 1.3, h: chart?.kind === 'chart' ? 2.3 : 3.9, x: LEFT + 0.1, w: WIDTH - 0.1 });
      picture(3.7, BOTTOM);
      return;
    case 'section':
      if (chart?.kind === 'chart') {
        box('Number', [line(String(slide.number), { size: SIZES.sectionNumber, bold: true, color: c.accent })], { y: 0.4, h: 0.6 }, { valign: 'bottom' });
        box('Title', [line(slide.title, { size: SIZES.sectionTitle, bold: true })], { y: 1.05, h: 1.2 });
        picture(2.4, BOTTOM);
        return;
      }
      box('Number', [line(String(slide.number), { size: SIZES.sectionNumber, bold: true, color: c.accent })], { y: 1.2, h: 0.8 }, { valign: 'bottom' });
      box('Title', [line(slide.title, { size: SIZES.sectionTitle, bold: true })], { y: 2.05, h: 2.2 });
      return;
    case 'quote': {
      const q = slide.quote;
      const size = SIZES.quote[quoteLength(q.text)];
      // The attribution follows the quote, as in the deck, rather than waiting at the slide's foot.
      const height = Math.min(3.1, Math.max(0.8, textHeight(q.text, size, WIDTH - 0.3)));
      box('Topic', [line(slide.topicTitle, { size: SIZES.kicker, bold: true, color: c.accent })], { y: 0.45, h: 0.4 }, { charSpacing: 1 });
      page.addText('', { objectName: 'Quote rule', x: LEFT, y: 1.1, w: 0.05, h: height - 0.1, fill: { color: c.accent } });
      box('Quote', [line(q.text, { size, bold: true, role: 'serif' })], { y: 1.05, h: height, x: LEFT + 0.3, w: WIDTH - 0.3 });
      if (q.speaker !== UNKNOWN_SPEAKER) {
        box('Attribution', [{ parts: [{ text: '— ', color: c.muted }, { text: q.speaker }, ...(slide.role ? [{ text: `  ${slide.role}`, color: c.muted, size: SIZES.caption * 0.75 }] : [])].map((p) => ({ size: SIZES.caption, ...p })) }], { y: 1.05 + height + 0.3, h: 0.5, x: LEFT + 0.3, w: WIDTH - 0.3 });
      }
      return;
    }
    case 'summary':
      box('Title', [line(slide.title, { size: SIZES.h2, bold: true })], { y: 0.4, h: 0.8 });
      box('Points', slide.points.map((point) => ({ parts: [{ text: point, size: SIZES.points }], bullet: 'bullet' })), { y: 1.3, h: chart?.kind === 'chart' ? 2.4 : 3.9, x: LEFT + 0.1, w: WIDTH - 0.1 });
      picture(3.85, BOTTOM);
      return;
    case 'source':
      box('Title', [line(slide.title, { size: SIZES.h2, bold: true })], { y: 0.4, h: 0.8 });
      box('Source', slide.lines.map((l) => line(l, { size: SIZES.source, color: c.muted })), { y: 1.3, h: 3.9, w: chart?.kind === 'qr' ? WIDTH - 1.5 : WIDTH });
      return;
    case 'authored': {
      const blocks = authoredBlocks(slide.html);
      const heading = blocks.findIndex((b) => b.heading);
      if (heading >= 0) box('Title', [line(blocks[heading]!.text, { size: SIZES.h2, bold: true })], { y: 0.4, h: 0.8 });
      const body = blocks.filter((_, i) => i !== heading);
      if (body.length) box('Text', body.map((b) => ({ ...line(b.text, { size: b.heading ? SIZES.text * 1.1 : SIZES.text, bold: b.heading }), ...(b.item ? { bullet: 'bullet' as const } : {}) })), { y: 1.3, h: 3.9 });
      return;
    }
  }
}

/**
 * About how tall a text set at `size` points is in a box `width` inches wide, at the deck's line
 * height of 1.5: a CJK character is an em wide, any other about half, and lines lose a tenth to
 * breaking between words. An estimate for the layout only; the box also shrinks text to fit.
 */
function textHeight(text: string, size: number, width: number): number {
  const ems = [...text].reduce((sum, ch) => sum + (CJK_TEXT.test(ch) ? 1 : 0.55), 0);
  const lines = Math.ceil((ems * size * 1.1) / (width * 72));
  return (lines * size * 1.5) / 72;
}

/** Paragraphs as pptxgenjs runs: each part cut by script (runs.ts), a paragraph's last run ending its line. */
function textProps(paragraphs: Paragraph[], lang: string, c: PptxColours): PptxGenJS.TextProps[] {
  return paragraphs.flatMap((paragraph, pi) => {
    const runs = paragraph.parts.flatMap((part) =>
      part.text.split('\n').flatMap((piece, li) =>
        scriptRuns(piece, lang, part.role ?? 'sans').map((run, ri) => ({
          text: run.text,
          options: {
            lang: run.lang,
            fontFace: run.fontFace,
            color: part.color ?? c.fg,
            ...(part.size ? { fontSize: part.size } : {}),
            ...(part.bold ? { bold: true } : {}),
            ...(li > 0 && ri === 0 ? { softBreakBefore: true } : {}),
          } as PptxGenJS.TextPropsOptions,
        })),
      ),
    );
    // pptxgenjs starts a paragraph at each run with a bullet: only the first run carries it.
    if (paragraph.bullet && runs[0]) runs[0].options.bullet = paragraph.bullet === 'number' ? { type: 'number' } : { code: '2022' };
    if (pi < paragraphs.length - 1 && runs.length) runs.at(-1)!.options.breakLine = true;
    return runs;
  });
}

/** The presenter's Markdown slide (HTML made by marked from their own file) as blocks of plain text. */
function authoredBlocks(html: string): Array<{ text: string; heading: boolean; item: boolean }> {
  const blocks = [...html.matchAll(/<(h[1-6]|p|li|pre|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({
    text: decodeHTML(m[2]!.replace(/<[^>]+>/g, '')).trim(),
    heading: /^h/.test(m[1]!),
    item: m[1] === 'li',
  }));
  const found = blocks.filter((b) => b.text);
  if (found.length) return found;
  const text = decodeHTML(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
  return text ? [{ text, heading: false, item: false }] : [];
}
