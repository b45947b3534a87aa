import type { HtmlTagDescriptor } from 'vite';
import { TextMemo } from '../../pipeline/text/text-memo.ts';
import { FONT_STYLE_ID, fontFaceCss, unicodeRangeOf, type FaceRule } from './css.ts';
import { DECK_FACES, familyName, fontCovers, loadFontReader, resolveFace, type FaceSpec } from './faces.ts';
import { hasCjk, htmlText, pageLang, quoteText } from './page-text.ts';
import { planFaces, scriptOrder, type PlannedFace } from './plan.ts';
import { subsetWoff2, type SubsetResult } from './subset-cache.ts';

/*
 * The build's fonts for a finished page: which faces it needs, cut to its characters, and the tags
 * that load them. Shared by the Vite plugin (plugin.ts, which emits the files through Vite) and the
 * CLI's build (src/vite/assemble.ts, which names and writes them itself).
 */

export interface FontCutterOptions {
  faces?: readonly FaceSpec[];
  /** The project root the font packages are resolved from. */
  root: () => string;
  /** Where subset results are kept between builds. */
  cacheDir: () => string;
  /** Told each problem once (a missing package, a face that could not be cut). */
  warn: (message: string) => void;
}

/** A face the page needs, cut. */
export interface CutFace {
  entry: PlannedFace;
  result: SubsetResult;
}

export interface FontCutter {
  /** The faces found installed, with their files. */
  located(): { face: FaceSpec; file: string }[];
  /** Starts cutting the faces a page will need, so the work runs beside other work; `cut` then finds it done or under way. */
  start(html: string): Promise<void>;
  /** The faces the finished page needs, cut (all at once: the WOFF2 encoding runs on libuv's threads); none when the maps cannot be read. */
  cut(html: string): Promise<CutFace[]>;
}

export function fontCutter(options: FontCutterOptions): FontCutter {
  const faces = options.faces ?? DECK_FACES;
  const warned = new Set<string>();
  const warnOnce = (message: string): void => {
    if (warned.has(message)) return;
    warned.add(message);
    options.warn(message);
  };
  const located = (): { face: FaceSpec; file: string }[] =>
    faces.flatMap((face) => {
      const file = resolveFace(face, options.root());
      if (file) return [{ face, file }];
      warnOnce(`transcript-deck: font package ${face.pkg} is not installed (${face.file}); ${face.role} ${face.weight} of that script falls back to the system's fonts`);
      return [];
    });
  /** The faces a page needs and their characters. */
  const planPage = (html: string): PlannedFace[] => {
    const text = htmlText(html);
    if (text.trim() === '') return [];
    const found = located();
    if (found.length === 0) return [];
    return planFaces(found, scriptOrder(pageLang(html), [...text].filter(hasCjk).join('')), { all: text, quotes: quoteText(html) }, fontCovers);
  };
  // A page's plan is asked for twice a build (at the start, from the deck's page, and for the
  // finished page) and again by each rebuild of an unchanged deck: remember them (a page is tens of
  // kilobytes: a million characters hold a dozen).
  const plans = new TextMemo<PlannedFace[]>(1_000_000);
  const plan = (html: string): PlannedFace[] => plans.get(html, planPage);

  return {
    located,
    async start(html) {
      try {
        await loadFontReader();
        for (const entry of plan(html)) subsetWoff2(entry.file, entry.chars, options.cacheDir()).catch(() => undefined);
      } catch {
        // `cut` reports what went wrong.
      }
    },
    async cut(html) {
      const cacheDir = options.cacheDir();
      let planned: PlannedFace[];
      try {
        await loadFontReader();
        planned = plan(html);
      } catch (error) {
        warnOnce(`transcript-deck: could not read the fonts' character maps (${(error as Error).message}); the deck falls back to the system's fonts`);
        return [];
      }
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
      return results.filter((done) => done !== undefined);
    },
  };
}

/** The page's `<style id="td-fonts">` with these `@font-face` rules. */
export const fontStyleTag = (rules: FaceRule[]): HtmlTagDescriptor => ({
  tag: 'style',
  attrs: { id: FONT_STYLE_ID },
  children: fontFaceCss(rules),
  injectTo: 'head',
});

/**
 * The tags that load the cut faces from `urlOf(face)`: the `@font-face` rules, and a preload of each
 * face of the deck's own script (`font-display: block` holds the first slide until they are in, so
 * the browser should ask for them before it meets the CSS).
 */
export function fontTags(cut: readonly CutFace[], urlOf: (face: CutFace) => string): HtmlTagDescriptor[] {
  if (cut.length === 0) return [];
  const rules: FaceRule[] = [];
  const preloads: HtmlTagDescriptor[] = [];
  for (const face of cut) {
    const { entry } = face;
    const url = urlOf(face);
    rules.push({ family: entry.family, weight: entry.face.weight, url, format: 'woff2', ...unicodeRangeOf(entry.ranges) });
    if (entry.family === familyName(entry.face.role, 0)) {
      preloads.push({ tag: 'link', attrs: { rel: 'preload', href: url, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head-prepend' });
    }
  }
  return [...preloads, fontStyleTag(rules)];
}

/** The line the build's log gives a cut face. */
export function cutFaceLine({ entry, result }: CutFace): string {
  const beside = result.cached === 'memory' && result.cutMs !== undefined;
  return `transcript-deck: font ${entry.family} ${entry.face.weight} (${entry.face.pkg}): ${[...entry.chars].length} characters, ${(result.woff2.length / 1024).toFixed(1)} KiB woff2, ${beside ? 'subset beside the bundling' : result.cached ? `cached (${result.cached})` : 'subset'} in ${Math.round(beside ? result.cutMs! : result.ms)} ms`;
}
