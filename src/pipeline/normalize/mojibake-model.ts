import stCharacters from 'opencc-js/dict/STCharacters';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariants from 'opencc-js/dict/TWVariants';
import { firstIndexWhere } from '../../shared/sorted-search.ts';
import { isHanCodeUnit } from '../text/cjk.ts';
import { loadCharacterCounts, loadReadingCounts, loadWordPairCounts } from './mojibake-data.ts';
import { isPunctuation } from './mojibake-text.ts';

/*
 * How plausible a run of Chinese characters is: a character bigram model.
 * - Unigrams: each character's count in jieba's dictionary (its words' summed counts, 349,000
 *   words of modern Chinese).
 * - Bigrams: pairs of neighbouring characters inside those words, weighted by the word's count.
 *   They only see word-internal pairs; across words the model falls back on unigrams.
 * - A cache of the document itself (its own characters and pairs), so that the document's own
 *   vocabulary (`它` in a talk about models, a speaker's name) counts for more.
 * The statistics are data files (mojibake-data.ts). The dictionary is mostly Simplified; a Traditional
 * character is looked up through OpenCC's character table.
 * Everything is indexed by UTF-16 code unit (BMP characters), built on first use and shared: the
 * statistics are read only then, so a text with nothing that looks scrambled never loads them.
 */

export type Script = 'traditional' | 'simplified';

const SIMPLIFIED_ONLY = 1;
const TRADITIONAL_ONLY = 2;
const TAIWAN_FORM = 4;
const HAS_TAIWAN_FORM = 8;

export interface Lexicon {
  /** Code of the Simplified form used for look-ups (the character itself when it has none). */
  key(code: number): number;
  /** Dictionary count of a key. */
  count(key: number): number;
  total: number;
  /** 1 for the most frequent character; `Infinity` when unknown. */
  rank(char: string): number;
  rankOf(code: number): number;
  /** Count of the key pair inside words, and of the first key as the left one of any pair. */
  bigram(a: number, b: number): number;
  leftCount(key: number): number;
  /** True for a character only Simplified text uses (`为`, `这`); false for shared ones (`大`). */
  simplifiedOnly(char: string): boolean;
  /** True for a character only Traditional text uses (`為`, `這`). */
  traditionalOnly(char: string): boolean;
  flags(code: number): number;
  /** Character-by-character conversion to Traditional (OpenCC's table, then Taiwan variants when asked). */
  toTraditional(text: string, taiwan: boolean): string;
  /** OpenCC's Simplified form of a Traditional character. */
  simplifiedOf(char: string): string | undefined;
  /** Tone-marked readings of a character (`內` → `nèi`), from Unihan's kHanyuPinlu. */
  readings(char: string): readonly string[];
  /** Characters with a tone-marked reading, most frequent first. */
  charactersRead(reading: string): readonly string[];
}

let lexicon: Lexicon | undefined;

/** The shared lexicon (built on first use; its word pairs and readings on their first use). */
export function getLexicon(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

function parsePairs(dict: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && !map.has(from)) map.set(from, to);
  }
  return map;
}

const bmp = (s: string): boolean => s.length === 1;

function buildLexicon(): Lexicon {
  const ts = parsePairs(tsCharacters);
  const st = parsePairs(stCharacters);
  const tw = parsePairs(twVariants);

  const counts = new Float64Array(0x10000);
  const ranks = new Uint32Array(0x10000);
  let total = 0;
  // Most frequent first: a character's rank is its place in the list.
  const characters = loadCharacterCounts();
  for (let index = 0; index < characters.counts.length; index++) {
    const code = characters.characters.charCodeAt(index);
    counts[code] = characters.counts[index]!;
    ranks[code] = index + 1;
    total += counts[code]!;
  }

  const keys = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) keys[code] = code;
  for (const [trad, simp] of ts) {
    if (bmp(trad) && bmp(simp) && counts[simp.charCodeAt(0)]! > 0) keys[trad.charCodeAt(0)] = simp.charCodeAt(0);
  }

  const flags = new Uint8Array(0x10000);
  const flag = (char: string, bit: number): void => {
    if (bmp(char)) flags[char.charCodeAt(0)] = flags[char.charCodeAt(0)]! | bit;
  };
  for (const [simp, trad] of st) if (trad !== simp && !ts.has(simp)) flag(simp, SIMPLIFIED_ONLY);
  for (const [trad, simp] of ts) if (simp !== trad && !st.has(trad)) flag(trad, TRADITIONAL_ONLY);
  for (const [standard, taiwan] of tw) {
    flag(taiwan, TAIWAN_FORM);
    flag(standard, HAS_TAIWAN_FORM);
  }

  // The pairs and readings only once something is read: finding what to read needs ranks alone.
  let words: WordModel | undefined;
  const wordModel = (): WordModel => (words ??= buildWordModel());
  const rankOf = (code: number): number => ranks[keys[code]!] || Infinity;
  return {
    key: (code) => keys[code]!,
    count: (key) => counts[key]!,
    total,
    rank: (char) => (bmp(char) ? rankOf(char.charCodeAt(0)) : Infinity),
    rankOf,
    bigram: (a, b) => wordModel().bigram(a * 0x10000 + b),
    leftCount: (key) => wordModel().left[key]!,
    simplifiedOnly: (char) => bmp(char) && (flags[char.charCodeAt(0)]! & SIMPLIFIED_ONLY) !== 0,
    traditionalOnly: (char) => bmp(char) && (flags[char.charCodeAt(0)]! & TRADITIONAL_ONLY) !== 0,
    flags: (code) => flags[code]!,
    toTraditional: (text, taiwan) => {
      let out = '';
      for (const char of text) {
        const t = st.get(char) ?? char;
        out += taiwan ? (tw.get(t) ?? t) : t;
      }
      return out;
    },
    simplifiedOf: (char) => ts.get(char),
    readings: (char) => {
      const { readings } = wordModel();
      return readings.get(char) ?? readings.get(ts.get(char) ?? char) ?? [];
    },
    charactersRead: (reading) => wordModel().charsRead.get(reading) ?? [],
  };
}

/** Neighbouring pairs inside words, and readings: the part of the lexicon that scoring a reading needs. */
interface WordModel {
  bigram(pair: number): number;
  left: Float64Array;
  readings: Map<string, string[]>;
  charsRead: Map<string, string[]>;
}

function buildWordModel(): WordModel {
  const data = loadWordPairCounts();
  // Pair codes (first * 0x10000 + second), ascending as the file lists them.
  const pairs = new Float64Array(data.counts.length);
  const left = new Float64Array(0x10000);
  for (let i = 0; i < pairs.length; i++) {
    const a = data.pairs.charCodeAt(2 * i);
    pairs[i] = a * 0x10000 + data.pairs.charCodeAt(2 * i + 1);
    left[a] = left[a]! + data.counts[i]!;
  }
  const bigram = (pair: number): number => {
    const low = firstIndexWhere(0, pairs.length, (i) => pairs[i]! >= pair);
    return pairs[low] === pair ? data.counts[low]! : 0;
  };

  const readings = new Map<string, string[]>();
  const readers = new Map<string, Array<{ char: string; count: number }>>();
  for (const [char, reading, count] of loadReadingCounts().readings) {
    const list = readings.get(char);
    if (list) list.push(reading);
    else readings.set(char, [reading]);
    const chars = readers.get(reading) ?? [];
    chars.push({ char, count });
    readers.set(reading, chars);
  }
  const charsRead = new Map<string, string[]>();
  for (const [reading, chars] of readers) charsRead.set(reading, chars.sort((a, b) => b.count - a.count).map((c) => c.char));
  return { bigram, left, readings, charsRead };
}

/** Counts of a document's own characters and neighbouring pairs, by look-up key. */
export interface DocumentCache {
  chars: Map<number, number>;
  pairs: Map<number, number>;
  total: number;
}

const GLOSS = /^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)$/;

/** The cache reads at most this much of a document: plenty to learn its vocabulary. */
const CACHE_SPAN = 200_000;
const CACHE_RANK = 3000;
/** The cache's weight grows with the document: a short text says little about its vocabulary. */
const CACHE_WEIGHT = 0.25;
const CACHE_HALF = 2000;

/** Builds the document cache from `text`, leaving out the ranges being repaired (sorted by start). */
export function buildCache(text: string, skip: ReadonlyArray<{ start: number; end: number }>): DocumentCache {
  const lex = getLexicon();
  const chars = new Map<number, number>();
  const pairs = new Map<number, number>();
  let total = 0;
  let prev = 0;
  let skipIndex = 0;
  const limit = Math.min(text.length, CACHE_SPAN);
  for (let i = 0; i < limit; i++) {
    while (skipIndex < skip.length && skip[skipIndex]!.end <= i) skipIndex++;
    const code = text.charCodeAt(i);
    if (code === 0x28) {
      // A pinyin gloss `(huì)` sits between two characters of one word: look through it.
      const close = text.indexOf(')', i);
      if (close > i && close - i <= 8 && GLOSS.test(text.slice(i, close + 1))) {
        i = close;
        continue;
      }
    }
    const inSkip = skipIndex < skip.length && skip[skipIndex]!.start <= i;
    // Rare characters are what scrambled bytes look like: the cache only learns common ones.
    if (inSkip || !isHanCodeUnit(code) || lex.rankOf(code) > CACHE_RANK) {
      prev = 0;
      continue;
    }
    const k = lex.key(code);
    chars.set(k, (chars.get(k) ?? 0) + 1);
    total++;
    if (prev) pairs.set(prev * 0x10000 + k, (pairs.get(prev * 0x10000 + k) ?? 0) + 1);
    prev = k;
  }
  return { chars, pairs, total };
}

/** General (document-independent) P(char | prev) by key pair, shared by every document. */
const generalMemo = new Map<number, number>();

function generalP(lex: Lexicon, pk: number, k: number): number {
  const memoKey = pk * 0x10000 + k;
  const known = generalMemo.get(memoKey);
  if (known !== undefined) return known;
  const unigram = (lex.count(k) + 0.05) / lex.total;
  const leftCount = pk ? lex.leftCount(pk) : 0;
  const p = leftCount > 0 ? 0.55 * unigram + 0.45 * (lex.bigram(pk, k) / leftCount) : unigram;
  if (generalMemo.size > 2_000_000) generalMemo.clear();
  generalMemo.set(memoKey, p);
  return p;
}

/** ln P(b | a) from the general model only (no document cache), for ranking candidates the same way for every document. */
export function generalLogp(lex: Lexicon, a: number, b: number, script: Script | undefined): number {
  if (!isHanCodeUnit(b)) return COMMON_PUNCTUATION.has(b) ? PUNCTUATION : NOT_CHINESE;
  let p = generalP(lex, isHanCodeUnit(a) ? lex.key(a) : 0, lex.key(b));
  const flags = lex.flags(b);
  if (script === 'traditional' && flags & SIMPLIFIED_ONLY) p *= 0.03;
  if (script === 'simplified' && flags & TRADITIONAL_ONLY) p *= 0.03;
  return Math.log(p);
}

const NOT_CHINESE = Math.log(1e-9);
/** Common Chinese punctuation: about one character in twenty of running text; it ends the context. */
const PUNCTUATION = Math.log(0.01);
const RARE_PUNCTUATION = Math.log(1e-6);
const COMMON_PUNCTUATION = new Set([...'，。、：；！？「」《》（）'].map((c) => c.charCodeAt(0)));


/** A score for ranking candidate characters without context: frequency, less for the other script's characters. */
export function candidateWeight(lex: Lexicon, code: number, script: Script | undefined): number {
  if (isPunctuation(code)) return COMMON_PUNCTUATION.has(code) ? lex.total * 0.002 : 0;
  let weight = lex.count(lex.key(code));
  const flags = lex.flags(code);
  if (script === 'traditional' && flags & SIMPLIFIED_ONLY) weight *= 0.03;
  if (script === 'simplified' && flags & TRADITIONAL_ONLY) weight *= 0.03;
  return weight;
}

/** Cost model: natural-log probabilities of characters given the one before. */
export class LanguageModel {
  private readonly lex = getLexicon();
  private readonly memo = new Map<number, number>();

  constructor(
    private readonly script: Script | undefined,
    private readonly cache: DocumentCache | undefined,
  ) {}

  /**
   * ln P(char | prev), both as UTF-16 code units; `prev` is 0 at a boundary (start of text, after
   * Latin letters). Latin text costs nothing; other non-Han letters (Greek, box drawing) cost a lot.
   */
  logp(prev: number, code: number): number {
    if (code < 0x80) return 0;
    if (!isHanCodeUnit(code)) return COMMON_PUNCTUATION.has(code) ? PUNCTUATION : isPunctuation(code) ? RARE_PUNCTUATION : NOT_CHINESE;
    const memoKey = prev * 0x10000 + code;
    const known = this.memo.get(memoKey);
    if (known !== undefined) return known;
    const value = this.compute(prev, code);
    this.memo.set(memoKey, value);
    return value;
  }

  private compute(prev: number, code: number): number {
    const lex = this.lex;
    const k = lex.key(code);
    const pk = isHanCodeUnit(prev) ? lex.key(prev) : 0;
    let p = generalP(lex, pk, k);
    const cache = this.cache;
    if (cache && cache.total > 0) {
      const own = cache.chars.get(k) ?? 0;
      const ownPrev = pk ? (cache.chars.get(pk) ?? 0) : 0;
      const ownPair = ownPrev > 0 ? (cache.pairs.get(pk * 0x10000 + k) ?? 0) / ownPrev : 0;
      const weight = (CACHE_WEIGHT * cache.total) / (cache.total + CACHE_HALF);
      p = (1 - weight) * p + weight * (0.6 * (own / cache.total) + 0.4 * ownPair);
    }
    const flags = lex.flags(code);
    if (this.script === 'traditional' && flags & SIMPLIFIED_ONLY) p *= 0.03;
    if (this.script === 'simplified' && flags & TRADITIONAL_ONLY) p *= 0.03;
    return Math.log(p);
  }

  /** ln P of `text` after the character `prev` (0 for none); with `next`, what `next` gains from following it. */
  score(prev: number, text: string, next = 0): number {
    let total = 0;
    let before = prev;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      total += this.logp(before, code);
      before = code < 0x80 || isPunctuation(code) ? 0 : code;
    }
    if (next) total += this.logp(before, next) - this.logp(0, next);
    return total;
  }
}

/** The last character of `text` as a context code (0 after Latin text). */
export function lastContext(prev: number, text: string): number {
  if (text.length === 0) return prev;
  const code = text.charCodeAt(text.length - 1);
  return code < 0x80 || isPunctuation(code) ? 0 : code;
}

/** The document's script, from the characters only one of the scripts uses; and whether it uses Taiwan forms (`為`, not `爲`). */
export function detectScript(text: string): { script: Script | undefined; taiwan: boolean } {
  const lex = getLexicon();
  let traditional = 0;
  let simplified = 0;
  let taiwanForms = 0;
  let standardForms = 0;
  const limit = Math.min(text.length, 200_000);
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const flags = lex.flags(code);
    if (flags === 0) continue;
    if (flags & TRADITIONAL_ONLY) traditional++;
    else if (flags & SIMPLIFIED_ONLY) simplified++;
    if (flags & TAIWAN_FORM) taiwanForms++;
    else if (flags & HAS_TAIWAN_FORM) standardForms++;
  }
  const script = traditional + simplified < 3 ? undefined : traditional > simplified * 2 ? 'traditional' : simplified > traditional * 2 ? 'simplified' : undefined;
  return { script, taiwan: taiwanForms >= standardForms };
}
