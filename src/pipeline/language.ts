/*
 * A deck's language when deck.yaml does not say. Characters that exist only in one Chinese script
 * tell Traditional from Simplified; the common ones below cover most running text.
 */
const TRADITIONAL_ONLY = /[們這個說會來為時對們國學發現經點後還麼開關於與間問覺過實讓從東當]/gu;
const SIMPLIFIED_ONLY = /[们这个说会来为时对国学发现经点后还么开关于与间问觉过实让从东当]/gu;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (kana > 20 && kana * 5 > han) return 'ja';
  if (han < latin / 2) return 'en';
  const traditional = sample.match(TRADITIONAL_ONLY)?.length ?? 0;
  const simplified = sample.match(SIMPLIFIED_ONLY)?.length ?? 0;
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}
