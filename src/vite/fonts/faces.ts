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

type Fontkit = { openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean } };
const requireHere = createRequire(import.meta.url);
let fontkitModule: Fontkit | undefined;
// Loaded on first use, so a page that needs no face (and a missing install) costs nothing.
const loadFontkit = (): Fontkit => (fontkitModule ??= requireHere('fontkit') as Fontkit);

const openFonts = new Map<string, ReturnType<Fontkit['openSync']>>();
/** Whether a font file has a glyph for a code point (fontkit reads only the cmap, lazily). */
export function fontCovers(file: string, codePoint: number): boolean {
  let font = openFonts.get(file);
  if (!font) openFonts.set(file, (font = loadFontkit().openSync(file)));
  return font.hasGlyphForCodePoint(codePoint);
}
