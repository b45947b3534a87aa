import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The deck's own fonts: at build time every face is cut down (HarfBuzz's hb-subset, through
 * subset-font) to the characters the built page uses and shipped as WOFF2, so slides look the
 * same on any machine: Noto Sans and Serif for Latin, Greek, Cyrillic and Vietnamese text, their
 * Traditional Chinese, Simplified Chinese, Japanese and Korean cuts for CJK text, Noto Emoji for
 * pictographs. In dev the whole font files are served instead, so any character typed into the
 * transcript renders at once.
 */

/**
 * `latin` (Noto Sans/Serif: Latin, Greek, Cyrillic, Vietnamese), the CJK scripts (Traditional and
 * Simplified Chinese, Japanese, Korean), and `emoji` (Noto Emoji, monochrome: the last fallback,
 * for pictographs no other face has).
 */
export type FontScript = 'latin' | 'tc' | 'sc' | 'jp' | 'kr' | 'emoji';

/** The CJK scripts, in the order they fall back to each other after the deck's own. */
export const CJK_SCRIPTS = ['tc', 'sc', 'jp', 'kr'] as const;

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
 * so the bundled one is what renders; the theme lists `TD Sans` to `TD Sans 6` in that order.
 */
export function familyName(role: FaceSpec['role'], rank: number): string {
  const base = role === 'sans' ? 'TD Sans' : 'TD Serif';
  return rank === 0 ? base : `${base} ${rank + 1}`;
}

const face = (script: Exclude<FontScript, 'emoji'>, role: FaceSpec['role'], weight: 400 | 600 | 700, text: FaceSpec['text']): FaceSpec => {
  // Noto Sans and Noto Serif themselves are the Latin faces: no region in their names.
  const region = script === 'latin' ? '' : script.toUpperCase();
  const style = role === 'sans' ? 'Sans' : 'Serif';
  const weightName = { 400: '400Regular', 600: '600SemiBold', 700: '700Bold' }[weight];
  return {
    script,
    role,
    weight,
    pkg: `@expo-google-fonts/noto-${role}${region ? `-${script}` : ''}`,
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
 * Per script, Latin first: Noto Sans regular + bold (body, headings) and Noto Serif semibold (the
 * theme's weights: quotes); then Noto
 * Emoji for the same three, so a `🎉` prints in the PDF and shows offline on a machine with no emoji
 * font. All SIL OFL 1.1.
 */
export const DECK_FACES: readonly FaceSpec[] = [
  ...(['latin', ...CJK_SCRIPTS] as const).flatMap((script) => [face(script, 'sans', 400, 'all'), face(script, 'sans', 700, 'all'), face(script, 'serif', 600, 'quotes')]),
  emojiFace('sans', 400, 'all'),
  emojiFace('sans', 700, 'all'),
  emojiFace('serif', 600, 'quotes'),
];

/** The family rank of the emoji faces: after the Latin and the four CJK scripts, whichever of them a page ships. */
export const EMOJI_RANK = 5;

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

type HarfBuzz = typeof import('harfbuzzjs');
let harfbuzz: HarfBuzz | undefined;
let harfbuzzLoading: Promise<HarfBuzz> | undefined;
/**
 * Loads harfbuzzjs (HarfBuzz's own WebAssembly build: the same engine that cuts the fonts), which
 * {@link fontCovers} reads character maps with; call it before asking. Loaded on first use, so a
 * page that needs no face costs nothing. It replaced fontkit here, whose loading alone took about
 * half a second of every cold build.
 */
export async function loadFontReader(): Promise<void> {
  harfbuzz ??= await (harfbuzzLoading ??= import('harfbuzzjs'));
}

/** Each font file's characters, ascending (as HarfBuzz lists them). */
const coverage = new Map<string, Uint32Array>();
/** Whether a font file maps a code point to a glyph (its whole character map, read once a file). */
export function fontCovers(file: string, codePoint: number): boolean {
  let mapped = coverage.get(file);
  if (!mapped) {
    if (!harfbuzz) throw new Error('the font reader is not loaded (loadFontReader)');
    const face = new harfbuzz.Face(new harfbuzz.Blob(mapTables(file)), 0);
    // A copy: the list is a view of WebAssembly memory, which moves when it grows.
    coverage.set(file, (mapped = face.collectUnicodes().slice()));
  }
  let low = 0;
  let high = mapped.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = mapped[mid]!;
    if (at === codePoint) return true;
    if (at < codePoint) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/**
 * The tables HarfBuzz lists a font's characters from (`cmap`, and `maxp` for the glyph count it
 * checks them against) as a font of their own, read from the file without the rest: a planner asks
 * up to 15 faces (one 7–17 MB file each) whether they have a character, and reading the whole
 * files took most of the time. A collection (`ttcf`) or a file without these tables is read whole.
 */
export function mapTables(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const read = (length: number, position: number): Buffer => {
      const buffer = Buffer.alloc(length);
      return readSync(fd, buffer, 0, length, position) === length ? buffer : Buffer.alloc(0);
    };
    const header = read(12, 0);
    const count = header.length === 12 ? header.readUInt16BE(4) : 0;
    const directory = read(count * 16, 12);
    const tables = ['cmap', 'maxp'].map((tag) => {
      for (let i = 0; i < directory.length; i += 16) {
        if (directory.toString('latin1', i, i + 4) === tag) return { tag, offset: directory.readUInt32BE(i + 8), length: directory.readUInt32BE(i + 12) };
      }
      return undefined;
    });
    if (header.toString('latin1', 0, 4) === 'ttcf' || tables.some((t) => !t)) return readFileSync(file);
    // sfnt header and two table records (tags in order), then each table at a 4-byte boundary.
    let at = 12 + 16 * tables.length;
    const placed = tables.map((t) => {
      const start = at;
      at += (t!.length + 3) & ~3;
      return { ...t!, start };
    });
    const out = Buffer.alloc(at);
    header.copy(out, 0, 0, 4);
    out.writeUInt16BE(tables.length, 4);
    out.writeUInt16BE(32, 6); // searchRange: 16 × the largest power of two ≤ 2
    out.writeUInt16BE(1, 8); // entrySelector
    out.writeUInt16BE(0, 10); // rangeShift
    placed.forEach((t, i) => {
      out.write(t.tag, 12 + i * 16, 'latin1');
      out.writeUInt32BE(t.start, 12 + i * 16 + 8);
      out.writeUInt32BE(t.length, 12 + i * 16 + 12);
      read(t.length, t.offset).copy(out, t.start);
    });
    return out;
  } finally {
    closeSync(fd);
  }
}
