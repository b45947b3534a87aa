/*
 * Notes laid out on pages of a fixed height before printing, as a typesetter would, because
 * Chromium's own page breaks cannot be seen from the page (so no running header can say whose
 * notes a page holds) and Chromium leaves a speaker's label alone at a page's foot.
 *
 * The content is poured into a page's body; what overflows its foot moves to a new page, cut
 * between blocks or, inside a paragraph, between lines, at a character the DOM already has (no
 * text is added or lost: the paragraph's two halves are the one paragraph's nodes, split). The
 * rules come from the CSS of what is cut: `orphans` and `widows` (lines a paragraph keeps at a
 * page's foot and head), `break-after: avoid` (a label or heading goes with what follows it) and
 * `break-inside: avoid` (kept whole when it fits a page). A flow whose last page would hold a line
 * or two is set again slightly tighter to fit one page fewer, or else balanced so that its last
 * page takes a few lines from the page before.
 */

import { firstIndexWhere } from '../shared/sorted-search.ts';

/** A page to pour into: `page` has its final, fixed height; blocks go into `body`, whose bottom is the limit. */
export interface PageFrame {
  page: HTMLElement;
  body: HTMLElement;
  /** The page shows more than its body (a handout's slide above the notes): its body may stay empty. */
  carriesMore?: boolean;
}

export interface FlowOptions {
  /** Creates the next page (the first one too), already in the document, after the pages before it. */
  newPage(index: number): PageFrame;
  /** Font-size factors to try, in order, when the last page would be short. */
  tighter?: readonly number[];
  /** A last page with fewer lines than this is short. @defaultValue 3 */
  minLines?: number;
}

/** Added to the second half of a block cut between pages. */
export const CONTINUED_CLASS = 'td-print-cont';

const DEFAULT_TIGHTER = [0.96, 0.92, 0.88];

/**
 * Pours the child nodes of `content` into pages made by `options.newPage`; returns the pages.
 * Tightening sets `--td-flow-scale` on each page: the body's font size should be multiplied by it.
 */
export function flowIntoPages(content: HTMLElement, options: FlowOptions): PageFrame[] {
  const minLines = options.minLines ?? 3;
  const attempt = (scale: number, shorten?: { page: number; by: number }): PageFrame[] => pour(content.cloneNode(true) as HTMLElement, options.newPage, scale, shorten);
  const discard = (pages: PageFrame[]): void => pages.forEach((p) => p.page.remove());

  let pages = attempt(1);
  const short = (list: PageFrame[]): boolean => list.length > 1 && linesIn(list.at(-1)!.body) < minLines;
  if (!short(pages)) return pages;
  const loose = pages.length;
  const wanted = minLines - linesIn(pages.at(-1)!.body);
  const pitch = linePitch(pages.at(-1)!.body);
  for (const scale of options.tighter ?? DEFAULT_TIGHTER) {
    discard(pages);
    pages = attempt(scale);
    if (pages.length < loose && !short(pages)) return pages;
  }
  // No tighter setting saves the page: the last page takes lines of the page before instead.
  discard(pages);
  pages = attempt(1, { page: loose - 2, by: wanted * pitch });
  return pages;
}

/** One pass: everything into the first page, then what overflows its foot into the next, and so on. */
function pour(content: HTMLElement, newPage: FlowOptions['newPage'], scale: number, shorten?: { page: number; by: number }): PageFrame[] {
  const pages: PageFrame[] = [];
  const open = (): PageFrame => {
    const frame = newPage(pages.length);
    frame.page.style.setProperty('--td-flow-scale', String(scale));
    pages.push(frame);
    return frame;
  };
  let frame = open();
  frame.body.append(...content.childNodes);
  for (;;) {
    const limit = bodyBottom(frame.body) - (shorten?.page === pages.length - 1 ? shorten.by : 0);
    let rest = cut(frame.body, limit, false);
    if (rest && !frame.carriesMore && !hasContent(frame.body)) {
      // Nothing would stay on this page: cut the first block wherever it must be.
      frame.body.append(rest);
      rest = cut(frame.body, limit, true);
    }
    if (!rest) break;
    if (!hasContent(rest)) {
      frame.body.append(rest);
      break;
    }
    frame = open();
    frame.body.append(rest);
  }
  return pages;
}

/** The bottom of a page body's content box, in client coordinates. */
function bodyBottom(body: HTMLElement): number {
  return body.getBoundingClientRect().bottom - parseFloat(getComputedStyle(body).paddingBottom || '0');
}

const hasContent = (node: Node): boolean =>
  (node.textContent ?? '').trim() !== '' || ((node instanceof Element || node instanceof DocumentFragment) && node.querySelector('img, svg, video, canvas') !== null);

const blockChildren = (el: Element): HTMLElement[] =>
  [...el.children].filter((c): c is HTMLElement => c instanceof HTMLElement && !['inline', 'contents', 'none'].includes(getComputedStyle(c).display));

/** An element laid out as a box of blocks (a turn, a list) rather than as lines of text (a paragraph). */
const isContainer = (el: HTMLElement): boolean => blockChildren(el).length > 0 && [...el.childNodes].every((n) => !(n instanceof Text) || n.data.trim() === '');

const keepsWithNext = (el: Element): boolean => /avoid/.test(getComputedStyle(el).breakAfter);
const keepsWhole = (el: Element): boolean => /avoid/.test(getComputedStyle(el).breakInside);

/**
 * Cuts `container` at `limit`: what overflows is taken out of it and returned (null when all of it
 * fits). With `force`, the first block is cut wherever it must be, or left to overflow when it
 * cannot be cut, so that every page holds something.
 */
function cut(container: HTMLElement, limit: number, force: boolean): DocumentFragment | null {
  const children = blockChildren(container);
  const i = children.findIndex((child) => child.getBoundingClientRect().bottom > limit + 0.5);
  if (i < 0) return null;
  const child = children[i]!;
  const rest = document.createDocumentFragment();
  const half = splitBlock(child, limit, force && i === 0);
  if (half) rest.append(half);
  else if (!(force && i === 0)) rest.append(child);
  rest.append(...children.slice(i + 1));
  // A label or heading left last on the page goes with what follows it.
  if (!half) for (let j = i - 1; j >= 0 && keepsWithNext(children[j]!); j--) rest.prepend(children[j]!);
  return rest.childNodes.length > 0 ? rest : null;
}

/**
 * Cuts one overflowing block: returns its second half (a shallow copy of it holding what moves),
 * or undefined when the block must move whole. A paragraph keeps `orphans` lines at least and
 * leaves `widows` lines at least; a container is cut among its own blocks.
 */
function splitBlock(block: HTMLElement, limit: number, force: boolean): HTMLElement | undefined {
  if (keepsWhole(block) && !force) return undefined;
  if (isContainer(block)) {
    const inner = cut(block, limit, force);
    if (!inner || !hasContent(inner)) return undefined;
    if (blockChildren(block).length === 0 || !hasContent(block)) {
      block.append(inner);
      return undefined;
    }
    const second = continuation(block);
    if (block instanceof HTMLOListElement) (second as HTMLOListElement).start = block.start + block.querySelectorAll(':scope > li:not(.td-print-cont)').length;
    second.append(inner);
    return second;
  }
  const lines = lineBoxes(block);
  const fit = lines.filter((l) => l.bottom <= limit + 0.5).length;
  if (fit >= lines.length) return undefined;
  const style = getComputedStyle(block);
  const orphans = Number(style.orphans) || 2;
  const widows = Number(style.widows) || 2;
  let keep = fit;
  if (!force) {
    if (lines.length - keep < widows) keep = lines.length - widows;
    if (keep < orphans) keep = 0;
  } else keep = Math.max(keep, 1);
  if (keep <= 0 || keep >= lines.length) return undefined;
  const at = firstPositionBelow(block, lines[keep - 1]!.bottom);
  if (!at) return undefined;
  const range = document.createRange();
  range.setStart(at.node, at.offset);
  range.setEnd(block, block.childNodes.length);
  const second = continuation(block);
  second.append(range.extractContents());
  return second;
}

/** An empty copy of `block` for its second half: no id, and marked as going on from the page before. */
function continuation(block: HTMLElement): HTMLElement {
  const copy = block.cloneNode(false) as HTMLElement;
  copy.removeAttribute('id');
  // `td-note-cont` marks a piece going on from the slide before (an ellipsis); this piece goes on from the page before.
  copy.classList.remove('td-note-cont');
  copy.classList.add(CONTINUED_CLASS);
  return copy;
}

interface LineBox {
  top: number;
  bottom: number;
}

/** The lines a block of text is set in, top to bottom. */
function lineBoxes(block: Element): LineBox[] {
  const range = document.createRange();
  range.selectNodeContents(block);
  const rects = [...range.getClientRects()].filter((r) => r.height > 0).sort((a, b) => a.top - b.top);
  const lines: LineBox[] = [];
  for (const rect of rects) {
    const middle = (rect.top + rect.bottom) / 2;
    const line = lines.find((l) => middle >= l.top && middle <= l.bottom);
    if (line) {
      line.top = Math.min(line.top, rect.top);
      line.bottom = Math.max(line.bottom, rect.bottom);
    } else lines.push({ top: rect.top, bottom: rect.bottom });
  }
  return lines.sort((a, b) => a.top - b.top);
}

/** Lines of text in a page body (each paragraph's lines). */
function linesIn(body: HTMLElement): number {
  const leaves = [...body.querySelectorAll<HTMLElement>('*')].filter((el) => !isContainer(el) && blockChildren(el.parentElement!).includes(el));
  return leaves.reduce((n, leaf) => n + lineBoxes(leaf).length, 0);
}

function linePitch(body: HTMLElement): number {
  const leaf = [...body.querySelectorAll<HTMLElement>('p, li')].at(-1) ?? body;
  const height = parseFloat(getComputedStyle(leaf).lineHeight);
  return Number.isFinite(height) ? height : parseFloat(getComputedStyle(leaf).fontSize) * 1.5;
}

/** The first character of `block` set below `y` (its middle lower than `y`), as a DOM position. */
function firstPositionBelow(block: Element, y: number): { node: Text; offset: number } | undefined {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const starts: number[] = [];
  let total = 0;
  for (const t of texts) {
    starts.push(total);
    total += t.data.length;
  }
  const position = (g: number): { node: Text; offset: number } => {
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > g) k--;
    return { node: texts[k]!, offset: g - starts[k]! };
  };
  const range = document.createRange();
  /** Middle of the first character at or after g that is drawn (collapsed white space is not). */
  const middle = (g: number): number => {
    for (let h = g; h < total; h++) {
      const { node, offset } = position(h);
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const rect = [...range.getClientRects()].find((r) => r.height > 0 && r.width > 0);
      if (rect) return (rect.top + rect.bottom) / 2;
    }
    return Infinity;
  };
  const first = firstIndexWhere(0, total, (g) => middle(g) > y);
  return first < total ? position(first) : undefined;
}
