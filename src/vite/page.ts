import { escapeHtml } from '../pipeline/text/html.ts';
import { formatDiagnostic } from '../pipeline/diagnostics.ts';
import type { LoadedDeck } from '../io/load-deck.ts';
import { controlWords } from '../pipeline/compose/deck-words.ts';
import { CONFIG_ELEMENT_ID, type ClientConfig } from '../shared/page-config.ts';
import { presentBuildFromEnv, type PresentBuild } from '../shared/follow.ts';
import { render } from '../pipeline/render/render.ts';
import { chooseScript, convertDeckScript } from '../pipeline/text/script.ts';
import type { Deck } from '../pipeline/types.ts';

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
export function deckPageParts(deck: LoadedDeck, present: PresentBuild | undefined = presentBuildFromEnv(process.env)): DeckPageParts {
  const output = deck.output;
  const shown = output && present ? presentedDeck(output.deck, present) : output?.deck;
  const title = shown?.meta.title ?? deck.manifest?.title ?? 'transcript-deck';
  const lang = shown?.meta.lang ?? 'en';
  const config: ClientConfig = {
    totalTime: (output?.deck.meta.durationMinutes ?? 20) * 60,
    lang,
    title,
    theme: deck.manifest?.theme ?? 'light',
    words: controlWords(lang),
    ...(output?.deck.media ? { media: output.deck.media } : {}),
    ...(present ? { follow: { role: present.role, socketOrigin: present.socketOrigin, ...(present.scripts ? { scripts: present.scripts } : {}) } } : {}),
  };
  const errors = deck.diagnostics.filter((d) => d.severity === 'error');
  const slides = output && shown && errors.length === 0
    ? present ? render(shown, { notes: present.role === 'presenter', followAlong: present.audienceUrl }) : output.html
    : `<section id="problems" class="td-problems"><h2>The deck could not be built</h2><pre>${escapeHtml(errors.map(formatDiagnostic).join('\n'))}</pre></section>`;
  // A JSON data block is never executed; `<` is escaped so no text can close the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c').replace(ENV_PLACEHOLDER, '\\u0025');
  return {
    slides: slides.replace(ENV_PLACEHOLDER, '&#37;'),
    config,
    configScript: `<script type="application/json" id="${CONFIG_ELEMENT_ID}">${json}</script>`,
    title,
    titleHtml: escapeHtml(title).replace(ENV_PLACEHOLDER, '&#37;'),
    lang,
  };
}

/**
 * The `%` that opens a `%NAME%`: Vite's HTML transform puts its env values (`%MODE%`, `%PROD%`,
 * `%BASE_URL%`, `%VITE_…%`) in their place in the page, after our plugin has filled it, so a
 * speaker who said "%MODE%" would read "production". Written as a character reference (`&#37;`,
 * `\u0025` in JSON) it reads the same and is no placeholder. The slides hold no `<style>` or
 * `<script>` text, where a reference would not be read.
 */
const ENV_PLACEHOLDER = /%(?=[A-Za-z_][A-Za-z0-9_]*%)/g;

/** The deck as a present build shows it: an audience copy in another script is converted here, at build time. */
function presentedDeck(deck: Deck, present: PresentBuild): Deck {
  if (!present.script || deck.meta.lang.startsWith(present.script)) return deck;
  return convertDeckScript(deck, chooseScript(present.script === 'zh-Hans' ? 'simplified' : 'taiwan', deck.meta.lang));
}
