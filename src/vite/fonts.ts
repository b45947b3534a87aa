/** The deck-fonts plugin, at the path bench/build-child.ts loads it from; the parts are in ./fonts/. */
export { deckFonts, type DeckFontsOptions } from './fonts/plugin.ts';
