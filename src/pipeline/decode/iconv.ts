import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

/*
 * iconv-lite, required at the first legacy encoding (GBK, Big5, Shift_JIS…) to decode or to read
 * scrambled GBK back: a UTF-8 transcript never needs it, and its module and codecs take about 15 ms
 * to load.
 */
let loaded: typeof Iconv | undefined;

export function iconv(): typeof Iconv {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv;
  return loaded;
}
