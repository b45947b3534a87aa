import { franc } from 'franc-min';
import { countIn, HAN, HANGUL, KANA } from './cjk.ts';

/*
 * A deck's language when deck.yaml does not say. Characters that exist only in one Chinese script
 * tell Traditional from Simplified; the common ones below cover most running text. Text in Latin (or
 * another alphabetic) script is told apart by franc's trigram statistics (wooorm's port of Guess
 * Language), which knows some 80 languages offline.
 */
const TRADITIONAL_ONLY = /[們這個說會來為時對們國學發現經點後還麼開關於與間問覺過實讓從東當]/gu;
const SIMPLIFIED_ONLY = /[们这个说会来为时对国学发现经点后还么开关于与间问觉过实让从东当]/gu;

/** franc's ISO 639-3 codes, as the two-letter BCP 47 tags a page's `lang` wants where there is one. */
const TWO_LETTER: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi',
  pol: 'pl', ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro', tur: 'tr', vie: 'vi', ind: 'id', rus: 'ru', ukr: 'uk', ell: 'el',
  bul: 'bg', hrv: 'hr', srp: 'sr', cat: 'ca', lit: 'lt', lav: 'lv', est: 'et', slv: 'sl', arb: 'ar', heb: 'he', hin: 'hi',
};

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  const han = countIn(sample, HAN);
  const kana = countIn(sample, KANA);
  const hangul = countIn(sample, HANGUL);
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (kana > 20 && kana * 5 > han) return 'ja';
  if (hangul > 20 && hangul > han) return 'ko';
  if (han < latin / 2) return TWO_LETTER[franc(sample, { minLength: 20 })] ?? 'en';
  const traditional = sample.match(TRADITIONAL_ONLY)?.length ?? 0;
  const simplified = sample.match(SIMPLIFIED_ONLY)?.length ?? 0;
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}
