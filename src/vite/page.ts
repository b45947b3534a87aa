import { escapeHtml } from '../pipeline/text/html.ts';
import { formatDiagnostic } from '../pipeline/diagnostics.ts';
import type { LoadedDeck } from '../io/load-deck.ts';
import { controlWords } from '../pipeline/compose/deck-words.ts';
import { CONFIG_ELEMENT_ID, type ClientConfig } from '../shared/page-config.ts';

/** Where index.html receives the slides. */
export const SLIDES_PLACEHOLDER = '<!--transcript-deck:slides-->';
export interface DeckPageParts {
  slides: string;
  config: ClientConfig;
  configScript: string;
  title: string;
  titleHtml: string;
  lang: string;
}

/** The page's parts for a loaded deck; a deck that could not be built shows its problems as a slide. */
export function deckPageParts(deck: LoadedDeck): DeckPageParts {
  const output = deck.output;
  const title = output?.deck.meta.title ?? deck.manifest?.title ?? 'transcript-deck';
  const lang = output?.deck.meta.lang ?? 'en';
  const config: ClientConfig = { totalTime: (output?.deck.meta.durationMinutes ?? 20) * 60, lang, title, theme: deck.manifest?.theme ?? 'light', words: controlWords(lang), ...(output?.deck.media ? { media: output.deck.media } : {}) };
  const errors = deck.diagnostics.filter((d) => d.severity === 'error');
  const slides = output && errors.length === 0
    ? output.html
    : `<section id="problems" class="td-problems"><h2>The deck could not be built</h2><pre>${escapeHtml(errors.map(formatDiagnostic).join('\n'))}</pre></section>`;
  // A JSON data block is never executed; `<` is escaped so no text can close the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return {
    slides,
    config,
    configScript: `<script type="application/json" id="${CONFIG_ELEMENT_ID}">${json}</script>`,
    title,
    titleHtml: escapeHtml(title),
    lang,
  };
}
