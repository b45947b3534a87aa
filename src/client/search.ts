import type { RevealApi } from 'reveal.js';
import { words } from './deck-config.ts';
import { largeDeckActive, slideBody } from './large-deck.ts';

/*
 * Find text in the deck (Ctrl/⌘ + Shift + F). Replaces reveal.js's search plugin, which puts raw
 * input into a RegExp (`(` throws), unwraps every `<em>` in the page when clearing, and searches on
 * the Enter that confirms an input-method composition. Here: plain substring matching, no DOM
 * changes (CSS Custom Highlight API), and Enter during composition is ignored.
 */

export const Search = {
  id: 'td-search',
  init(deck: RevealApi): void {
    const box = document.createElement('div');
    box.className = 'td-search';
    box.hidden = true;
    box.innerHTML = '<input type="search" /><span class="td-search-count" aria-live="polite"></span>';
    document.body.append(box);
    const input = box.querySelector('input')!;
    input.setAttribute('aria-label', words.searchLabel);
    input.placeholder = words.searchPlaceholder;
    const count = box.querySelector<HTMLElement>('.td-search-count')!;
    let matches: Array<{ slide: HTMLElement; range: AbstractRange }> = [];
    let current = -1;

    const run = (): void => {
      const query = foldCase(input.value.trim());
      matches = query === '' ? [] : findAll(query);
      current = -1;
      const highlights = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
      const HighlightClass = (window as unknown as { Highlight?: new (...r: AbstractRange[]) => unknown }).Highlight;
      if (highlights && HighlightClass) {
        if (matches.length > 0) highlights.set('td-search', new HighlightClass(...matches.map((m) => m.range)));
        else highlights.delete('td-search');
      }
      count.textContent = query === '' ? '' : `${matches.length}`;
    };
    const next = (): void => {
      if (matches.length === 0) return;
      current = (current + 1) % matches.length;
      const indices = deck.getIndices(matches[current]!.slide);
      deck.slide(indices.h, indices.v);
      count.textContent = `${current + 1}/${matches.length}`;
    };

    input.addEventListener('input', run);
    input.addEventListener('keydown', (event) => {
      // keyCode 229: the key went to an input method (older engines do not set isComposing).
      if (event.isComposing || event.keyCode === 229) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        next();
      } else if (event.key === 'Escape') {
        box.hidden = true;
        input.blur();
      }
    });
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        box.hidden = false;
        input.focus();
        input.select();
      }
    });
  },
};

/**
 * Matches across text nodes too: slide text is split at every `<wbr>` between phrases. In a large
 * deck, a far slide's content waits outside the page (large-deck.ts): it is searched there, and its
 * matches are StaticRanges, which stay on their text when the content moves back into the page
 * (a live Range would collapse).
 */
function findAll(query: string): Array<{ slide: HTMLElement; range: AbstractRange }> {
  const found: Array<{ slide: HTMLElement; range: AbstractRange }> = [];
  const large = largeDeckActive();
  for (const slide of document.querySelectorAll<HTMLElement>('.reveal .slides section:not(.stack)')) {
    const walker = document.createTreeWalker(slideBody(slide), NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest('aside.notes') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Array<{ node: Text; start: number }> = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: text.length });
      text += foldCase(node.nodeValue ?? '');
    }
    const locate = (offset: number, preferNext: boolean): { node: Text; offset: number } => {
      let index = nodes.length - 1;
      for (let i = 0; i < nodes.length; i++) {
        const end = nodes[i]!.start + (nodes[i]!.node.nodeValue ?? '').length;
        if (offset < end || (!preferNext && offset === end)) {
          index = i;
          break;
        }
      }
      return { node: nodes[index]!.node, offset: offset - nodes[index]!.start };
    };
    for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + query.length)) {
      const from = locate(at, true);
      const to = locate(at + query.length, false);
      if (large) {
        found.push({ slide, range: new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset }) });
        continue;
      }
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      found.push({ slide, range });
    }
  }
  return found;
}

/** Case-insensitive for Latin letters without changing any length, so offsets stay true. */
function foldCase(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
