import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';

/**
 * The deck's own CJK fonts: at build time every face is cut down (HarfBuzz's hb-subset, through
 * subset-font) to the characters the built page uses and shipped as WOFF2, so slides look the
 * same on a machine with no Chinese fonts. A page with no CJK text ships none. In dev the whole
 * font files are served instead, so any character typed into the transcript renders at once.
 */

/** One font face the deck ships. */
export interface FaceSpec {
  /** The CSS family name: distinct from any installed font, so the bundled one is what renders. */
  family: string;
  weight: number;
  /** npm package and the file inside it: a whole TrueType/OpenType font. */
  pkg: string;
  file: string;
  /** Asset name (without extension). */
  name: string;
  /** Which text it needs glyphs for: the whole page, or only the quotes (`<blockquote>`). */
  text: 'all' | 'quotes';
}

export const SANS_FAMILY = 'TD Noto Sans TC';
export const SERIF_FAMILY = 'TD Noto Serif TC';

/** Noto Sans TC regular + bold (body, headings), Noto Serif TC semibold (quotes). All SIL OFL 1.1. */
export const DECK_FACES: readonly FaceSpec[] = [
  { family: SANS_FAMILY, weight: 400, pkg: '@expo-google-fonts/noto-sans-tc', file: '400Regular/NotoSansTC_400Regular.ttf', name: 'td-noto-sans-tc-400', text: 'all' },
  { family: SANS_FAMILY, weight: 700, pkg: '@expo-google-fonts/noto-sans-tc', file: '700Bold/NotoSansTC_700Bold.ttf', name: 'td-noto-sans-tc-700', text: 'all' },
  { family: SERIF_FAMILY, weight: 600, pkg: '@expo-google-fonts/noto-serif-tc', file: '600SemiBold/NotoSerifTC_600SemiBold.ttf', name: 'td-noto-serif-tc-600', text: 'quotes' },
];

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
  /** Milliseconds this call took (subsetting and WOFF2 compression, or a cache read). */
  ms: number;
  cached: 'memory' | 'disk' | false;
  key: string;
}

type SubsetFont = (font: Buffer, text: string, options: Record<string, unknown>) => Promise<Buffer>;
let subsetFontModule: SubsetFont | undefined;
/** subset-font (CommonJS, untyped), loaded on first use so a missing install only costs the fonts. */
const loadSubsetFont = (): SubsetFont => (subsetFontModule ??= createRequire(import.meta.url)('subset-font') as SubsetFont);

const fileHashes = new Map<string, { size: number; mtimeMs: number; hash: string }>();
function fileHash(file: string): string {
  const { size, mtimeMs } = statSync(file);
  const known = fileHashes.get(file);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.hash;
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
  fileHashes.set(file, { size, mtimeMs, hash });
  return hash;
}

const RECIPE = JSON.stringify({ recipe: 1, tool: 'subset-font@2.9', format: 'woff2', features: KEEP_FEATURES });
const memory = new Map<string, Buffer>();

/**
 * `font` cut down to the characters of `text`, as WOFF2. Results are cached by content hash (of
 * the font file, the characters and the recipe) in memory and, given `cacheDir`, on disk, so a
 * rebuild with the same text costs a hash and a file read.
 */
export async function subsetWoff2(font: string, text: string, cacheDir?: string): Promise<SubsetResult> {
  const started = performance.now();
  const key = createHash('sha256').update(fileHash(font)).update(RECIPE).update(text).digest('hex').slice(0, 24);
  const done = (woff2: Buffer, cached: SubsetResult['cached']): SubsetResult => ({ woff2, ms: performance.now() - started, cached, key });
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
  const subsetFont = loadSubsetFont();
  const woff2 = await subsetFont(readFileSync(font), text, { targetFormat: 'woff2', keepFeatures: KEEP_FEATURES });
  memory.set(key, woff2);
  if (cacheFile && cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, woff2);
    renameSync(tmp, cacheFile);
  }
  return done(woff2, false);
}

export interface FaceRule {
  family: string;
  weight: number;
  url: string;
  format: 'woff2' | 'truetype';
}

/** `@font-face` rules; `font-display: block` so CJK text never flashes in a fallback or as boxes. */
export function fontFaceCss(faces: readonly FaceRule[]): string {
  return faces
    .map((f) => `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};font-display:block;src:url(${f.url}) format('${f.format}')}`)
    .join('\n');
}

export const FONT_STYLE_ID = 'td-fonts';

export interface DeckFontsOptions {
  faces?: readonly FaceSpec[];
  /** Where subset results are kept between builds. @defaultValue `node_modules/.cache/transcript-deck/fonts` */
  cacheDir?: string;
}

/** One line per face a build shipped, for the log. */
export interface FontReportLine {
  family: string;
  weight: number;
  characters: number;
  bytes: number;
  ms: number;
  cached: SubsetResult['cached'];
}

/**
 * Vite plugin: puts a `<style id="td-fonts">` with the deck's `@font-face` rules into every page.
 * In a build it runs on the finished page (a normal-order `transformIndexHtml`, after the slides
 * are in), emits one WOFF2 asset per face and lets Vite write the asset URLs.
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
      warnOnce(`transcript-deck: font package ${face.pkg} is not installed (${face.file}); ${face.family} ${face.weight} falls back to the system's fonts`);
      return [];
    });
  const styleTag = (rules: FaceRule[]): HtmlTagDescriptor => ({
    tag: 'style',
    attrs: { id: FONT_STYLE_ID },
    children: fontFaceCss(rules),
    injectTo: 'head',
  });

  const plugin: Plugin = {
    name: 'transcript-deck:fonts',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      async handler(html) {
        const text = htmlText(html);
        if (!hasCjk(text)) return undefined;
        const found = located();
        if (found.length === 0) return undefined;
        if (config.command === 'serve') {
          // The whole fonts from node_modules: nothing to cut, nothing stale after an edit.
          const rules = found.map(({ face, file }) => ({ family: face.family, weight: face.weight, url: `/@fs/${file.replace(/\\/g, '/').replace(/^\//, '')}`, format: 'truetype' as const }));
          return { html, tags: [styleTag(rules)] };
        }
        const cacheDir = options.cacheDir ?? join(config.root, 'node_modules', '.cache', 'transcript-deck', 'fonts');
        const quotes = quoteText(html);
        const rules: FaceRule[] = [];
        const report: FontReportLine[] = [];
        for (const { face, file } of found) {
          if (face.text === 'quotes' && quotes.trim() === '') continue;
          const chars = glyphText(face.text === 'quotes' ? quotes : text);
          let result: SubsetResult;
          try {
            result = await subsetWoff2(file, chars, cacheDir);
          } catch (error) {
            warnOnce(`transcript-deck: could not subset ${file} (${(error as Error).message}); ${face.family} falls back to the system's fonts`);
            continue;
          }
          // In a build this hook runs inside vite:build-html's generateBundle, whose context can emit
          // files; Vite turns the placeholder into the asset's URL after the hook.
          const emitter = this as unknown as { emitFile(file: { type: 'asset'; name: string; source: Uint8Array }): string };
          const ref = emitter.emitFile({ type: 'asset', name: `${face.name}.woff2`, source: result.woff2 });
          rules.push({ family: face.family, weight: face.weight, url: `__VITE_ASSET__${ref}__`, format: 'woff2' });
          report.push({ family: face.family, weight: face.weight, characters: [...chars].length, bytes: result.woff2.length, ms: result.ms, cached: result.cached });
        }
        for (const r of report) {
          config.logger.info(
            `transcript-deck: font ${r.family} ${r.weight}: ${r.characters} characters, ${(r.bytes / 1024).toFixed(1)} KiB woff2, ${r.cached ? `cached (${r.cached})` : 'subset'} in ${Math.round(r.ms)} ms`,
          );
        }
        return rules.length > 0 ? { html, tags: [styleTag(rules)] } : undefined;
      },
    },
  };
  return plugin;
}
