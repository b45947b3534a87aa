/*
 * Which licences the project accepts for its dependencies. transcript-deck is MIT and its decks
 * carry its fonts, scripts and data, so whatever ships (the production tree) must be permissive;
 * tools that only build and test it (the dev tree) may also be under file-level copyleft, which
 * binds changes to their own files only, and attribution licences for data.
 */

/** Permissive licences, accepted anywhere (SPDX identifiers). */
export const ALLOWED = [
  'MIT',
  'ISC',
  '0BSD',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'Zlib',
  'Python-2.0', // argparse, a port of Python's: the PSF licence, permissive
  'BlueOak-1.0.0',
  'CC0-1.0',
  'Unlicense',
  'OFL-1.1', // the Noto fonts: free to embed and subset in documents
] as const;

/** Accepted for build and test tools only (the dev tree), never in what ships. */
export const ALLOWED_IN_DEV = [
  'MPL-2.0', // axe-core, lightningcss (Vite): file-level copyleft, and we change none of their files
  'CC-BY-3.0', // spdx-exceptions, spdx-ranges: the SPDX lists this check reads, attribution only
] as const;

/**
 * Packages refused whatever their `license` field says: the field covers their code, not data they
 * ship under other terms.
 */
export const REFUSED: Readonly<Record<string, string>> = {
  'chinese-lexicon': 'its frequency data (Jun Da, SUBTLEX-CH, BCC) is for research use only',
};
