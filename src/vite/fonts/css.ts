/** The `@font-face` rules of the faces a page ships. */

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
