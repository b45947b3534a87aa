import { CJK_FACE_CHAR, HANGUL, KANA } from '../pipeline/text/cjk.ts';
import { toSimplified } from '../pipeline/text/simplified.ts';
import { LATIN_IN_CJK_RANGES } from '../shared/latin-in-cjk.ts';

/*
 * A text cut into runs by script, each with its language and a face that has its characters.
 * PowerPoint picks a run's East Asian face (`<a:ea>`) by its language and characters, LibreOffice
 * and Keynote by the face named: a Chinese run named only a Latin face shows empty boxes there. As
 * in the deck (src/vite/fonts/plan.ts), a CJK deck sets only Latin letters, digits and ASCII
 * punctuation in the Latin face, so the punctuation both scripts use keeps the CJK width; any other
 * deck sets only CJK characters in a CJK face.
 */

export type FaceRole = 'sans' | 'serif';

export interface ScriptRun {
  text: string;
  /** The run's language as Office writes it: `zh-TW`, `ja-JP`, `en-US`. */
  lang: string;
  /** The face named for every slot of the run (Latin, East Asian, complex). */
  fontFace: string;
  eastAsian: boolean;
}

type CjkScript = 'tc' | 'sc' | 'jp' | 'kr';

const CJK_FACE: Record<CjkScript, { sans: string; serif: string; lang: string }> = {
  tc: { sans: 'Noto Sans CJK TC', serif: 'Noto Serif CJK TC', lang: 'zh-TW' },
  sc: { sans: 'Noto Sans CJK SC', serif: 'Noto Serif CJK SC', lang: 'zh-CN' },
  jp: { sans: 'Noto Sans CJK JP', serif: 'Noto Serif CJK JP', lang: 'ja-JP' },
  kr: { sans: 'Noto Sans CJK KR', serif: 'Noto Serif CJK KR', lang: 'ko-KR' },
};
const LATIN_FACE = { sans: 'Noto Sans', serif: 'Noto Serif' } as const;

/** The CJK script a deck's language is written in, if any: `zh-Hant`/`-TW`/`-HK` → TC, other `zh` → SC. */
export function cjkScriptOf(lang: string): CjkScript | undefined {
  const tag = lang.toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'tc';
  if (tag === 'zh' || tag.startsWith('zh-')) return 'sc';
  if (tag === 'ja' || tag.startsWith('ja-')) return 'jp';
  if (tag === 'ko' || tag.startsWith('ko-')) return 'kr';
  return undefined;
}

/** A deck's BCP 47 tag as Office writes languages (language-REGION). */
export function officeLang(lang: string): string {
  const cjk = cjkScriptOf(lang);
  if (cjk === 'tc' && /-hk\b/i.test(lang)) return 'zh-HK';
  if (cjk) return CJK_FACE[cjk].lang;
  const REGION: Record<string, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', it: 'it-IT', pt: 'pt-PT', nl: 'nl-NL' };
  return REGION[lang.toLowerCase()] ?? lang;
}

const inLatinRanges = (cp: number): boolean => LATIN_IN_CJK_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);

/**
 * The script of a CJK stretch in a deck of another language: kana → Japanese, Hangul → Korean, Han
 * Traditional when its Simplified copy differs (a few words are too few for detectLanguage's counts).
 */
function scriptOfStretch(text: string): CjkScript {
  if (KANA.test(text)) return 'jp';
  if (HANGUL.test(text)) return 'kr';
  return toSimplified(text) === text ? 'sc' : 'tc';
}

/** `text` in runs of one script each; their texts joined are `text`. */
export function scriptRuns(text: string, deckLang: string, role: FaceRole = 'sans'): ScriptRun[] {
  const deckCjk = cjkScriptOf(deckLang);
  // In a CJK deck a character is East Asian unless the Latin face takes it; elsewhere only CJK characters are.
  const isEastAsian = (ch: string): boolean => (deckCjk ? !inLatinRanges(ch.codePointAt(0)!) : CJK_FACE_CHAR.test(ch));
  const pieces: Array<{ text: string; eastAsian: boolean }> = [];
  for (const ch of text) {
    const eastAsian = isEastAsian(ch);
    // A space goes with the run before it, so that a Latin word between two CJK ones is one run.
    const last = pieces.at(-1);
    if (last && (last.eastAsian === eastAsian || ch === ' ')) last.text += ch;
    else pieces.push({ text: ch, eastAsian });
  }
  return pieces.map((piece) => {
    if (!piece.eastAsian) return { text: piece.text, lang: officeLang(deckLang), fontFace: LATIN_FACE[role], eastAsian: false };
    const script = deckCjk ?? scriptOfStretch(piece.text);
    const lang = deckCjk ? officeLang(deckLang) : CJK_FACE[script].lang;
    return { text: piece.text, lang, fontFace: CJK_FACE[script][role], eastAsian: true };
  });
}
