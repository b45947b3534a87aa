/**
 * The way a language's text runs, from the platform's own locale data (ICU, in Node and in the
 * browser alike): `rtl` for Arabic, Hebrew, Persian, Urdu…, else `ltr`.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
    // `getTextInfo()` is the standard's name; engines before it (Node 20, older Chromium) have the `textInfo` getter.
    const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
