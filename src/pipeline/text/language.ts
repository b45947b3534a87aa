import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import { countIn, HAN, HANGUL, KANA } from './cjk.ts';

/*
 * A deck's language when deck.yaml does not say. Characters that exist only in one Chinese script
 * tell Traditional from Simplified; the common ones below cover most running text. Text in Latin (or
 * another alphabetic) script (Cyrillic, Arabic, Devanagari, Thai…) is told apart by franc's trigram
 * statistics (wooorm's port of Guess Language), which knows some 60 languages offline.
 */
const TRADITIONAL_ONLY = /[們這個說會來為時對們國學發現經點後還麼開關於與間問覺過實讓從東當]/gu;
const SIMPLIFIED_ONLY = /[们这个说会来为时对国学发现经点后还么开关于与间问觉过实让从东当]/gu;

/*
 * franc answers in ISO 639-3; a page's `lang` wants the two-letter code where there is one
 * (iso-639-3's table, by wooorm, franc's author) and the three-letter code otherwise, which BCP 47
 * allows. franc names the individual language of a macrolanguage (`arb`, Standard Arabic), whose
 * two-letter code is the macrolanguage's (`ar`): those franc knows are listed here.
 */
const MACROLANGUAGE_CODE: Record<string, string> = {
  arb: 'ar', pes: 'fa', swh: 'sw', uzn: 'uz', zlm: 'ms', azj: 'az', plt: 'mg', npi: 'ne', pbu: 'ps', qug: 'qu', fuv: 'ff', cmn: 'zh',
};

function languageTag(code: string): string | undefined {
  if (code === 'und') return undefined;
  return iso6393To1[code] ?? MACROLANGUAGE_CODE[code] ?? code;
}

// Letters of the scripts read as a whole language: Han, kana and Hangul are told apart here.
const LETTER = /\p{L}/u;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  const han = countIn(sample, HAN);
  const kana = countIn(sample, KANA);
  const hangul = countIn(sample, HANGUL);
  // Latin, Cyrillic, Arabic, Devanagari, Thai…: every letter that is not Chinese or Japanese or Korean.
  const alphabetic = countIn(sample, LETTER) - han - kana - hangul;
  if (kana > 20 && kana * 5 > han) return 'ja';
  if (hangul > 20 && hangul > han) return 'ko';
  if (han < alphabetic / 2) return languageTag(franc(sample, { minLength: 20 })) ?? 'en';
  const traditional = sample.match(TRADITIONAL_ONLY)?.length ?? 0;
  const simplified = sample.match(SIMPLIFIED_ONLY)?.length ?? 0;
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}
