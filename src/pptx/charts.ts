import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { conversationMapSvg, topicSvg } from '../pipeline/charts/svg.ts';
import { deckWords } from '../pipeline/compose/deck-words.ts';
import { qrSvg } from '../pipeline/compose/qr.ts';
import type { Deck } from '../pipeline/types.ts';
import { launchOptions } from '../io/chromium.ts';
import type { ThemeName } from './theme.ts';

/*
 * The deck's pictures (the agenda's and the overview's conversation map, a section's key terms and
 * speakers' shares, the title and source slides' QR code) as PNG for PowerPoint: the same SVG the
 * deck draws (src/pipeline/charts/, qr.ts),
 * themed by the deck's own stylesheet and rasterised by Chromium at twice the deck's pixel size.
 * Each comes with its description, for the picture's alternative text.
 */

export interface ChartImage {
  /** A chart goes under the slide's text; a QR code in its lower right corner, as in the deck. */
  kind: 'chart' | 'qr';
  /** `data:` URL of the PNG, as pptxgenjs takes it (without the `data:` scheme). */
  data: string;
  /** Size in the deck's CSS pixels (1280 × 720 a slide). */
  width: number;
  height: number;
  description: string;
}

const THEME_CSS = new URL('../client/theme.css', import.meta.url);
/** The width a chart takes on a slide: the text column of the deck (1280 px less its margins). */
const CHART_WIDTH = 1126;

/** The chart of each slide that has one, by slide id. */
export function chartSvgs(deck: Deck): Map<string, { svg: string; description: string; maxHeight: number; kind: ChartImage['kind'] }> {
  const words = deckWords(deck.meta.lang);
  const charts = new Map<string, { svg: string; description: string; maxHeight: number; kind: ChartImage['kind'] }>();
  for (const slide of deck.slides) {
    const map = slide.kind === 'agenda' ? slide.map && { ...slide.map, topics: slide.map.topics.map((m, i) => ({ ...m, title: slide.items[i]?.title ?? m.title })) } : slide.kind === 'summary' ? slide.overview : undefined;
    if (map) {
      const total = map.topics.reduce((s, m) => s + m.size, 0) || 1;
      const description = words.mapDesc(map.topics.map((m) => ({ title: m.title, share: m.size / total })));
      charts.set(slide.id, { svg: conversationMapSvg(`${slide.id}-map`, map, { title: words.mapTitle, desc: description }), description, maxHeight: slide.kind === 'agenda' ? 190 : 170, kind: 'chart' });
    }
    if (slide.kind === 'section' && (slide.terms || slide.shares)) {
      const terms = slide.terms ?? [];
      const shares = slide.shares ?? [];
      const description = words.topicChartDesc(terms.map((k) => k.term), shares);
      const labels = { title: words.topicChartTitle(slide.title), desc: description, terms: words.keyTerms, speakers: words.whoSpoke };
      charts.set(slide.id, { svg: topicSvg(`${slide.id}-chart`, terms, shares, labels), description, maxHeight: 300, kind: 'chart' });
    }
    if ((slide.kind === 'title' || slide.kind === 'source') && slide.url) {
      const description = words.qrLabel(slide.url);
      charts.set(slide.id, { svg: qrSvg(slide.url, description), description, maxHeight: 150, kind: 'qr' });
    }
  }
  return charts;
}

/** Every chart of the deck as a PNG, in one Chromium. */
export async function rasteriseCharts(deck: Deck, theme: ThemeName): Promise<Map<string, ChartImage>> {
  const charts = chartSvgs(deck);
  const images = new Map<string, ChartImage>();
  if (charts.size === 0) return images;
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 });
    const css = readFileSync(THEME_CSS, 'utf8');
    for (const [id, chart] of charts) {
      // The SVG is made by charts/svg.ts, which escapes every piece of transcript text it holds.
      await page.setContent(`<!doctype html><html lang="${deck.meta.lang.replace(/[^\w-]/g, '')}"${theme === 'dark' ? ' data-theme="dark"' : ''}><head><style>${css}
body { margin: 0; background: transparent; } figure { margin: 0; width: ${CHART_WIDTH}px; } .td-chart { max-height: ${chart.maxHeight}px; } .td-qr { position: static; display: block; }</style></head>
<body><figure class="td-chart-figure">${chart.svg}</figure></body></html>`);
      const svg = page.locator('svg').first();
      const box = (await svg.boundingBox())!;
      const png = await svg.screenshot({ omitBackground: true, type: 'png' });
      images.set(id, { kind: chart.kind, data: `image/png;base64,${png.toString('base64')}`, width: box.width, height: box.height, description: chart.description });
    }
  } finally {
    await browser.close();
  }
  return images;
}
