import { detectLanguage } from '../../pipeline/language.ts';
import { EMOJI_RANK, familyName, type FaceSpec, type FontScript } from './faces.ts';
import { hasCjk, isEmojiPart } from './page-text.ts';

/** Which faces a page ships, in which order, and the characters each is cut to. */

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
