import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import { detectLanguage } from '../pipeline/language.ts';
import { TextMemo } from '../pipeline/text-memo.ts';
import type { TranscriptDeckApi } from './plugin.ts';

/**
 * The deck's own CJK fonts: at build time every face is cut down (HarfBuzz's hb-subset, through
 * subset-font) to the characters the built page uses and shipped as WOFF2, so slides look the
 * same on a machine with no Chinese fonts. A page with no CJK text ships none. In dev the whole
 * font files are served instead, so any character typed into the transcript renders at once.
 */

/** The CJK scripts the deck has fonts for: Traditional Chinese, Simplified Chinese, Japanese. */
/** CJK scripts, and `emoji` (Noto Emoji, monochrome: the last fallback, for pictographs no CJK face has). */
export type FontScript = 'tc' | 'sc' | 'jp' | 'emoji';

/** One font face the deck can ship. */
export interface FaceSpec {
  script: FontScript;
  /** Body and headings (`sans`) or quotes (`serif`): which CSS family stack it joins. */
  role: 'sans' | 'serif';
  weight: number;
  /** npm package and the file inside it: a whole TrueType/OpenType font. */
  pkg: string;
  file: string;
  /** Asset name (without extension). */
  name: string;
  /** Which text it needs glyphs for: the whole page, or only the quotes (`<blockquote>`). */
  text: 'all' | 'quotes';
}

/**
 * The CSS family of a role at a rank: rank 0 is the deck's own script, later ranks carry only
 * the characters the earlier ones lack (a Simplified-only `这` in a Traditional deck, kana in a
 * Chinese one), and rank {@link EMOJI_RANK} the pictographs (`🎉`). Distinct from any installed font,
 * so the bundled one is what renders; the theme lists `TD Sans` to `TD Sans 4` in that order.
 */
export function familyName(role: FaceSpec['role'], rank: number): string {
  const base = role === 'sans' ? 'TD Sans' : 'TD Serif';
  return rank === 0 ? base : `${base} ${rank + 1}`;
}

const face = (script: FontScript, role: FaceSpec['role'], weight: 400 | 600 | 700, text: FaceSpec['text']): FaceSpec => {
  const region = script.toUpperCase();
  const style = role === 'sans' ? 'Sans' : 'Serif';
  const weightName = { 400: '400Regular', 600: '600SemiBold', 700: '700Bold' }[weight];
  return {
    script,
    role,
    weight,
    pkg: `@expo-google-fonts/noto-${role}-${script}`,
    file: `${weightName}/Noto${style}${region}_${weightName}.ttf`,
    name: `td-noto-${role}-${script}-${weight}`,
    text,
  };
};

/** Noto Emoji at the weight of the face it stands in for. */
const emojiFace = (role: FaceSpec['role'], weight: 400 | 600 | 700, text: FaceSpec['text']): FaceSpec => {
  const weightName = { 400: '400Regular', 600: '600SemiBold', 700: '700Bold' }[weight];
  return { script: 'emoji', role, weight, pkg: '@expo-google-fonts/noto-emoji', file: `${weightName}/NotoEmoji_${weightName}.ttf`, name: `td-noto-emoji-${role}-${weight}`, text };
};

/**
 * Per script: Noto Sans regular + bold (body, headings) and Noto Serif semibold (quotes); then Noto
 * Emoji for the same three, so a `🎉` prints in the PDF and shows offline on a machine with no emoji
 * font. All SIL OFL 1.1.
 */
export const DECK_FACES: readonly FaceSpec[] = [
  ...(['tc', 'sc', 'jp'] as const).flatMap((script) => [face(script, 'sans', 400, 'all'), face(script, 'sans', 700, 'all'), face(script, 'serif', 600, 'quotes')]),
  emojiFace('sans', 400, 'all'),
  emojiFace('sans', 700, 'all'),
  emojiFace('serif', 600, 'quotes'),
];

/** The family rank of the emoji faces: after the three CJK scripts, whichever of them a page ships. */
export const EMOJI_RANK = 3;

/**
 * The scripts in the order the deck's fonts try them: the page's language first (`zh-Hant`,
 * `zh-TW`, `zh-HK` → Traditional; other `zh` → Simplified; `ja` → Japanese); for any other
 * language, whatever script its CJK characters are mostly in. The rest follow as fallbacks.
 */
export function scriptOrder(lang: string, cjkText: string): FontScript[] {
  const tag = lang.toLowerCase();
  let first: FontScript;
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) first = 'tc';
  else if (tag === 'zh' || tag.startsWith('zh-')) first = 'sc';
  else if (tag === 'ja' || tag.startsWith('ja-')) first = 'jp';
  else {
    const detected = detectLanguage(cjkText);
    first = detected === 'ja' ? 'jp' : detected === 'zh-Hans' ? 'sc' : 'tc';
  }
  return [first, ...(['tc', 'sc', 'jp'] as const).filter((s) => s !== first), 'emoji'];
}

/** The `lang` of a page's `<html>` element, or '' without one. */
export function pageLang(html: string): string {
  return /<html\b[^>]*\blang=["']?([^"'\s>]+)/i.exec(html)?.[1] ?? '';
}

/** A face placed in the page: its family rank and the characters cut into it. */
export interface PlannedFace {
  face: FaceSpec;
  file: string;
  family: string;
  chars: string;
}

/**
 * Which faces a page ships and with which characters. For each role and weight the scripts are
 * tried in `order`: the first face gets every character its text needs (HarfBuzz drops what it
 * lacks), each later face only the characters no earlier face has, and a face left with none is
 * not shipped.
 */
export function planFaces(
  located: readonly { face: FaceSpec; file: string }[],
  order: readonly FontScript[],
  text: { all: string; quotes: string },
  covers: (file: string, codePoint: number) => boolean,
): PlannedFace[] {
  const planned: PlannedFace[] = [];
  const slots = new Map<string, { face: FaceSpec; file: string }[]>();
  for (const entry of located) {
    const slot = `${entry.face.role}-${entry.face.weight}`;
    slots.set(slot, [...(slots.get(slot) ?? []), entry]);
  }
  for (const entries of slots.values()) {
    const ranked = [...entries].filter((e) => order.includes(e.face.script)).sort((a, b) => order.indexOf(a.face.script) - order.indexOf(b.face.script));
    if (!ranked[0]) continue;
    const needed = text[ranked[0].face.text];
    if (needed.trim() === '') continue;
    // A page with no CJK text ships no CJK face: its Latin text keeps the theme's system fonts,
    // and only its pictographs get a bundled face. (The page decides, not this face's text: a
    // Chinese deck's English-only quotes still get the serif face.)
    const cjk = hasCjk(text.all);
    let missing = [...new Set(needed)];
    let primary = true;
    for (const [rank, entry] of ranked.entries()) {
      const emoji = entry.face.script === 'emoji';
      if (!emoji && !cjk) continue;
      const covered = (ch: string): boolean => covers(entry.file, ch.codePointAt(0)!);
      if (primary && !emoji) {
        planned.push({ ...entry, family: familyName(entry.face.role, 0), chars: glyphText(needed) });
        missing = missing.filter((ch) => !covered(ch));
        primary = false;
        continue;
      }
      // The emoji face takes pictographs only: its digits and `#` would otherwise stand in for the text's.
      const mine = missing.filter((ch) => (!emoji || isEmojiPart(ch)) && covered(ch));
      if (mine.length === 0) continue;
      missing = missing.filter((ch) => !mine.includes(ch));
      planned.push({ ...entry, family: familyName(entry.face.role, emoji ? EMOJI_RANK : rank), chars: mine.join('') });
    }
  }
  return planned;
}

/**
 * Always in the subset: printable ASCII (slide numbers `c/t`, the speaker view's timer and
 * labels, Latin words, digits) and the dashes the theme's generated content uses (`— `).
 */
export const BASE_CHARACTERS = (() => {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++) s += String.fromCodePoint(c);
  return s + '\u2013\u2014\u2026';
})();

/** OpenType features kept: what horizontal CJK + Latin text uses (Chrome's text-spacing-trim uses `halt`/`chws`). */
export const KEEP_FEATURES = ['ccmp', 'locl', 'kern', 'liga', 'calt', 'clig', 'mark', 'mkmk', 'halt', 'chws', 'palt'];

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '\u2026', mdash: '\u2014', ndash: '\u2013',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', middot: '\u00b7', copy: '\u00a9', laquo: '\u00ab',
  raquo: '\u00bb', times: '\u00d7', rarr: '\u2192', larr: '\u2190', bull: '\u2022',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** The text content of an HTML page or fragment: no comments, scripts, styles or attribute values. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<[^>]*>/g, ''),
  );
}

/** The text of every `<blockquote>` of the page (what the quote face renders). */
export function quoteText(html: string): string {
  return [...html.matchAll(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote\s*>/gi)].map((m) => htmlText(m[1] ?? '')).join('\n');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\ufe30-\ufe4f\uff00-\uffef]/u;

/** Whether the text needs a CJK font at all. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Component}]/u;

/** A pictograph or a piece of an emoji sequence (joiner, variation selector, skin tone, keycap), not ASCII. */
export function isEmojiPart(char: string): boolean {
  return char.codePointAt(0)! >= 0x80 && EMOJI_PART.test(char);
}

/** Whether the text has a character for the emoji face. */
export function hasEmoji(text: string): boolean {
  for (const match of text.matchAll(/[\p{Extended_Pictographic}\p{Emoji_Component}]/gu)) if (isEmojiPart(match[0])) return true;
  return false;
}

/**
 * The characters a face needs for `text`: each distinct character (control characters left out)
 * plus {@link BASE_CHARACTERS}, sorted by code point.
 */
export function glyphText(text: string): string {
  const set = new Set<number>();
  for (const ch of BASE_CHARACTERS + text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    set.add(cp);
  }
  return String.fromCodePoint(...[...set].sort((a, b) => a - b));
}

/** The font file of a face, if its package is installed (looked up from the project, then from here). */
export function resolveFace(face: FaceSpec, root: string): string | undefined {
  for (const base of [join(root, 'package.json'), import.meta.url]) {
    try {
      return createRequire(base).resolve(`${face.pkg}/${face.file}`);
    } catch {
      // not found from here
    }
  }
  return undefined;
}

export interface SubsetResult {
  woff2: Buffer;
  /** When this process cut it (perhaps in an earlier call still under way): how long the cut took. */
  cutMs?: number;
  /** Milliseconds this call took (subsetting and WOFF2 compression, or a cache read). */
  ms: number;
  cached: 'memory' | 'disk' | false;
  key: string;
}

type SubsetFont = (font: Buffer, text: string, options: Record<string, unknown>) => Promise<Buffer>;
type Woff2Build = { convertTTFToWOFF2Async(input: Uint8Array, params?: { brotliQuality?: number }): Promise<Buffer> };
type Fontkit = { openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean } };
const requireHere = createRequire(import.meta.url);
let subsetFontModule: SubsetFont | undefined;
let woff2Module: Woff2Build | undefined;
let fontkitModule: Fontkit | undefined;
// Loaded on first use, so a page with no CJK text (and a missing install) costs nothing.
/** subset-font: HarfBuzz's hb-subset compiled to WebAssembly (CommonJS, untyped). */
const loadSubsetFont = (): SubsetFont => (subsetFontModule ??= requireHere('subset-font') as SubsetFont);
/** @napi-rs/woff-build: Google's WOFF2 encoder, native and off the main thread. */
const loadWoff2 = (): Woff2Build => (woff2Module ??= requireHere('@napi-rs/woff-build') as Woff2Build);
const loadFontkit = (): Fontkit => (fontkitModule ??= requireHere('fontkit') as Fontkit);

const openFonts = new Map<string, ReturnType<Fontkit['openSync']>>();
/** Whether a font file has a glyph for a code point (fontkit reads only the cmap, lazily). */
export function fontCovers(file: string, codePoint: number): boolean {
  let font = openFonts.get(file);
  if (!font) openFonts.set(file, (font = loadFontkit().openSync(file)));
  return font.hasGlyphForCodePoint(codePoint);
}

const fileHashes = new Map<string, { size: number; mtimeMs: number; hash: string }>();
function fileHash(file: string): string {
  const { size, mtimeMs } = statSync(file);
  const known = fileHashes.get(file);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.hash;
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
  fileHashes.set(file, { size, mtimeMs, hash });
  return hash;
}

/**
 * Brotli quality of the WOFF2 files. 9 rather than the encoder's 11: on the sample deck it
 * compresses 18x faster (44 ms against 771 ms a face) for files 4 % larger.
 */
export const WOFF2_QUALITY = 9;
const RECIPE = JSON.stringify({ recipe: 2, tool: 'subset-font@2.9+woff-build@0.2', format: 'woff2', quality: WOFF2_QUALITY, features: KEEP_FEATURES });
const memory = new Map<string, Buffer>();
const inFlight = new Map<string, Promise<Buffer>>();
/** Milliseconds each cut took, for the log of a page that found it already done. */
const cutMs = new Map<string, number>();

/**
 * `font` cut down to the characters of `text`, as WOFF2. Results are cached by content hash (of
 * the font file, the characters and the recipe) in memory and, given `cacheDir`, on disk, so a
 * rebuild with the same text costs a hash and a file read.
 */
export async function subsetWoff2(font: string, text: string, cacheDir?: string): Promise<SubsetResult> {
  const started = performance.now();
  const key = createHash('sha256').update(fileHash(font)).update(RECIPE).update(text).digest('hex').slice(0, 24);
  const done = (woff2: Buffer, cached: SubsetResult['cached']): SubsetResult => {
    const cut = cutMs.get(key);
    return { woff2, ms: performance.now() - started, cached, key, ...(cut !== undefined ? { cutMs: cut } : {}) };
  };
  const inMemory = memory.get(key);
  if (inMemory) return done(inMemory, 'memory');
  const cacheFile = cacheDir ? join(cacheDir, `${key}.woff2`) : undefined;
  if (cacheFile) {
    try {
      const fromDisk = readFileSync(cacheFile);
      memory.set(key, fromDisk);
      return done(fromDisk, 'disk');
    } catch {
      // not cached yet
    }
  }
  // The same face and text asked for again while it is being cut (the early start, then the page): one cut.
  let pending = inFlight.get(key);
  if (!pending) {
    pending = (async () => {
      const cutStarted = performance.now();
      const sfnt = await loadSubsetFont()(readFileSync(font), text, { targetFormat: 'sfnt', keepFeatures: KEEP_FEATURES });
      const woff2 = await loadWoff2().convertTTFToWOFF2Async(sfnt, { brotliQuality: WOFF2_QUALITY });
      memory.set(key, woff2);
      cutMs.set(key, performance.now() - cutStarted);
      if (cacheFile && cacheDir) {
        mkdirSync(cacheDir, { recursive: true });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, woff2);
        renameSync(tmp, cacheFile);
      }
      return woff2;
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return done(await pending, false);
}

export interface FaceRule {
  family: string;
  weight: number;
  url: string;
  format: 'woff2' | 'truetype';
  /** CSS `unicode-range`: the emoji faces claim only pictographs, never the text's digits. */
  unicodeRange?: string;
}

/** Where emoji and their sequence parts live (a face with this range is never asked for a letter or a digit). */
export const EMOJI_UNICODE_RANGE = 'U+A9,U+AE,U+200D,U+203C-3299,U+FE0E-FE0F,U+1F000-1FFFF,U+E0020-E007F';

/** `@font-face` rules; `font-display: block` so CJK text never flashes in a fallback or as boxes. */
export function fontFaceCss(faces: readonly FaceRule[]): string {
  return faces
    .map((f) => `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};font-display:block;src:url(${f.url}) format('${f.format}')${f.unicodeRange ? `;unicode-range:${f.unicodeRange}` : ''}}`)
    .join('\n');
}

export const FONT_STYLE_ID = 'td-fonts';

export interface DeckFontsOptions {
  faces?: readonly FaceSpec[];
  /** Where subset results are kept between builds. @defaultValue `node_modules/.cache/transcript-deck/fonts` */
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

  const cacheDirOf = (): string => options.cacheDir ?? join(config.root, 'node_modules', '.cache', 'transcript-deck', 'fonts');
  /** The faces a page needs and their characters, or nothing for a page with no CJK text or emoji. */
  const planPage = (html: string): PlannedFace[] => {
    const text = htmlText(html);
    if (!hasCjk(text) && !hasEmoji(text)) return [];
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
    },
    buildStart() {
      // Start cutting the fonts now, from the page the deck will make, so the work runs beside
      // the bundling of the scripts; the page hook below then finds it done or under way.
      if (config.command !== 'build') return;
      const deck = config.plugins.find((p) => p.name === 'transcript-deck')?.api as TranscriptDeckApi | undefined;
      const template = join(config.root, 'index.html');
      if (!deck || !existsSync(template)) return;
      try {
        for (const entry of plan(deck.page(readFileSync(template, 'utf8')))) subsetWoff2(entry.file, entry.chars, cacheDirOf()).catch(() => undefined);
      } catch {
        // The page hook reports what went wrong.
      }
    },
    transformIndexHtml: {
      async handler(html) {
        if (config.command === 'serve') {
          const text = htmlText(html);
          if (!hasCjk(text) && !hasEmoji(text)) return undefined;
          const found = located();
          if (found.length === 0) return undefined;
          // A page with no CJK text gets the emoji faces only, as in the build.
          const order = scriptOrder(pageLang(html), [...text].filter(hasCjk).join('')).filter((script) => hasCjk(text) || script === 'emoji');
          // The whole fonts from node_modules, every script in order: nothing to cut, nothing
          // stale after an edit, and the browser fetches a fallback only for a character it needs.
          const rules = order.flatMap((script, rank) =>
            found
              .filter(({ face }) => face.script === script)
              .map(({ face, file }) => ({
                family: familyName(face.role, script === 'emoji' ? EMOJI_RANK : rank),
                weight: face.weight,
                url: `/@fs/${file.replace(/\\/g, '/').replace(/^\//, '')}`,
                format: 'truetype' as const,
                ...(script === 'emoji' ? { unicodeRange: EMOJI_UNICODE_RANGE } : {}),
              })),
          );
          return { html, tags: [styleTag(rules)] };
        }
        const cacheDir = cacheDirOf();
        let planned: PlannedFace[];
        try {
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
          rules.push({ family: entry.family, weight: entry.face.weight, url, format: 'woff2', ...(entry.face.script === 'emoji' ? { unicodeRange: EMOJI_UNICODE_RANGE } : {}) });
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
