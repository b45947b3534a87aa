/*
 * Sentence units: the stretches of a paragraph that could go on a slide. A paragraph is split at
 * sentence ends; a sentence too short to stand alone is merged with its neighbour; a sentence too
 * long for a slide is cut at clause boundaries into slide-sized pieces; a leading filler (`對,`,
 * `那`, `就是說`, `So,`) is left out. Whatever is left out inside a sentence is marked, so the quote
 * shows the language's omission mark there (`……` in Chinese, `…` elsewhere). Words are never changed: a unit is always a slice of the paragraph.
 *
 * Every function that looks at words takes the Simplified copy (`simp`, same length, same offsets)
 * next to the original text, so the patterns below only need Simplified forms.
 */

import { leansOnBefore } from './leans.ts';
import { isUnpunctuated, unpunctuatedUnits } from './unpunctuated.ts';
import { countIn, HAN_OR_KANA, KANA } from '../text/cjk.ts';

/** A half-open range of a paragraph's text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A candidate stretch of a paragraph. */
export interface Unit extends TextRange {
  /** Something of the same sentence before `start` was left out: the quote starts with `……`. */
  cutLead: boolean;
  /** Something of the same sentence after `end` was left out: the quote ends with `……`. */
  cutTail: boolean;
  /** The left-out lead was only a filler (`對,`, `那`, `So,`). */
  fillerOnly: boolean;
  /** The unit is too long and has no clause boundary to cut at. */
  oversize: boolean;
  /** Its sentence began in the paragraph before (a cue or line boundary is no sentence start). */
  brokenLead?: boolean;
  /** Its sentence goes on in the paragraph after. */
  brokenTail?: boolean;
  /** Cut from text with no punctuation (raw speech-to-text), where a thought seemed to start: its edges are guesses. */
  unpunctuated?: boolean;
  /**
   * A piece of a sentence that stops before the sentence ends, or starts at a clause with no
   * connective or filler left out before it: only a whole sentence (or its last clauses after an
   * `and`, a `so`, a `然后`) goes on a slide, so one sentence is never spread over several.
   */
  midSentence?: boolean;
}

/** Where a paragraph sits in its turn's flow of sentences, and what in it is not speech. */
export interface ParagraphFlow {
  /** The paragraph starts inside a sentence begun in the one before. */
  opensMid?: boolean;
  /** The paragraph stops inside a sentence that goes on in the next. */
  closesMid?: boolean;
  /** Markup (stamps, sound cues, labels): never part of a sentence's edges. */
  markup?: readonly TextRange[];
}

/** Han-script text is measured in characters, Latin-script text in words. */
export type ScriptKind = 'han' | 'latin';

export interface LengthBounds {
  min: number;
  max: number;
  /** The length that reads best on a slide. */
  ideal: number;
}

export interface UnitOptions {
  /** Han: characters (a Latin word inside Han text counts two). */
  minLength: number;
  maxLength: number;
  /** Latin script: words. */
  minWords: number;
  maxWords: number;
}

// Sentence ends, with closing quotes or brackets that belong to the sentence they end. An ASCII `?`
// directly followed by a letter is not one: that is what scrambled bytes look like (`因?yàn)`).
const SENTENCE_END = /(?:[。！？；؟।॥]+|[!;]+|\?+(?![A-Za-z\u00C0-\u024F])|……|\.(?=\s|$))[」』”’"')）\]]*/gu;
const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|st|vs|etc|e\.g|i\.e|u\.s|u\.k|inc|ltd|jr|sr|no|fig|approx)$/iu;
// Clause ends: a Chinese comma or colon, or an ASCII one followed by a space or a non-digit
// (`1,000` is one number). `、` joins list items and is not a clause end.
const CLAUSE_END = /——|—|[，：،]|[,:](?!\d)|;/gu;

/** Which way a text is measured: by characters when it is mostly Han, else by words. */
export function scriptOf(text: string): ScriptKind {
  return new Lengths(text).script;
}

/**
 * How long a text reads on a slide. Han: a Han or kana character counts one, a Latin word or a
 * number two (about the width of two characters). Latin: words, a Han character half a word.
 */
export function measure(text: string, script: ScriptKind = 'han'): number {
  return new Lengths(text, script).of(0, text.length);
}

/**
 * `measure` of any slice of one text in constant time (prefix sums), for the many slices that
 * cutting and merging try.
 */
export class Lengths {
  private readonly han: Uint32Array;
  private readonly words: Uint32Array;
  /** The paragraph's script, from the same counts as `scriptOf`. */
  readonly script: ScriptKind;

  constructor(private readonly text: string, script?: ScriptKind) {
    const n = text.length;
    this.han = new Uint32Array(n + 1);
    this.words = new Uint32Array(n + 1);
    let inWord = false;
    for (let i = 0; i < n; i++) {
      const kind = charKind(text.charCodeAt(i), text, i);
      this.han[i + 1] = this.han[i]! + (kind === HAN ? 1 : 0);
      this.words[i + 1] = this.words[i]! + (kind === LETTER && !inWord ? 1 : 0);
      // An apostrophe inside a word (`don't`) does not end it.
      const c = text.charCodeAt(i);
      inWord = kind === LETTER || (inWord && (c === 39 || c === 0x2019) && charKind(text.charCodeAt(i + 1), text, i + 1) === LETTER);
    }
    this.script = script ?? (this.han[n]! >= this.words[n]! ? 'han' : 'latin');
  }

  /** Reading length of `text.slice(start, end)`. */
  of(start: number, end: number): number {
    const han = this.han[end]! - this.han[start]!;
    // A word cut at `start` still counts.
    const cutWord = start > 0 && start < end && this.words[start + 1] === this.words[start] && charKind(this.text.charCodeAt(start), this.text, start) === LETTER ? 1 : 0;
    const words = this.words[end]! - this.words[start]! + cutWord;
    return this.script === 'han' ? han + words * 2 : words + Math.ceil(han / 2);
  }
}

const OTHER = 0;
const HAN = 1;
const LETTER = 2;
const HAN_ONE = HAN_OR_KANA;
const WORD_ONE = /[\p{L}\p{M}\p{N}]/u;

/** Han/kana, a letter or digit of another script, or neither: by code unit, fast for the common ranges. */
function charKind(c: number, text: string, i: number): number {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : OTHER;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff)) return HAN;
  if (c >= 0x3000 && c <= 0x303f) return OTHER; // CJK punctuation
  if (c >= 0xff00 && c <= 0xffef) return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ? LETTER : OTHER;
  if (c >= 0xdc00 && c <= 0xdfff) return OTHER; // second half of a pair: counted with the first
  const char = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
  return HAN_ONE.test(char) ? HAN : WORD_ONE.test(char) ? LETTER : OTHER;
}

/** Kept for callers that measured Han text: `measure(text, 'han')`. */
export function readingLength(text: string): number {
  return measure(text, 'han');
}

export function boundsFor(script: ScriptKind, options: UnitOptions): LengthBounds {
  const [min, max] = script === 'han' ? [options.minLength, options.maxLength] : [options.minWords, options.maxWords];
  return { min, max, ideal: Math.round(min + (max - min) * 0.4) };
}

/**
 * Runs of scrambled bytes that normalisation left in: an ASCII `?` followed by pinyin (`因?yàn)`),
 * tone-marked pinyin letters in Han text, or U+FFFD. Each run is widened to its whole clause, since
 * the characters around such a run are usually garbage too (`樗虡I(yè)化`).
 */
export function scrambledRanges(text: string, simp: string = text, script: ScriptKind = scriptOf(text)): TextRange[] {
  const ranges: TextRange[] = [];
  if (!/[?\uFFFD\u00C0-\u024F]/u.test(simp)) return ranges;
  const signature = script === 'han'
    ? /\?(?=[A-Za-z\u00C0-\u024F])|\uFFFD|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/gu
    : /\?(?=[a-z\u00C0-\u024F]{1,6}\))|\uFFFD/gu;
  const boundary = /[，,。！!；;：:\n]/u;
  for (const match of simp.matchAll(signature)) {
    let start = match.index;
    while (start > 0 && !boundary.test(simp[start - 1]!)) start--;
    let end = match.index + match[0].length;
    while (end < simp.length && !boundary.test(simp[end]!)) end++;
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}

const inside = (offset: number, ranges: readonly TextRange[]): boolean => ranges.some((r) => offset > r.start && offset < r.end);

/**
 * Splits a paragraph into sentences; the ranges cover all of it except white space between them.
 * Sentence ends inside `keep` ranges (scrambled runs) do not count.
 */
export function splitSentences(text: string, keep: readonly TextRange[] = [], script: ScriptKind = 'han', markup: readonly TextRange[] = []): TextRange[] {
  const ranges: TextRange[] = [];
  const pushTrimmed = (from: number, to: number, out: TextRange[]): void => pushSpeech(text, from, to, out, markup);
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (inside(match.index, keep)) continue;
    // In English a semicolon joins two clauses of one sentence.
    if (script === 'latin' && match[0].startsWith(';')) continue;
    if (match[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    pushTrimmed(start, end, ranges);
    start = end;
  }
  pushTrimmed(start, text.length, ranges);
  return ranges;
}

/** Clause boundaries inside a range: offsets just after each clause-ending mark. */
export function clauseBreaks(text: string, range: TextRange): number[] {
  const breaks: number[] = [];
  const slice = text.slice(range.start, range.end);
  for (const match of slice.matchAll(CLAUSE_END)) {
    let offset = range.start + match.index + match[0].length;
    while (offset < range.end && /\s/u.test(text[offset]!)) offset++;
    if (offset < range.end) breaks.push(offset);
  }
  return breaks;
}

/** Pushes the sentence `start`…`end` without white space or markup at its edges (a stamp before it, a cue after it). */
function pushSpeech(text: string, start: number, end: number, out: TextRange[], markup: readonly TextRange[]): void {
  for (let moved = true; moved; ) {
    moved = false;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    for (const r of markup) {
      if (start < end && r.start <= start && r.end > start) {
        start = Math.min(end, r.end);
        moved = true;
      }
      if (start < end && r.end >= end && r.start < end && r.start >= start) {
        end = r.start;
        moved = true;
      }
    }
  }
  // Nothing but punctuation left (the `.` after a stamp): no sentence.
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}

// Words an interviewee uses to take the floor or to go on; leaving them out changes no claim.
// Single characters only before a comma (`對,` but not `對於`); `那` not before `些個樣麼裡` (`那些` is a word).
// Japanese ones (`ええ、`, `まあ、`, `ですから、`) before their comma, where they cannot be part of a word;
// the connectives that only go on (`そして`, `だから`) also without one.
const FILLER_HAN = /^(?:(?:对|嗯|呃|哎|诶|欸|啊|好|是的|对对|对吧|OK|ok)[，,、。\s]+|(?:就是说|所以说|比如说|然后|那么|那个[，,]|那(?![些个样么里边时种儿])|就是|所以|反正|而且)[，,、\s]*|(?:ええと|えっと|ええ|えー|あの|あのう|まあ|はい|うん|そうですね|ですから|だから|それで|そして|しかし|でも|なので|で)[、，,]\s*|(?:そして|それで|だから|ですから|なので)(?=\p{Script=Han}|[\p{Script=Hiragana}\p{Script=Katakana}]{2}))/u;
// Connectives that only tie a sentence to the one before (`And then`, `Because`, `Plus`) go with them.
// A speech's forms of address (`Meine Damen und Herren,`, `Ladies and gentlemen,`) go the same way.
const FILLER_LATIN = /^(?:(?:so|well|and|um|uh|er|yeah|yes|okay|ok|right|like|you know|i mean|now|but|then|because|cause|plus|or|meine (?:sehr )?(?:verehrten |geehrten )?damen und herren|liebe kolleginnen und kollegen|ladies and gentlemen|señoras y señores|mesdames et messieurs)\b[,!\s]+)/iu;

/** Length of the filler (with its comma and spaces) at `start`, 0 when there is none. */
export function fillerLength(simp: string, start: number, end: number, script: ScriptKind): number {
  let offset = start;
  // Fillers come in runs (`對,就是說`).
  for (let guard = 0; guard < 4; guard++) {
    const match = (script === 'han' ? FILLER_HAN : FILLER_LATIN).exec(simp.slice(offset, end));
    if (!match || match[0].length === 0 || offset + match[0].length >= end) break;
    offset += match[0].length;
  }
  return offset - start;
}

// A sentence that can be merged into its neighbour: not a question (that would hide it in a statement).
const QUESTION_END = /[?？؟]["'”’」』)）\]]*$/u;

// A sentence of nothing but fillers, backchannels and stalling (`Oh, yeah.`, `Let's see.`, `对。`,
// `はい。`): never joined to a neighbour to make up a quote's length.
const FILLER_SENTENCE_LATIN = /^(?:(?:oh|ah|yeah|yes|yep|yup|no|nope|okay|ok|right|so|well|um+|uh+|hmm+|mm+|sure|great|cool|nice|alright|all right|wow|amazing|awesome|perfect|fantastic|wonderful|excellent|interesting|love it|very cool|how exciting|exactly|absolutely|totally|true|indeed|anyway|and|but|hey|i see|i mean|you know|let's see|let me see|let me think|fair enough|got it|that's right|that's true|of course|thank you|thanks|gotcha)[\s,.!…-]*)+$/iu;
const FILLER_SENTENCE_HAN = /^(?:(?:对|嗯|呃|哦|噢|啊|哈|好|是|是的|对对|没错|好的|行|可以|然后|那个|就是|OK|ok|はい|ええ|うん|そうですね|そうです|そう|なるほど|あの|えー|えっと)[\s，,。.!！、…~～]*)+$/u;

/** Whether a sentence is only fillers and backchannels. */
export function isFillerSentence(simp: string): boolean {
  const body = simp.trim();
  return body !== '' && (FILLER_SENTENCE_LATIN.test(body) || FILLER_SENTENCE_HAN.test(body));
}

/**
 * Joins a sentence too short to stand alone to the one after it (or, at the end, to the one before),
 * as long as the result still fits.
 */
export function mergeFragments(text: string, sentences: TextRange[], lengths: Lengths, bounds: LengthBounds, simp: string = text, unmergeable: readonly TextRange[] = []): TextRange[] {
  const merged: TextRange[] = [];
  const length = (r: TextRange): number => lengths.of(r.start, r.end);
  const mergeable = (r: TextRange): boolean =>
    !QUESTION_END.test(text.slice(r.start, r.end)) && !isFillerSentence(simp.slice(r.start, r.end)) && !unmergeable.some((u) => u.start < r.end && u.end > r.start);
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    if (previous && length(previous) < bounds.min && mergeable(previous) && mergeable(sentence) &&
        length({ start: previous.start, end: sentence.end }) <= bounds.max) {
      previous.end = sentence.end;
    } else {
      merged.push({ ...sentence });
    }
  }
  // A short last sentence joins the one before it.
  const last = merged[merged.length - 1];
  const before = merged[merged.length - 2];
  if (last && before && length(last) < bounds.min && mergeable(last) && mergeable(before) &&
      length({ start: before.start, end: last.end }) <= bounds.max) {
    before.end = last.end;
    merged.pop();
  }
  return merged;
}

/**
 * Cuts a range at clause boundaries into pieces that fit `bounds`, as close to the ideal length as
 * possible (dynamic programming over the boundaries; few per sentence).
 */
export function partition(text: string, range: TextRange, lengths: Lengths, bounds: LengthBounds): TextRange[] {
  const points = [range.start, ...clauseBreaks(text, range), range.end];
  const n = points.length;
  const cost: number[] = new Array<number>(n).fill(Infinity);
  const from: number[] = new Array<number>(n).fill(-1);
  cost[0] = 0;
  for (let j = 1; j < n; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const len = lengths.of(points[i]!, points[j]!);
      if (len > bounds.max && i < j - 1) break; // longer pieces only get longer
      const over = len > bounds.max ? 1e6 + len : 0;
      const under = len < bounds.min ? 1e3 * (bounds.min - len) : 0;
      const c = cost[i]! + (len - bounds.ideal) ** 2 + over + under;
      if (c < cost[j]!) {
        cost[j] = c;
        from[j] = i;
      }
    }
  }
  const pieces: TextRange[] = [];
  for (let j = n - 1; j > 0; j = from[j]!) pieces.unshift({ start: points[from[j]!]!, end: points[j]! });
  return pieces;
}

/** The units of one paragraph. `simp` is its Simplified copy; `keep` are scrambled runs not to split in. */
export function paragraphUnits(text: string, simp: string, lengths: Lengths, bounds: LengthBounds, keep: readonly TextRange[] = [], flow: ParagraphFlow = {}): Unit[] {
  if (isUnpunctuated(text, lengths)) return unpunctuatedUnits(text, lengths, bounds, flow);
  const units: Unit[] = [];
  const script = lengths.script;
  const sentences = splitSentences(text, keep, script, flow.markup);
  // The sentence the paragraph opens or closes inside is not merged with others: it is a fragment.
  const broken = [...(flow.opensMid && sentences[0] ? [sentences[0]] : []), ...(flow.closesMid && sentences.length > 0 ? [sentences[sentences.length - 1]!] : [])];
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  // A Latin-script sentence on a small letter goes on from something: a caption's mis-cut, a restart.
  if (script === 'latin') for (const sentence of sentences) if (sentence !== first && /^\p{Ll}/u.test(text.slice(sentence.start, sentence.start + 1))) broken.push(sentence);
  const startsSmall = (sentence: TextRange): boolean => script === 'latin' && /^\p{Ll}/u.test(text.slice(sentence.start, sentence.start + 1));
  for (const sentence of mergeFragments(text, sentences, lengths, bounds, simp, broken)) {
    const brokenLead = (!!flow.opensMid && sentence.start === first?.start) || startsSmall(sentence);
    const brokenTail = !!flow.closesMid && sentence.end === last?.end;
    const edges = { ...(brokenLead ? { brokenLead } : {}), ...(brokenTail ? { brokenTail } : {}) };
    const filler = brokenLead ? 0 : fillerLength(simp, sentence.start, sentence.end, script);
    const start = sentence.start + filler;
    const body = { start, end: sentence.end };
    if (lengths.of(start, sentence.end) <= bounds.max) {
      units.push({ ...body, cutLead: filler > 0 || brokenLead, cutTail: brokenTail, fillerOnly: filler > 0, oversize: false, ...edges });
      continue;
    }
    for (const piece of partition(text, body, lengths, bounds)) {
      const pieceFiller = piece.start > start ? fillerLength(simp, piece.start, piece.end, script) : 0;
      let pieceStart = piece.start + pieceFiller;
      let pieceEnd = piece.end;
      // A clause cut leaves its comma behind: the omission mark replaces it.
      if (pieceEnd < sentence.end) while (pieceEnd > pieceStart && /[，,、：:;—\s]/u.test(text[pieceEnd - 1]!)) pieceEnd--;
      while (pieceStart < pieceEnd && /\s/u.test(text[pieceStart]!)) pieceStart++;
      if (pieceEnd <= pieceStart) continue;
      const pieceLead = brokenLead && pieceStart === sentence.start;
      const pieceTail = brokenTail && pieceEnd === sentence.end;
      const midSentence = pieceEnd < sentence.end || (piece.start > start && pieceFiller === 0);
      units.push({
        start: pieceStart,
        end: pieceEnd,
        cutLead: pieceStart > sentence.start || pieceLead,
        cutTail: pieceEnd < sentence.end || pieceTail,
        fillerOnly: piece.start === start && filler > 0,
        oversize: lengths.of(pieceStart, pieceEnd) > bounds.max,
        ...(pieceLead ? { brokenLead: true } : {}),
        ...(pieceTail ? { brokenTail: true } : {}),
        ...(midSentence ? { midSentence } : {}),
      });
    }
  }
  return setupsAndPayoffs(text, simp, units, lengths, bounds);
}


/**
 * The language's own mark for words left out: `……` (two ellipses, the width of two characters) in
 * Chinese, `…` in Japanese (kana tell it apart) and in Latin-script text.
 */
export function omissionMark(text: string): '…' | '……' {
  // Asked once per candidate of a paragraph with the paragraph's whole text: remembered for the last
  // one, or a 200 KB paragraph is scanned once for each of its thousands of sentences.
  if (text === lastMarked.text) return lastMarked.mark;
  const mark = scriptOf(text) === 'latin' ? '…' : countIn(text, KANA) >= 2 ? '…' : '……';
  lastMarked = { text, mark };
  return mark;
}

let lastMarked: { text: string; mark: '…' | '……' } = { text: '', mark: '……' };

// A sentence that pays off the one before it (`That is why…`, `这就是…`): the two are one thought.
const PAYOFF = /^(?:that's why|that is why|this is why|which is why|and that's why|that's the (?:point|reason|thing)|this is the (?:point|reason)|that means|this means|the answer is|the reason is|it turns out|这就是|这也是为什么|这意味着|答案是|原因是|原因就是|つまり|だからこそ|それが)/iu;

/**
 * Extra units that keep a setup with its payoff: a short question and the answer after it, or a
 * sentence and the `that is why` that follows, when the two fit on one slide together. The single
 * sentences stay units too: the ranking chooses.
 */
function setupsAndPayoffs(text: string, simp: string, units: Unit[], lengths: Lengths, bounds: LengthBounds): Unit[] {
  const out: Unit[] = [];
  units.forEach((unit, i) => {
    out.push(unit);
    const before = units[i - 1];
    if (!before || before.cutTail || unit.cutLead || before.midSentence || unit.midSentence || before.brokenLead || unit.brokenTail || before.oversize || unit.oversize) return;
    if (text.slice(before.end, unit.start).trim() !== '') return;
    const question = QUESTION_END.test(text.slice(before.start, before.end)) && lengths.of(before.start, before.end) <= bounds.ideal / 2;
    const payoff = PAYOFF.test(simp.slice(unit.start, unit.end));
    // A sentence opening on `he`, `this is`, `它` leans on the one before: together they stand.
    const leans = leansOnBefore(simp.slice(unit.start, unit.end)) && !leansOnBefore(simp.slice(before.start, before.end)) && !QUESTION_END.test(text.slice(before.start, before.end));
    if ((question || payoff || leans) && !QUESTION_END.test(text.slice(unit.start, unit.end)) && lengths.of(before.start, unit.end) <= bounds.max) {
      out.push({ start: before.start, end: unit.end, cutLead: before.cutLead, cutTail: unit.cutTail, fillerOnly: before.fillerOnly, oversize: false, ...(unit.brokenTail ? { brokenTail: true } : {}) });
    }
  });
  return out;
}

/** The quote as shown: the slice of `text`, with the omission mark where part of the sentence was left out. */
export function shownText(text: string, unit: Unit, mark: string = omissionMark(text)): string {
  return `${unit.cutLead ? mark : ''}${text.slice(unit.start, unit.end)}${unit.cutTail ? mark : ''}`;
}

/** Whether a stretch starts and ends at sentence edges of its paragraph (for pins by text). */
export function edgesOf(text: string, range: TextRange): { cutLead: boolean; cutTail: boolean } {
  const before = text.slice(0, range.start).trimEnd();
  const after = text.slice(range.end).trimStart();
  const body = text.slice(range.start, range.end);
  const endsSentence = (s: string): boolean => s === '' || /(?:[。！？!?；;]|\.)["'”’」』)）\]]*$/u.test(s);
  return {
    cutLead: !endsSentence(before),
    cutTail: !(after === '' || /^[。！？!?；;.]*$/u.test(after) || endsSentence(body)),
  };
}
