import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import { TextMemo } from '../../pipeline/text/text-memo.ts';
import type { TranscriptDeckApi } from '../plugin.ts';
import { FONT_STYLE_ID, fontFaceCss, unicodeRangeOf, type FaceRule } from './css.ts';
import { DECK_FACES, familyName, fontCovers, loadFontReader, resolveFace, type FaceSpec } from './faces.ts';
import { hasCjk, htmlText, pageLang, quoteText } from './page-text.ts';
import { planFaces, scriptOrder, scriptRanks, type PlannedFace } from './plan.ts';
import { subsetWoff2 } from './subset-cache.ts';

export interface DeckFontsOptions {
  faces?: readonly FaceSpec[];
  /** Where subset results are kept between builds. @defaultValue `TRANSCRIPT_DECK_FONT_CACHE` or `node_modules/.cache/transcript-deck/fonts` */
  cacheDir?: string;
}


/**
 * Vite plugin: puts a `<style id="td-fonts">` with the deck's `@font-face` rules into every page,
 * chosen by the page's `lang` ({@link scriptOrder}, {@link planFaces}). In a build it runs on the
 * finished page (a normal-order `transformIndexHtml`, after the slides are in), emits one WOFF2
 * asset per face, preloads the faces of the deck's own script (`font-display: block` holds the
 * first slide until they are in, so the browser should ask for them before it meets the CSS) and
 * lets Vite write the asset URLs.
 */
export function deckFonts(options: DeckFontsOptions = {}): Plugin {
  const faces = options.faces ?? DECK_FACES;
  let config: ResolvedConfig;
  const warned = new Set<string>();
  const warnOnce = (message: string): void => {
    if (warned.has(message)) return;
    warned.add(message);
    config.logger.warn(message);
  };
  const located = (): { face: FaceSpec; file: string }[] =>
    faces.flatMap((face) => {
      const file = resolveFace(face, config.root);
      if (file) return [{ face, file }];
      warnOnce(`transcript-deck: font package ${face.pkg} is not installed (${face.file}); ${face.role} ${face.weight} of that script falls back to the system's fonts`);
      return [];
    });
  const styleTag = (rules: FaceRule[]): HtmlTagDescriptor => ({
    tag: 'style',
    attrs: { id: FONT_STYLE_ID },
    children: fontFaceCss(rules),
    injectTo: 'head',
  });

  // The environment variable lets the benchmark time a cold `transcript-deck build` without emptying the project's cache.
  const cacheDirOf = (): string => options.cacheDir ?? process.env['TRANSCRIPT_DECK_FONT_CACHE'] ?? join(config.root, 'node_modules', '.cache', 'transcript-deck', 'fonts');
  /** The faces a page needs and their characters. */
  const planPage = (html: string): PlannedFace[] => {
    const text = htmlText(html);
    if (text.trim() === '') return [];
    const found = located();
    if (found.length === 0) return [];
    return planFaces(found, scriptOrder(pageLang(html), [...text].filter(hasCjk).join('')), { all: text, quotes: quoteText(html) }, fontCovers);
  };
  // The page's plan is asked for twice a build (at the start, from the deck's page, and by the page
  // hook, from the page as Vite has it by then) and again by each rebuild of an unchanged deck:
  // remember them (a page is tens of kilobytes: a million characters hold a dozen).
  const plans = new TextMemo<PlannedFace[]>(1_000_000);
  const plan = (html: string): PlannedFace[] => plans.get(html, planPage);

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
      try {
        await loadFontReader();
        for (const entry of plan(deck.page(readFileSync(template, 'utf8')))) subsetWoff2(entry.file, entry.chars, cacheDirOf()).catch(() => undefined);
      } catch {
        // The page hook reports what went wrong.
      }
    },
    transformIndexHtml: {
      async handler(html) {
        if (config.command === 'serve') {
          const text = htmlText(html);
          const found = located();
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
          return { html, tags: [styleTag(rules)] };
        }
        const cacheDir = cacheDirOf();
        let planned: PlannedFace[];
        try {
          await loadFontReader();
          planned = plan(html);
        } catch (error) {
          warnOnce(`transcript-deck: could not read the fonts' character maps (${(error as Error).message}); the deck falls back to the system's fonts`);
          return undefined;
        }
        if (planned.length === 0) return undefined;
        // All faces at once: the WOFF2 encoding runs on libuv's threads, beside each other.
        const results = await Promise.all(
          planned.map(async (entry) => {
            try {
              return { entry, result: await subsetWoff2(entry.file, entry.chars, cacheDir) };
            } catch (error) {
              warnOnce(`transcript-deck: could not subset ${entry.file} (${(error as Error).message}); ${entry.family} falls back to the system's fonts`);
              return undefined;
            }
          }),
        );
        const rules: FaceRule[] = [];
        const tags: HtmlTagDescriptor[] = [];
        for (const done of results) {
          if (!done) continue;
          const { entry, result } = done;
          // In a build this hook runs inside vite:build-html's generateBundle, whose context can emit
          // files; Vite turns the placeholder into the asset's URL after the hook.
          const emitter = this as unknown as { emitFile(file: { type: 'asset'; name: string; source: Uint8Array }): string };
          const url = `__VITE_ASSET__${emitter.emitFile({ type: 'asset', name: `${entry.face.name}.woff2`, source: result.woff2 })}__`;
          rules.push({ family: entry.family, weight: entry.face.weight, url, format: 'woff2', ...unicodeRangeOf(entry.ranges) });
          if (entry.family === familyName(entry.face.role, 0)) {
            tags.push({ tag: 'link', attrs: { rel: 'preload', href: url, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head-prepend' });
          }
          config.logger.info(
            `transcript-deck: font ${entry.family} ${entry.face.weight} (${entry.face.pkg}): ${[...entry.chars].length} characters, ${(result.woff2.length / 1024).toFixed(1)} KiB woff2, ${result.cached === 'memory' && result.cutMs !== undefined ? 'subset beside the bundling' : result.cached ? `cached (${result.cached})` : 'subset'} in ${Math.round(result.cached === 'memory' && result.cutMs !== undefined ? result.cutMs : result.ms)} ms`,
          );
        }
        return rules.length > 0 ? { html, tags: [...tags, styleTag(rules)] } : undefined;
      },
    },
  };
  return plugin;
}
