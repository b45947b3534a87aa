import { readFileSync } from 'node:fs';

/*
 * The deck's colours and sizes for PowerPoint. Colours are read from the theme's own stylesheet
 * (src/client/theme.css), so the two cannot drift; sizes follow its rules, in points of a 10 × 5.625
 * inch slide (the deck is 1280 × 720 px: 1 px is 0.5625 pt, and the slide text is 36 px).
 */

export type ThemeName = 'light' | 'dark';

export interface PptxColours {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
  rule: string;
  mark: string;
}

const THEME_CSS = new URL('../client/theme.css', import.meta.url);

/** The `--td-*` colours of a theme, as PowerPoint's six-digit hex. */
export function themeColours(theme: ThemeName, css = readFileSync(THEME_CSS, 'utf8')): PptxColours {
  const block = (selector: RegExp): string => css.match(selector)?.[1] ?? '';
  const light = block(/:root\s*\{([^}]*)\}/);
  const dark = block(/:root\[data-theme='dark'\]\s*\{([^}]*)\}/);
  const read = (name: keyof PptxColours): string => {
    const value = (theme === 'dark' ? dark : light).match(new RegExp(`--td-${name}:\\s*#([0-9a-fA-F]{6})`))?.[1];
    if (!value) throw new Error(`theme.css has no --td-${name} colour for the ${theme} theme`);
    return value.toUpperCase();
  };
  return { bg: read('bg'), fg: read('fg'), muted: read('muted'), accent: read('accent'), rule: read('rule'), mark: read('mark') };
}

/** Points for a size in em of the slide text (36 px). */
const em = (value: number): number => Math.round(value * 36 * 0.5625 * 10) / 10;

/** theme.css's sizes: h1 2.1em, h2 1.5em, a section's h2 1.9em and kicker 1.4em, a quote 1.9–1.1em by length. */
export const SIZES = {
  text: em(1),
  h1: em(2.1),
  h2: em(1.5),
  sectionTitle: em(1.9),
  sectionNumber: em(1.4),
  kicker: em(0.6),
  subtitle: em(1),
  speaker: em(0.95),
  role: em(0.95 * 0.75),
  event: em(0.7),
  agenda: em(1.05),
  points: em(0.8),
  source: em(0.7),
  caption: em(0.75),
  quote: { s: em(1.9), m: em(1.55), l: em(1.3), xl: em(1.1) },
  notes: 12,
} as const;

/** The deck's length classes of a quote (render.ts): by characters. */
export function quoteLength(text: string): keyof typeof SIZES.quote {
  const n = [...text].length;
  return n <= 24 ? 's' : n <= 44 ? 'm' : n <= 64 ? 'l' : 'xl';
}
