import { escapeHtml } from '../text/html.ts';

/** A speaker's mark over their colour, so neighbours differ in greyscale print too. */
export type Texture = 'solid' | 'hatch' | 'stripes';

/** Spacing of the hatching and of the stripes, in chart units. */
const STEP = 8;
const num = (n: number): string => String(Math.round(n * 100) / 100);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The hatching and stripes of one chart, drawn as plain strokes clipped to each speaker's shapes
 * rather than as SVG `<pattern>` fills: Chromium prints every pattern-filled shape as a bitmap of
 * its own (a hearing's conversation map of 200 turns drew 200 of them, most of the PDF's bytes),
 * while strokes and clip paths stay vector.
 */
export class Textures {
  private readonly boxes = new Map<number, { texture: Texture; boxes: Box[] }>();

  constructor(private readonly id: string) {}

  /** Records a shape of `speaker` to be textured; solid speakers need nothing. */
  add(speaker: number, texture: Texture, box: Box): void {
    if (texture === 'solid' || box.width <= 0 || box.height <= 0) return;
    const entry = this.boxes.get(speaker) ?? { texture, boxes: [] };
    entry.boxes.push(box);
    this.boxes.set(speaker, entry);
  }

  /** The clip paths and marks, to be drawn after (over) the solid shapes. */
  svg(): string {
    const out: string[] = [];
    for (const [speaker, { texture, boxes }] of this.boxes) {
      const clipId = `${escapeHtml(this.id)}-t${speaker}`;
      const outline = boxes.map((b) => `M${num(b.x)} ${num(b.y)}h${num(b.width)}v${num(b.height)}h${num(-b.width)}z`).join('');
      const left = Math.min(...boxes.map((b) => b.x));
      const right = Math.max(...boxes.map((b) => b.x + b.width));
      const top = Math.min(...boxes.map((b) => b.y));
      const bottom = Math.max(...boxes.map((b) => b.y + b.height));
      const marks = texture === 'hatch' ? hatching(left, right, top, bottom) : stripes(left, right, top, bottom);
      out.push(`<clipPath id="${clipId}"><path d="${outline}"/></clipPath><g clip-path="url(#${clipId})" class="td-chart-texture" aria-hidden="true" pointer-events="none">${marks}</g>`);
    }
    return out.join('');
  }
}

/** Lines at 45°, `STEP` apart, cut to the box (so no mark reaches past the chart, clipped or not). */
function hatching(left: number, right: number, top: number, bottom: number): string {
  const height = bottom - top;
  let d = '';
  for (let x = left - height; x <= right; x += STEP * Math.SQRT2) {
    // The line from (x, bottom) up to (x + height, top), less what lies left or right of the box.
    const from = Math.max(0, left - x);
    const to = Math.min(height, right - x);
    if (to <= from) continue;
    d += `M${num(x + from)} ${num(bottom - from)}L${num(x + to)} ${num(bottom - to)}`;
  }
  return `<path d="${d}" class="td-chart-mark" stroke="#fff" stroke-width="2.1" fill="none"/>`;
}

/**
 * Level lines, `STEP` apart, across the box: they tell apart from the hatching in greyscale, and cost
 * little (dots drawn as dashes printed 40 times the bytes).
 */
function stripes(left: number, right: number, top: number, bottom: number): string {
  let d = '';
  for (let y = top + STEP / 2; y < bottom; y += STEP) d += `M${num(left)} ${num(y)}H${num(right)}`;
  return `<path d="${d}" class="td-chart-mark" stroke="#fff" stroke-width="2.4" fill="none"/>`;
}
