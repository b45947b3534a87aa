import type { ControlWords } from '../pipeline/compose/deck-words.ts';

/*
 * reveal.js's notes plugin writes its speaker view into the popup as a fixed English page. Its
 * labels are static elements and one layout menu, so we rewrite their text in the deck's language
 * once the page is written, keeping its script (timer, pacing, layouts) as it is.
 */

export function translateSpeakerView(popup: Window, words: ControlWords): void {
  let doc: Document;
  try {
    doc = popup.document;
  } catch {
    return;
  }
  doc.documentElement.lang = words.language;
  const setText = (selector: string, text: string): void => {
    const element = doc.querySelector(selector);
    if (!element) return;
    const textNode = [...element.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue?.trim());
    if (textNode) textNode.nodeValue = `${text} `;
    else element.textContent = text;
  };
  setText('#connection-status', words.loading);
  setText('#upcoming-slide .label', words.upcoming);
  setText('.speaker-controls-time > .label:not(.pacing-title)', words.time);
  setText('.speaker-controls-time .reset-button', words.clickToReset);
  setText('.speaker-controls-time .pacing-title', words.pacing);
  setText('.speaker-controls-notes .label', words.notes);
  const dropdown = doc.querySelector<HTMLSelectElement>('.speaker-layout-dropdown');
  const label = doc.querySelector<HTMLElement>('.speaker-layout-label');
  const layoutName = (id: string): string => words.layouts[id as keyof ControlWords['layouts']] ?? id;
  const showLayout = (): void => {
    if (label && dropdown) label.textContent = `${words.layout}: ${layoutName(dropdown.value)}`;
  };
  for (const option of dropdown?.options ?? []) option.textContent = layoutName(option.value);
  showLayout();
  // The view's own script writes `Layout: …` in English when the choice changes; write after it.
  dropdown?.addEventListener('change', () => setTimeout(showLayout, 0));
}
