/** The `@font-face` rules of the faces a page ships. */

import { LATIN_IN_CJK_RANGES, type PlannedFace } from './plan.ts';

export interface FaceRule {
  family: string;
  weight: number;
  url: string;
  format: 'woff2' | 'truetype';
  /** CSS `unicode-range`: the emoji faces claim only pictographs, never the text's digits; the Latin face in a CJK page its letters. */
  unicodeRange?: string;
}

/** Where emoji and their sequence parts live (a face with this range is never asked for a letter or a digit). */
export const EMOJI_UNICODE_RANGE = 'U+A9,U+AE,U+200D,U+203C-3299,U+FE0E-FE0F,U+1F000-1FFFF,U+E0020-E007F';

const hex = (cp: number): string => cp.toString(16).toUpperCase();

/** The Latin face's range in a CJK page ({@link LATIN_IN_CJK_RANGES}), as CSS. */
export const LATIN_IN_CJK_UNICODE_RANGE = LATIN_IN_CJK_RANGES.map(([lo, hi]) => `U+${hex(lo)}-${hex(hi)}`).join(',');

/** The `unicode-range` of a planned face's ranges. */
export function unicodeRangeOf(ranges: PlannedFace['ranges']): { unicodeRange: string } | Record<string, never> {
  if (ranges === 'emoji') return { unicodeRange: EMOJI_UNICODE_RANGE };
  if (ranges === 'latin-in-cjk') return { unicodeRange: LATIN_IN_CJK_UNICODE_RANGE };
  return {};
}

/**
 * `@font-face` rules, in the order given: of two faces of one family, the later is asked first for
 * the characters of its range (CSS Fonts 4, so the Latin face goes after the CJK face it shares a
 * family with); `font-display: block` so text never flashes in a fallback or as boxes.
 */
export function fontFaceCss(faces: readonly FaceRule[]): string {
  return faces
    .map((f) => `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};font-display:block;src:url(${f.url}) format('${f.format}')${f.unicodeRange ? `;unicode-range:${f.unicodeRange}` : ''}}`)
    .join('\n');
}

export const FONT_STYLE_ID = 'td-fonts';
