/*
 * The deck's pictures as inline SVG, drawn at build time (no chart code runs in the browser).
 * Colours come from the Okabe–Ito palette, safe for colour-blind viewers; each speaker also gets a
 * texture (solid, hatched, striped: texture.ts) so neighbours differ in greyscale print too. Text and rules
 * take the theme's colours through classes (theme.css: --td-fg, --td-muted, --td-accent, --td-rule),
 * so light and dark themes both work. Every SVG scales to its slide's width (viewBox, width 100%,
 * a max-height in theme.css), has a <title> and <desc> for screen readers, and every piece of
 * text in it goes through escapeHtml.
 */

import { WIDE } from '../text/cjk.ts';
import { escapeHtml } from '../text/html.ts';
import type { ConversationMap, KeyTerm, SpeakerShare } from './data.ts';
import { Textures } from './texture.ts';

/** Okabe & Ito (2008), without black: distinguishable with every common colour-vision deficiency. */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'] as const;
export const PATTERNS = ['solid', 'hatch', 'stripes'] as const;

/** Speaker i's colour and pattern: 21 distinct pairs, and neighbours always differ in pattern. */
export function speakerStyle(index: number): { colour: string; pattern: (typeof PATTERNS)[number] } {
  const i = Math.max(0, index);
  return { colour: OKABE_ITO[i % OKABE_ITO.length]!, pattern: PATTERNS[i % PATTERNS.length]! };
}

export interface ChartLabels {
  title: string;
  desc: string;
}

const WIDTH = 1000;
const num = (n: number): string => String(Math.round(n * 100) / 100);
const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Text cut to about `units` em (wide characters count 1, others 0.6), with `…` when cut. */
export function clip(text: string, units: number): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = WIDE.test(ch) ? 1 : 0.6;
    if (used + w > units) return `${out.trimEnd()}…`;
    used += w;
    out += ch;
  }
  return out;
}

function open(id: string, height: number, className: string, labels: ChartLabels): string {
  return `<svg class="td-chart ${className}" viewBox="0 0 ${WIDTH} ${num(height)}" width="100%" preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="${escapeHtml(id)}-title ${escapeHtml(id)}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${escapeHtml(id)}-title">${escapeHtml(labels.title)}</title>
<desc id="${escapeHtml(id)}-desc">${escapeHtml(labels.desc)}</desc>`;
}

/** A speaker's key swatch: their colour, textured with the chart's other shapes of theirs. */
function swatch(textures: Textures, speaker: number, x: number, y: number): string {
  textures.add(speaker, speakerStyle(speaker).pattern, { x, y, width: 22, height: 22 });
  return `<rect x="${num(x)}" y="${num(y)}" width="22" height="22" fill="${speakerStyle(speaker).colour}" class="td-chart-swatch"/>`;
}

/** Swatch-and-name rows, `columns` to a row, starting at (x, y). */
function legend(textures: Textures, entries: Array<{ speaker: number; text: string }>, x: number, y: number, width: number, columns: number, row = 32): string {
  const column = width / columns;
  const units = (column - 40) / 20;
  return entries
    .map((e, k) => {
      const cx = x + (k % columns) * column;
      const cy = y + Math.floor(k / columns) * row;
      return `<g class="td-chart-key">${swatch(textures, e.speaker, cx, cy)}<text x="${num(cx + 30)}" y="${num(cy + 18)}" class="td-chart-text" font-size="20">${escapeHtml(clip(e.text, units))}</text></g>`;
    })
    .join('');
}

/**
 * The conversation map: one bar along the talk, one segment per topic (`data-topic`, `data-share`)
 * as wide as what was said in it, the turns inside coloured by speaker; topic numbers under it and
 * a key of the speakers below.
 */
export function conversationMapSvg(id: string, map: ConversationMap, labels: ChartLabels): string {
  const total = map.topics.reduce((s, t) => s + t.size, 0);
  const used = [...new Set(map.topics.flatMap((t) => t.turns.map((turn) => turn.speaker)))].sort((a, b) => a - b);
  const columns = 4;
  const height = 100 + Math.ceil(used.length / columns) * 32;
  const parts: string[] = [open(id, height, 'td-chart-map', labels)];
  const textures = new Textures(id);
  let x = 0;
  map.topics.forEach((topic, i) => {
    const share = total > 0 ? topic.size / total : 1 / map.topics.length;
    const width = share * WIDTH;
    let tx = x;
    const turns = topic.turns
      .filter((t) => t.size > 0)
      .map((turn) => {
        const w = topic.size > 0 ? (turn.size / topic.size) * width : 0;
        const rect = `<rect x="${num(tx)}" y="0" width="${num(w)}" height="48" fill="${speakerStyle(turn.speaker).colour}" class="td-chart-turn" data-speaker="${turn.speaker}"/>`;
        textures.add(turn.speaker, speakerStyle(turn.speaker).pattern, { x: tx, y: 0, width: w, height: 48 });
        tx += w;
        return rect;
      })
      .join('');
    parts.push(
      `<g class="td-chart-segment" data-topic="${escapeHtml(topic.topicId)}" data-share="${share.toFixed(4)}"><rect x="${num(x)}" y="0" width="${num(width)}" height="48" class="td-chart-topic" fill="none"/>${turns}</g>`,
    );
    if (i > 0) parts.push(`<line x1="${num(x)}" y1="0" x2="${num(x)}" y2="56" class="td-chart-divider" stroke="#000" stroke-width="4"/>`);
    if (width >= 30) parts.push(`<text x="${num(x + width / 2)}" y="82" text-anchor="middle" class="td-chart-text td-chart-muted" font-size="22">${i + 1}</text>`);
    x += width;
  });
  parts.push(legend(textures, used.map((s) => ({ speaker: s, text: map.speakers[s] ?? '' })), 0, 100, WIDTH, columns));
  parts.push(textures.svg(), '</svg>');
  return parts.join('\n');
}

/**
 * A topic at a glance: its key terms as a weighted list (a bar per term) on the left, each
 * speaker's share of it as one stacked bar with a key on the right.
 */
export function topicSvg(id: string, terms: KeyTerm[], shares: SpeakerShare[], labels: ChartLabels & { terms: string; speakers: string }): string {
  const row = 36;
  const termsHeight = 40 + terms.length * row;
  // Up to three speakers get a row each, so their names fit whole; more share two columns.
  const keyColumns = shares.length <= 3 ? 1 : 2;
  const keyRows = Math.ceil(shares.length / keyColumns);
  const sharesHeight = 100 + keyRows * 28;
  const height = Math.max(termsHeight, sharesHeight);
  const parts: string[] = [open(id, height, 'td-chart-topic', labels)];
  const textures = new Textures(id);
  parts.push(`<text x="0" y="22" class="td-chart-text td-chart-muted" font-size="20">${escapeHtml(clip(labels.terms, 22))}</text>`);
  terms.forEach((t, i) => {
    const y = 40 + i * row;
    const size = Math.round(20 + 6 * t.weight);
    parts.push(
      `<g class="td-chart-term" data-weight="${t.weight}"><text x="0" y="${y + 26}" class="td-chart-text" font-size="${size}">${escapeHtml(clip(t.term, 270 / size))}</text><rect x="300" y="${y + 12}" width="${num(Math.max(4, 180 * t.weight))}" height="14" class="td-chart-bar" fill="#a4361d"/></g>`,
    );
  });
  const left = 540;
  const span = WIDTH - left;
  parts.push(`<text x="${left}" y="22" class="td-chart-text td-chart-muted" font-size="20">${escapeHtml(clip(labels.speakers, 22))}</text>`);
  let x = left;
  for (const s of shares) {
    const w = s.share * span;
    parts.push(`<rect x="${num(x)}" y="36" width="${num(w)}" height="36" fill="${speakerStyle(s.speaker).colour}" class="td-chart-share" data-share="${s.share.toFixed(4)}"/>`);
    textures.add(s.speaker, speakerStyle(s.speaker).pattern, { x, y: 36, width: w, height: 36 });
    x += w;
  }
  parts.push(legend(textures, shares.map((s) => ({ speaker: s.speaker, text: `${percent(s.share)} ${s.name}` })), left, 90, span, keyColumns, 28));
  parts.push(textures.svg(), '</svg>');
  return parts.join('\n');
}
