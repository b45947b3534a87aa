/*
 * A topic's title when the transcript gives it none: the phrase most characteristic of the topic
 * against the whole talk (tf-idf over candidate phrases), shown exactly as it was said. Candidates
 * are contiguous runs of words with nothing but spaces between them (none in Chinese and Japanese,
 * cut by `Intl.Segmenter`): 1–6 words, or 2–12 characters of CJK, that neither start nor end with
 * a function word; in English only noun phrases (wink-nlp's tagger), so that a title names a thing
 * (`secret sharing`), not a stretch of a sentence. A phrase found about as often as the word it
 * grows from wins over that word: Chinese words the segmenter cuts apart (`交易` `池`) come back
 * whole (`交易池`), and `Shamir secret sharing` beats `secret`.
 */
import { HAN_OR_KANA, KANA } from '../text/cjk.ts';
import { englishModel } from '../text/english-model.ts';
import { wordSegments } from '../text/segment-words.ts';
import { functionWordsOf, type IsFunctionWord } from './stop-words.ts';
import { CHINESE_STOP, SINGLE_STOP, singular } from './terms.ts';

// Han and kana: written without spaces, so a title of them is measured in characters.
const WIDE = HAN_OR_KANA;
const ONLY_HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;
const STARTS_HIRAGANA = /^[\p{Script=Hiragana}ー]/u;
const ENDS_HIRAGANA = /[\p{Script=Hiragana}ー]$/u;
const WORD = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.]*$/u;
const DIGITS = /^[\p{N}.,]+$/u;
/** Numbers written in characters (`三十一`, `第`): a date or a count, never what a topic is about. */
const WIDE_NUMBER = /^[〇零一二三四五六七八九十百千万萬億亿兆两兩]+$|^[第号號]$/u;
/** What may stand between two words of one phrase: spaces, or a hyphen (`open-source`). */
const JOIN = /^(?:[ \t\u00a0]*|-)$/u;
/** Words that may join two others inside a phrase: `交易池的规则`, `北海道の小豆`, `channel 和 select`. */
const WIDE_JOINERS = new Set(['的', '之', 'の', '和', '与', '與', '及']);
const ENGLISH_NOUNS = new Set(['NOUN', 'PROPN']);
const ENGLISH_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const MAX_WORDS = 6;
const MAX_WIDE = 12;

interface Token {
  text: string;
  start: number;
  end: number;
  /** How occurrences are compared: lower-case, rough singular for Latin words. */
  key: string;
  wide: boolean;
  /** May start or end a phrase. */
  edge: boolean;
  /** May stand inside a phrase. */
  inner: boolean;
  /** May end a phrase: in English only a noun. */
  last: boolean;
}

interface Candidate {
  key: string;
  /** Words (Latin) plus half the CJK characters: how much a phrase says. */
  size: number;
  tokens: string[];
}

/** Part of speech of each character offset's word, for English text. */
function englishTags(text: string): (offset: number) => string | undefined {
  const nlp = englishModel();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const starts: Array<[number, string]> = [];
  let at = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, at);
    if (found < 0) return;
    starts.push([found, tags[i]!]);
    at = found + value.length;
  });
  return (offset) => {
    let tag: string | undefined;
    for (const [start, t] of starts) {
      if (start > offset) break;
      tag = t;
    }
    return tag;
  };
}

const latinKey = (text: string): string => singular(text.toLowerCase().replace(/’/gu, "'").replace(/'s$/u, ''));

/** Asides in brackets (`(Beifall)`, `[laughs]`, also one a line break cut in two) and addresses are not what the topic is about: blanked, offsets kept. */
const ASIDE = /\([^()]{0,300}\)|（[^（）]{0,300}）|\[[^[\]]{0,300}\]|【[^【】]{0,300}】|^\([^()]*$|^[^()]*\)|\b(?:https?:\/\/|www\.)\S+/gu;

function tokensOf(original: string, isFunction: IsFunctionWord, english: boolean): Token[][] {
  const text = original.replace(ASIDE, (aside) => ' '.repeat(aside.length));
  const locale = KANA.test(text) ? 'ja' : WIDE.test(text) ? 'zh' : 'en';
  // Tagged at its first word: a paragraph with none (an aside, blanked out) is never tagged, so a
  // CJK deck whose only such paragraphs are stage directions never loads the English model.
  let tags: ((offset: number) => string | undefined) | undefined;
  const tagAt = english && locale === 'en' ? (offset: number) => (tags ??= englishTags(text))(offset) : undefined;
  const chunks: Token[][] = [];
  let chunk: Token[] = [];
  let lastEnd = -1;
  for (const segment of wordSegments(text, locale)) {
    const word = segment.segment;
    const start = segment.index;
    if (!segment.isWordLike) {
      // Spaces and hyphens keep a phrase going; punctuation ends it.
      if (!JOIN.test(word)) {
        if (chunk.length > 0) chunks.push(chunk);
        chunk = [];
      }
      continue;
    }
    if (lastEnd >= 0 && !JOIN.test(text.slice(lastEnd, start)) && chunk.length > 0) {
      chunks.push(chunk);
      chunk = [];
    }
    lastEnd = start + word.length;
    chunk.push(tokenOf(word, start, isFunction, tagAt?.(start)));
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

function tokenOf(word: string, start: number, isFunction: IsFunctionWord, tag: string | undefined): Token {
  const end = start + word.length;
  if (WIDE.test(word)) {
    const stop = ONLY_HIRAGANA.test(word) || CHINESE_STOP.has(word) || (word.length === 1 && SINGLE_STOP.has(word)) || DIGITS.test(word) || WIDE_NUMBER.test(word);
    const edge = !stop && !STARTS_HIRAGANA.test(word) && !ENDS_HIRAGANA.test(word);
    return { text: word, start, end, key: word, wide: true, edge, inner: !stop || WIDE_JOINERS.has(word), last: edge };
  }
  const lower = word.toLowerCase().replace(/’/gu, "'");
  const content = WORD.test(word) && !DIGITS.test(word) && [...lower].length >= 2 && !isFunction(lower) && !isFunction(lower.replace(/'s$/u, ''));
  if (tag !== undefined) {
    // English: a noun phrase ends on a noun; adjectives and numbers may lead into it.
    // A gerund is read as a verb, but `secret sharing` and `machine learning` name things.
    const gerund = tag === 'VERB' && /ing$/u.test(lower);
    const phrase = content && (ENGLISH_PHRASE.has(tag) || gerund);
    return { text: word, start, end, key: latinKey(word), wide: false, edge: phrase, inner: phrase, last: phrase && (ENGLISH_NOUNS.has(tag) || gerund) };
  }
  return { text: word, start, end, key: latinKey(word), wide: false, edge: content, inner: content || isFunction(lower), last: content };
}

/** Every candidate phrase of a chunk of words, with where it is in the text. */
function* candidatesOf(chunk: Token[]): Generator<Candidate & { start: number; end: number }> {
  for (let i = 0; i < chunk.length; i++) {
    if (!chunk[i]!.edge) continue;
    let words = 0;
    let wide = 0;
    let inner = 0;
    for (let j = i; j < chunk.length && j - i < MAX_WORDS; j++) {
      const token = chunk[j]!;
      if (!token.inner && !token.edge) break;
      if (token.wide) wide += token.text.length;
      else words++;
      if (wide > MAX_WIDE) break;
      if (!token.edge) inner++;
      // At most two function words inside (`réforme des retraites`), never most of the phrase.
      if (inner > 2 || inner * 2 > j - i + 1) break;
      if (!token.last || (words === 0 && wide < 2)) continue;
      const slice = chunk.slice(i, j + 1);
      yield { key: slice.map((t) => t.key).join(' '), size: words + wide / 2, tokens: slice.map((t) => t.key), start: chunk[i]!.start, end: token.end };
    }
  }
}

interface Tally {
  count: number;
  surfaces: Map<string, number>;
  first: number;
}

/**
 * The texts without what is said in round brackets, which may open in one line and close lines
 * later: an aside (a parliament's heckles and applause, a stage direction) is not what the stretch
 * is about, and `(Michael Grosse-Brömer [CDU/CSU]: Dann …)` named a topic after a heckler.
 */
function outsideAsides(texts: readonly string[]): string[] {
  let depth = 0;
  return texts.map((text) => {
    let kept = '';
    for (const char of text) {
      if (char === '(' || char === '（') depth++;
      else if ((char === ')' || char === '）') && depth > 0) depth--;
      else if (depth === 0) kept += char;
    }
    // Same length out, so that positions into the text still hold.
    return kept.replace(FORM_OF_ADDRESS, (m) => ' '.repeat(m.length));
  });
}

// How a speaker addresses the room (`liebe Kolleginnen und Kollegen`, `ladies and gentlemen`): said
// often in one stretch of a speech, and about nothing.
const FORM_OF_ADDRESS = /\b(?:(?:liebe|lieben|sehr geehrte[nr]?|verehrte[nr]?|meine)\s+)?(?:kolleginnen und kollegen|damen und herren)\b|\b(?:liebe|lieben|sehr geehrte[nr]?|verehrte[nr]?)\s+(?:kolleginnen|kollegen|freunde)\b|\bladies and gentlemen\b|\bmesdames et messieurs\b|\bchers (?:collègues|amis)\b|\bseñoras y señores\b|\b(?:queridos|estimados) (?:colegas|amigos)\b|女士们，?先生们|女士們，?先生們|同志们|同志們|各位(?:同事|代表|委员|委員|朋友)|皆(?:さん|様)/giu;

/**
 * A title for each topic (its paragraphs' texts), or '' when nothing in it is characteristic.
 * `names` are term keys of the speakers' names: a name alone is no title.
 */
export function keyPhrases(topics: ReadonlyArray<readonly string[]>, names: ReadonlySet<string> = new Set()): string[] {
  const texts = topics.flat();
  const sample = texts.join(' ').slice(0, 50_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  const { language, isFunction } = functionWordsOf(sample);
  const english = language === 'en';

  const perTopic: Array<Map<string, Tally>> = [];
  const total = new Map<string, number>();
  const paragraphs = new Map<string, number>();
  const sizes = new Map<string, Candidate>();
  let position = 0;
  for (const topic of topics) {
    const tallies = new Map<string, Tally>();
    for (const text of outsideAsides(topic)) {
      const seen = new Set<string>();
      for (const chunk of tokensOf(text, isFunction, english)) {
        for (const candidate of candidatesOf(chunk)) {
          if (candidate.tokens.every((key) => names.has(key))) continue;
          const surface = text.slice(candidate.start, candidate.end);
          const tally = tallies.get(candidate.key) ?? { count: 0, surfaces: new Map<string, number>(), first: position++ };
          tally.count++;
          tally.surfaces.set(surface, (tally.surfaces.get(surface) ?? 0) + 1);
          tallies.set(candidate.key, tally);
          total.set(candidate.key, (total.get(candidate.key) ?? 0) + 1);
          if (!seen.has(candidate.key)) paragraphs.set(candidate.key, (paragraphs.get(candidate.key) ?? 0) + 1);
          seen.add(candidate.key);
          sizes.set(candidate.key, candidate);
        }
      }
    }
    perTopic.push(tallies);
  }

  const used = new Set<string>();
  return perTopic.map((tallies) => {
    const score = (key: string): number => {
      const count = tallies.get(key)!.count;
      const idf = Math.log(1 + texts.length / (paragraphs.get(key) ?? 1));
      return count * (count / total.get(key)!) * idf * sizes.get(key)!.size;
    };
    const fresh = [...tallies.keys()].filter((key) => !used.has(key));
    // Said twice or more, when anything is: a phrase said once is as likely a stretch of a sentence.
    const repeated = fresh.filter((key) => tallies.get(key)!.count >= 2);
    const keys = repeated.length > 0 ? repeated : fresh;
    if (keys.length === 0) return '';
    const byScore = (a: string, b: string): number => score(b) - score(a) || tallies.get(a)!.first - tallies.get(b)!.first;
    let best = keys.sort(byScore)[0]!;
    // Grow into a longer phrase said nearly as often: the whole name, not a piece of it.
    for (;;) {
      const count = tallies.get(best)!.count;
      const longer = keys.filter((key) => key !== best && contains(sizes.get(key)!.tokens, sizes.get(best)!.tokens) && tallies.get(key)!.count >= Math.max(2, count * 0.6));
      if (longer.length === 0) break;
      best = longer.sort(byScore)[0]!;
    }
    used.add(best);
    return displayForm(tallies.get(best)!.surfaces);
  });
}

/** Whether the token keys `inner` occur in `outer` as a contiguous run. */
function contains(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((key, k) => outer[i + k] === key)) return true;
  return false;
}

/** The way a phrase was said most often; on a tie the lower-case one (a sentence start is no name). */
function displayForm(surfaces: Map<string, number>): string {
  return [...surfaces].sort((a, b) => b[1] - a[1] || Number(a[0] !== a[0].toLowerCase()) - Number(b[0] !== b[0].toLowerCase()) || (a[0] < b[0] ? -1 : 1))[0]![0];
}
