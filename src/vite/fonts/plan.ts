import { detectLanguage } from '../../pipeline/text/language.ts';
import { CJK_SCRIPTS, EMOJI_RANK, familyName, type FaceSpec, type FontScript } from './faces.ts';
import { isEmojiPart } from './page-text.ts';
import { LATIN_IN_CJK_RANGES } from '../../shared/latin-in-cjk.ts';

export { LATIN_IN_CJK_RANGES };

/** Which faces a page ships, in which order, and the characters each is cut to. */

/**
 * The scripts in the order the deck's fonts try them. A CJK page (`zh-Hant`, `zh-TW`, `zh-HK` →
 * Traditional; other `zh` → Simplified; `ja` → Japanese; `ko` → Korean) puts its own script
 * first and Latin second; any other page puts Latin first, then whatever script its CJK characters
 * are mostly in. The other CJK scripts follow as fallbacks, then the emoji.
 */
export function scriptOrder(lang: string, cjkText: string): FontScript[] {
  const tag = lang.toLowerCase();
  let cjk: (typeof CJK_SCRIPTS)[number] | undefined;
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) cjk = 'tc';
  else if (tag === 'zh' || tag.startsWith('zh-')) cjk = 'sc';
  else if (tag === 'ja' || tag.startsWith('ja-')) cjk = 'jp';
  else if (tag === 'ko' || tag.startsWith('ko-')) cjk = 'kr';
  const first = cjk ?? fallbackCjk(cjkText);
  const rest = CJK_SCRIPTS.filter((s) => s !== first);
  return cjk ? [cjk, 'latin', ...rest, 'emoji'] : ['latin', first, ...rest, 'emoji'];
}

function fallbackCjk(cjkText: string): (typeof CJK_SCRIPTS)[number] {
  const detected = detectLanguage(cjkText);
  return detected === 'ja' ? 'jp' : detected === 'ko' ? 'kr' : detected === 'zh-Hans' ? 'sc' : 'tc';
}


const inLatinRanges = (ch: string): boolean => {
  const cp = ch.codePointAt(0)!;
  return LATIN_IN_CJK_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
};

/** A face placed in the page: its family rank, the characters cut into it, and the range it claims. */
export interface PlannedFace {
  face: FaceSpec;
  file: string;
  family: string;
  chars: string;
  /** Only these characters are asked of it (CSS `unicode-range`); without, every character is. */
  ranges?: 'latin-in-cjk' | 'emoji';
}

/**
 * The family of each script in `order` (each CJK script and the emoji a rank of its own) and the
 * range it claims: in a CJK page the Latin face shares rank 0 with the page's own script, limited to
 * {@link LATIN_IN_CJK_RANGES}; the emoji face claims pictographs only.
 */
export function scriptRanks(order: readonly FontScript[]): Map<FontScript, { rank: number; ranges?: PlannedFace['ranges'] }> {
  const ranks = new Map<FontScript, { rank: number; ranges?: PlannedFace['ranges'] }>();
  const latinShares = order[0] !== 'latin';
  let rank = 0;
  for (const script of order) {
    if (script === 'emoji') ranks.set(script, { rank: EMOJI_RANK, ranges: 'emoji' });
    else if (script === 'latin' && latinShares) ranks.set(script, { rank: 0, ranges: 'latin-in-cjk' });
    else ranks.set(script, { rank: rank++ });
  }
  return ranks;
}

/**
 * Which faces a page ships and with which characters. For each role and weight the scripts are
 * tried in `order`: the first face gets every character its text needs (HarfBuzz drops what it
 * lacks), a Latin face sharing its family the characters of its range, each later face only the
 * characters no earlier face has, and a face left with none is not shipped.
 */
export function planFaces(
  located: readonly { face: FaceSpec; file: string }[],
  order: readonly FontScript[],
  text: { all: string; quotes: string },
  covers: (file: string, codePoint: number) => boolean,
): PlannedFace[] {
  const planned: PlannedFace[] = [];
  const ranks = scriptRanks(order);
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
    let missing = [...new Set(needed)];
    let primary = true;
    for (const entry of ranked) {
      const { rank, ranges } = ranks.get(entry.face.script)!;
      const covered = (ch: string): boolean => covers(entry.file, ch.codePointAt(0)!);
      if (primary && !ranges) {
        planned.push({ ...entry, family: familyName(entry.face.role, 0), chars: glyphText(needed) });
        missing = missing.filter((ch) => !covered(ch));
        primary = false;
        continue;
      }
      // The Latin face in a CJK page takes its range, whatever the CJK face has: Latin text is never
      // set in a CJK face. The emoji face takes pictographs only: its digits and `#` would otherwise
      // stand in for the text's.
      const mine =
        ranges === 'latin-in-cjk'
          ? [...new Set(glyphText(needed))].filter((ch) => inLatinRanges(ch) && covered(ch))
          : missing.filter((ch) => (ranges !== 'emoji' || isEmojiPart(ch)) && covered(ch));
      if (mine.length === 0) continue;
      missing = missing.filter((ch) => !mine.includes(ch));
      planned.push({ ...entry, family: familyName(entry.face.role, rank), chars: mine.join(''), ...(ranges ? { ranges } : {}) });
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
