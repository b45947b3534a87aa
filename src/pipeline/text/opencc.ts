import { createRequire } from 'node:module';
import { TextMemo } from './text-memo.ts';

/*
 * OpenCC (opencc-js), loaded on first use, and its converters.
 * - `converter(from, to)`: OpenCC's own converter, built once: for converting whole texts.
 * - `fewTextsConverter(from, to)`: the same conversion for a few short texts (the clauses that hold
 *   a character foreign to the deck's script), with OpenCC's tries built for each text from only
 *   the dictionary entries the text can use. Simplified → Taiwan's Traditional reads a 400 KB phrase
 *   table into two tries, about a quarter of a second, to convert a few clauses of a Traditional
 *   deck. The result is OpenCC's: a trie only ever matches an entry whose characters are all in
 *   the text it converts, so leaving out the others changes no match (a test compares both on the
 *   corpus).
 */

// Required, not imported: its module holds every dictionary (1.2 MB of JavaScript, about 15 ms
// to load), and a deck with no Chinese never needs it.
type OpenCCModule = typeof import('opencc-js');
let openCC: OpenCCModule | undefined;

export function requireOpenCC(): OpenCCModule {
  openCC ??= createRequire(import.meta.url)('opencc-js') as OpenCCModule;
  return openCC;
}

export type Target = 'cn' | 't' | 'tw' | 'hk';

const converters = new Map<string, (text: string) => string>();

/**
 * OpenCC converters take from a few to a few hundred milliseconds to build: build each once, when
 * first needed (the Simplified copies, simplified.ts, and the script choice, script.ts, share them).
 */
export function converter(from: Target, to: Target): (text: string) => string {
  const key = `${from}>${to}`;
  let convert = converters.get(key);
  if (!convert) {
    convert = requireOpenCC().Converter({ from, to });
    converters.set(key, convert);
  }
  return convert;
}

/** One of OpenCC's conversion configurations, as its presets give them (`Locale.configs`). */
interface Config {
  normalizationChain?: readonly (readonly string[])[];
  segmentation?: readonly string[];
  conversionChain: readonly (readonly string[])[];
}

/** OpenCC's name for the configuration of a conversion (its ConverterBuilder's rule, for these targets). */
const configName = (from: Target, to: Target): string => (from === 'cn' ? `s2${to}` : to === 'cn' ? `${from}2s` : `${from}2${to}`);

/**
 * The conversion OpenCC's `Converter({ from, to })` makes, for texts converted one at a time and
 * seldom. Mirrors OpenCC's own steps for a configuration (normalise, cut into the segmentation
 * table's phrases, run each segment through the conversion chain), each trie built from the
 * entries that can match in the text it is given.
 */
export function fewTextsConverter(from: Target, to: Target): (text: string) => string {
  const configs = (requireOpenCC().Locale as unknown as { configs?: Record<string, Config> }).configs;
  const config = configs?.[configName(from, to)];
  // Only dictionaries given as strings are indexed (all of OpenCC's presets are): anything else converts as OpenCC does.
  const groups = config ? [...(config.normalizationChain ?? []), config.segmentation ?? [], ...config.conversionChain] : [];
  if (!config || !groups.every((group) => group.every((dict) => typeof dict === 'string'))) return converter(from, to);
  const { Trie } = requireOpenCC();
  const trieFor = (group: readonly string[], text: string): InstanceType<typeof Trie> => {
    const trie = new Trie();
    const allowed = codePoints(text);
    trie.loadDictGroup(group.map((dict) => usableEntries(dict, allowed)));
    return trie;
  };
  // The same clause comes back (the notes, the slides and the accounting convert it): remembered.
  const memo = new TextMemo<string>(200_000);
  const convert = (text: string): string => {
    let normal = text;
    for (const group of config.normalizationChain ?? []) normal = trieFor(group, normal).convert(normal);
    let segments = config.segmentation ? trieFor(config.segmentation, normal).segment(normal) : [normal];
    for (const group of config.conversionChain) {
      const trie = trieFor(group, segments.join(''));
      segments = segments.map((segment) => trie.convert(segment));
    }
    return segments.join('');
  };
  return (text) => memo.get(text, convert);
}

const codePoints = (text: string): Set<number> => {
  const set = new Set<number>();
  for (const char of text) set.add(char.codePointAt(0)!);
  return set;
};

/**
 * Where a dictionary's entries start (`source replacement|…`, as OpenCC's Trie.loadDict reads it),
 * by the first code point of their source, in the dictionary's order. Offsets, not split entries:
 * splitting the 400 KB phrase table costs most of what building its trie does.
 */
const indexed = new Map<string, Map<number, number[]>>();

function startsOf(dict: string): Map<number, number[]> {
  let starts = indexed.get(dict);
  if (!starts) {
    starts = new Map();
    for (let at = 0; at < dict.length; ) {
      const first = dict.codePointAt(at)!;
      const list = starts.get(first);
      if (list) list.push(at);
      else starts.set(first, [at]);
      const next = dict.indexOf('|', at);
      if (next < 0) break;
      at = next + 1;
    }
    indexed.set(dict, starts);
  }
  return starts;
}

/** The entries of `dict` whose every character is in `allowed`, in the dictionary's order (a later one overrides an earlier, as in OpenCC). */
function usableEntries(dict: string, allowed: ReadonlySet<number>): Array<[string, string]> {
  const starts = startsOf(dict);
  const found: number[] = [];
  for (const code of allowed) {
    const list = starts.get(code);
    if (list) for (const at of list) found.push(at);
  }
  found.sort((a, b) => a - b);
  const usable: Array<[string, string]> = [];
  for (const at of found) {
    const space = dict.indexOf(' ', at);
    const bar = dict.indexOf('|', at);
    const end = bar < 0 ? dict.length : bar;
    if (space < 0 || space > end) continue;
    let all = true;
    for (let i = at; i < space; ) {
      const code = dict.codePointAt(i)!;
      if (!allowed.has(code)) {
        all = false;
        break;
      }
      i += code > 0xffff ? 2 : 1;
    }
    if (!all) continue;
    // The replacement is the second field, as `line.split(' ')` gives it.
    const second = dict.indexOf(' ', space + 1);
    usable.push([dict.slice(at, space), dict.slice(space + 1, second >= 0 && second < end ? second : end)]);
  }
  return usable;
}
