import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { TranscriptDeckApi } from '../plugin.ts';
import { unicodeRangeOf } from './css.ts';
import { cutFaceLine, fontCutter, fontStyleTag, fontTags } from './cut.ts';
import { familyName, loadFontReader, type FaceSpec } from './faces.ts';
import { hasCjk, htmlText, pageLang } from './page-text.ts';
import { scriptOrder, scriptRanks } from './plan.ts';

export interface DeckFontsOptions {
  faces?: readonly FaceSpec[];
  /** Where subset results are kept between builds. @defaultValue `TRANSCRIPT_DECK_FONT_CACHE` or `node_modules/.cache/transcript-deck/fonts` */
  cacheDir?: string;
}

/** Where a build keeps its cut fonts: the environment variable lets the benchmark time a cold build without emptying the project's cache. */
export const fontCacheDir = (root: string, cacheDir?: string): string =>
  cacheDir ?? process.env['TRANSCRIPT_DECK_FONT_CACHE'] ?? join(root, 'node_modules', '.cache', 'transcript-deck', 'fonts');

/**
 * Vite plugin: puts a `<style id="td-fonts">` with the deck's `@font-face` rules into every page,
 * chosen by the page's `lang` (src/vite/fonts/cut.ts). In a build it runs on the finished page (a
 * normal-order `transformIndexHtml`, after the slides are in), emits one WOFF2 asset per face,
 * preloads the faces of the deck's own script and lets Vite write the asset URLs.
 */
export function deckFonts(options: DeckFontsOptions = {}): Plugin {
  let config: ResolvedConfig;
  const fonts = fontCutter({
    ...(options.faces ? { faces: options.faces } : {}),
    root: () => config.root,
    cacheDir: () => fontCacheDir(config.root, options.cacheDir),
    warn: (message) => config.logger.warn(message),
  });

  const plugin: Plugin = {
    name: 'transcript-deck:fonts',
    configResolved(resolved) {
      config = resolved;
      // The character maps' reader, loading while the deck is made (a failure shows in the page hook).
      if (config.command === 'build') loadFontReader().catch(() => undefined);
    },
    async buildStart() {
      // Start cutting the fonts now, from the page the deck will make, so the work runs beside
      // the bundling of the scripts; the page hook below then finds it done or under way.
      if (config.command !== 'build') return;
      const deck = config.plugins.find((p) => p.name === 'transcript-deck')?.api as TranscriptDeckApi | undefined;
      const template = join(config.root, 'index.html');
      if (!deck || !existsSync(template)) return;
      await fonts.start(deck.page(readFileSync(template, 'utf8')));
    },
    transformIndexHtml: {
      async handler(html) {
        if (config.command === 'serve') {
          const text = htmlText(html);
          const found = fonts.located();
          if (found.length === 0) return undefined;
          const order = scriptOrder(pageLang(html), [...text].filter(hasCjk).join(''));
          const ranks = scriptRanks(order);
          // The whole fonts from node_modules, every script in order: nothing to cut, nothing
          // stale after an edit, and the browser fetches a fallback only for a character it needs.
          const rules = order.flatMap((script) =>
            found
              .filter(({ face }) => face.script === script)
              .map(({ face, file }) => ({
                family: familyName(face.role, ranks.get(script)!.rank),
                weight: face.weight,
                url: `/@fs/${file.replace(/\\/g, '/').replace(/^\//, '')}`,
                format: 'truetype' as const,
                ...unicodeRangeOf(ranks.get(script)!.ranges),
              })),
          );
          return { html, tags: [fontStyleTag(rules)] };
        }
        const cut = await fonts.cut(html);
        if (cut.length === 0) return undefined;
        // In a build this hook runs inside vite:build-html's generateBundle, whose context can emit
        // files; Vite turns the placeholder into the asset's URL after the hook.
        const emitter = this as unknown as { emitFile(file: { type: 'asset'; name: string; source: Uint8Array }): string };
        const tags = fontTags(cut, ({ entry, result }) => `__VITE_ASSET__${emitter.emitFile({ type: 'asset', name: `${entry.face.name}.woff2`, source: result.woff2 })}__`);
        for (const face of cut) config.logger.info(cutFaceLine(face));
        return { html, tags };
      },
    },
  };
  return plugin;
}
