import { isLeadByte, type GbkTable } from './mojibake-gbk.ts';
import { isPunctuation } from './mojibake-text.ts';
import { candidateWeight, generalLogp, lastContext, type LanguageModel, type Lexicon, type Script } from './mojibake-model.ts';

/*
 * GBK bytes read one byte off.
 *
 * A page's GBK bytes lose one byte, and from there each character shown is the trail byte of one
 * character plus the lead byte of the next:
 *
 *   因   為     它     商     業     (yè)    化
 *   D2F2 9E E9 CB FC  C9 CC  98 49  28 …   BBAF      the page's bytes
 *   D2F2 ?  E9CB  FCC9  CC98  49 28 …      BBAF      as read: 因 ? 樗 (private use: shown as nothing) 虡 I (yè) 化
 *
 * The reading slips back into step at the next ASCII byte (`I`, the `(` of a gloss). Bytes are lost
 * three ways: the lead byte at the `?`; a misread pair that was a private-use code (two bytes, shown
 * as nothing) between two characters; and a trail byte misread with the ASCII byte after it as an
 * invalid pair, shown as `?` (with the `(` of a gloss: `?qiáng)`).
 *
 * Reading it back: the characters shown are encoded as GBK, re-paired, and each missing byte is
 * filled by the character the language model likes best in context. A best-path search over groups:
 * group 0 is (lost lead byte, first byte shown), group g (last byte of token g-1, first byte of
 * token g) — or two characters with a private-use pair lost between them — and the last group
 * (last byte shown, what follows). Each token may stand for several codes (its own, its Simplified
 * form's), so the search also chooses a code per token.
 */

export interface ReadContext {
  text: string;
  lex: Lexicon;
  table: GbkTable;
  lm: LanguageModel;
  script: Script | undefined;
  taiwan: boolean;
  /** Candidate lists, shared by documents of the same script. */
  memo: Map<string, string[]>;
  /** What a byte eaten before Chinese text most likely was (the document's usual separator). */
  separator: string;
}

/** A stretch of the input and what it becomes. */
export interface Piece {
  start: number;
  end: number;
  text: string;
  /** Guessed without a clear winner: shown, but marked unreadable. */
  guessed: boolean;
}

/** What to do with one run. */
export interface Outcome {
  start: number;
  end: number;
  /** Replacement pieces covering start..end; `undefined` when nothing could be read. */
  pieces: Piece[] | undefined;
  /** How much more plausible the reading is than the text as shown (nats). */
  gain: number;
}

/** A character shown in a misread stretch. */
export interface PairToken {
  start: number;
  /** After the character and any pinyin gloss the site added to it. */
  end: number;
  char: string;
  /** GBK codes it may stand for. */
  codes: number[];
}

export interface Terminal {
  /**
   * `ascii`: the ASCII character after the last token was the last character's trail byte (`學` = 8C 57 shown as `鲗W`);
   * `ascii-trail`: the last token's own second byte is ASCII (`镺` = E9 4F: `為` then `O`);
   * `lost`: a `?` (invalid pair: trail byte and an ASCII byte lost); `open`: anything else.
   */
  kind: 'ascii' | 'ascii-trail' | 'lost' | 'open';
  start: number;
  end: number;
  /** The ASCII byte of an `ascii` terminal. */
  byte: number;
  /** Stands for a byte eaten with a `?` when it was not a gloss's `(`. */
  eaten: string;
  /** The pinyin tail after a `lost` terminal's `?` (`qiáng`): the reading of the last character. */
  reading: string;
}

export interface Option {
  text: string;
  /** Bytes filled in by choice. */
  guessedBytes: number;
}

export interface OneOffReading {
  groups: Option[];
  /** ln P of the reading, with the characters around it. */
  score: number;
  /** Per group: how far ahead of the group's next-best option (nats), the neighbours as chosen. */
  margins: number[];
}

export interface OneOffHints {
  /** The pinyin read off the misread pair (`trail`, lost lead byte): narrows group 0. */
  firstLeadReads?: { trail: number; reading: string };
  /** The pinyin of the last character (tail after the final `?`). */
  lastReads?: string;
}

/** Only characters at least this common are proposed for a missing byte. */
const CANDIDATE_RANK = 6000;
const CANDIDATES = 32;
const DROPPED_PAIRS = 24;
/** The search keeps at most this many paths, none more than BEAM_NATS behind the best. */
const BEAM = 16;
const BEAM_NATS = 12;

function candidates(ctx: ReadContext, memoKey: string, codes: readonly number[], accept: (code: number, char: string) => boolean): string[] {
  const known = ctx.memo.get(memoKey);
  if (known) return known;
  const scored: Array<{ char: string; score: number }> = [];
  for (const code of codes) {
    const char = ctx.table.decode(code >> 8, code & 0xff);
    if (!char || !accept(code, char)) continue;
    if (ctx.lex.rankOf(char.charCodeAt(0)) > CANDIDATE_RANK && !(isPunctuation(char.charCodeAt(0)) && candidateWeight(ctx.lex, char.charCodeAt(0), ctx.script) > 0)) continue;
    scored.push({ char, score: candidateWeight(ctx.lex, char.charCodeAt(0), ctx.script) });
  }
  scored.sort((a, b) => b.score - a.score);
  const result = scored.slice(0, CANDIDATES).map((s) => s.char);
  ctx.memo.set(memoKey, result);
  return result;
}

const reads = (ctx: ReadContext, char: string | undefined, reading: string): boolean =>
  char !== undefined && ctx.lex.readings(char).includes(reading);

/** Characters whose trail byte is `trail` (lead byte lost), narrowed by a reading of the misread pair when it fits any. */
function firstCandidates(ctx: ReadContext, trail: number, hint: OneOffHints['firstLeadReads']): string[] {
  const all = candidates(ctx, `t${trail}`, ctx.table.withTrail(trail), () => true);
  if (!hint) return all;
  const narrowed = candidates(ctx, `t${trail}:${hint.trail}:${hint.reading}`, ctx.table.withTrail(trail), (code) =>
    reads(ctx, ctx.table.decode(hint.trail, code >> 8), hint.reading),
  );
  return narrowed.length > 0 ? narrowed : all;
}

/** Characters whose lead byte is `lead` and whose trail byte is at least `minTrail`, narrowed by a reading. */
function lastCandidates(ctx: ReadContext, lead: number, minTrail: number, reading: string | undefined): string[] {
  const all = candidates(ctx, `l${lead}:${minTrail}`, ctx.table.withLead(lead), (code) => (code & 0xff) >= minTrail);
  if (!reading) return all;
  const narrowed = all.filter((char) => reads(ctx, char, reading));
  return narrowed.length > 0 ? narrowed : all;
}

/** The most frequent characters GBK has, for bytes about which nothing is known. */
function commonCharacters(ctx: ReadContext): string[] {
  const known = ctx.memo.get('common');
  if (known) return known;
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) codes.push(...ctx.table.withLead(lead));
  const all = candidates(ctx, 'common:all', codes, () => true);
  // candidates() keeps the top few; the common list wants more.
  const scored = codes
    .map((code) => ctx.table.decode(code >> 8, code & 0xff)!)
    .filter((char) => ctx.lex.rankOf(char.charCodeAt(0)) <= 2500)
    .map((char) => ({ char, score: candidateWeight(ctx.lex, char.charCodeAt(0), ctx.script) }))
    .sort((x, y) => y.score - x.score)
    .slice(0, 600)
    .map((x) => x.char);
  const result = scored.length > 0 ? scored : all;
  ctx.memo.set('common', result);
  return result;
}

/**
 * Two characters `first` `second` with a private-use pair (trail of first, lead of second) lost
 * between them: the likeliest few on their own (the context is added by the search).
 */
function droppedBetween(ctx: ReadContext, memoKey: string, firsts: readonly string[], seconds: readonly string[]): string[] {
  const known = ctx.memo.get(memoKey);
  if (known) return known;
  const { table, lex, script } = ctx;
  const pairs: Array<{ text: string; score: number }> = [];
  for (const a of firsts) {
    const u1 = table.encode(a) & 0xff;
    if (!privateUseLead(table, u1)) continue;
    const ac = a.charCodeAt(0);
    const first = generalLogp(lex, 0, ac, script);
    for (const b of seconds) {
      if (table.isPrivateUse(u1, table.encode(b) >> 8)) pairs.push({ text: a + b, score: first + generalLogp(lex, ac, b.charCodeAt(0), script) });
    }
  }
  const result = pairs.sort((x, y) => y.score - x.score).slice(0, DROPPED_PAIRS).map((p) => p.text);
  ctx.memo.set(memoKey, result);
  return result;
}

/** Characters (lead, u1) (u2, trail) with a private-use pair (u1, u2) lost between them. */
function droppedPairs(ctx: ReadContext, lead: number, trail: number): string[] {
  const { table } = ctx;
  const firsts = candidates(ctx, `dl${lead}`, table.withLead(lead), (code) => privateUseLead(table, code & 0xff));
  const seconds = candidates(ctx, `t${trail}`, table.withTrail(trail), () => true);
  return droppedBetween(ctx, `d${lead}:${trail}`, firsts, seconds);
}

/** At the start: (lost lead, u1) (u2, trail) with (u1, u2) private use. */
function droppedFirst(ctx: ReadContext, trail: number, hint: OneOffHints['firstLeadReads']): string[] {
  const memoKey = `df${trail}:${hint?.trail}:${hint?.reading}`;
  const known = ctx.memo.get(memoKey);
  if (known) return known;
  const { table } = ctx;
  const firsts = commonCharacters(ctx).filter(
    (char) =>
      privateUseLead(table, table.encode(char) & 0xff) &&
      (!hint || reads(ctx, table.decode(hint.trail, table.encode(char) >> 8), hint.reading)),
  );
  const seconds = candidates(ctx, `t${trail}`, table.withTrail(trail), () => true);
  return droppedBetween(ctx, memoKey, firsts, seconds);
}

/** At the end: (lead, u1) (u2, lost trail) with (u1, u2) private use; the second reads `reading` when given. */
function droppedLast(ctx: ReadContext, lead: number, minTrail: number, reading: string | undefined): string[] {
  const memoKey = `dz${lead}:${minTrail}:${reading}`;
  const known = ctx.memo.get(memoKey);
  if (known) return known;
  const { table } = ctx;
  const firsts = candidates(ctx, `dl${lead}`, table.withLead(lead), (code) => privateUseLead(table, code & 0xff));
  let seconds = commonCharacters(ctx).filter((char) => (table.encode(char) & 0xff) >= minTrail);
  if (reading) {
    const narrowed = seconds.filter((char) => reads(ctx, char, reading));
    if (narrowed.length > 0) seconds = narrowed;
  }
  return droppedBetween(ctx, memoKey, firsts, seconds);
}

const privateUseLeads = new Map<GbkTable, Uint8Array>();

/** True when some pair with this lead byte is a private-use code. */
function privateUseLead(table: GbkTable, byte: number): boolean {
  let leads = privateUseLeads.get(table);
  if (!leads) {
    leads = new Uint8Array(256);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) if (table.isPrivateUse(lead, trail)) leads[lead] = 1;
    }
    privateUseLeads.set(table, leads);
  }
  return isLeadByte(byte) && leads[byte] === 1;
}

interface PathState {
  score: number;
  /** Code index chosen for the token the next group starts with. */
  variant: number;
  last: number;
  back: PathState | undefined;
  option: Option | undefined;
}

function optionScore(lm: LanguageModel, prev: number, option: Option): { score: number; last: number } {
  return { score: lm.score(prev, option.text), last: lastContext(prev, option.text) };
}

/** The most plausible reading of `tokens` one byte off, or undefined when the bytes fit no reading. */
export function searchOneOff(
  ctx: ReadContext,
  tokens: readonly PairToken[],
  terminal: Terminal,
  left: number,
  right: number,
  hints: OneOffHints,
): OneOffReading | undefined {
  const { table, lm } = ctx;
  const n = tokens.length;
  if (n === 0) return undefined;
  const groupCount = n + 1;
  // Options of group g given the code indexes of the tokens before and after it, built once.
  const optionMemo = new Map<number, Option[]>();
  const optionsOf = (g: number, vb: number, va: number): Option[] => {
    const memoKey = (g * 8 + vb) * 8 + va;
    const known = optionMemo.get(memoKey);
    if (known) return known;
    const options: Option[] = [];
    if (g === 0) {
      const a = tokens[0]!.codes[va]! >> 8;
      for (const char of firstCandidates(ctx, a, hints.firstLeadReads)) options.push({ text: char, guessedBytes: 1 });
      for (const pair of droppedFirst(ctx, a, hints.firstLeadReads)) options.push({ text: pair, guessedBytes: 3 });
    } else if (g < n) {
      const b = tokens[g - 1]!.codes[vb]! & 0xff;
      const a = tokens[g]!.codes[va]! >> 8;
      const kept = table.decode(b, a);
      if (kept) options.push({ text: kept, guessedBytes: 0 });
      for (const pair of droppedPairs(ctx, b, a)) options.push({ text: pair, guessedBytes: 2 });
    } else {
      const b = tokens[n - 1]!.codes[vb]! & 0xff;
      if (b < 0x80) options.push({ text: String.fromCharCode(b), guessedBytes: 0 });
      else if (terminal.kind === 'ascii') {
        const char = table.decode(b, terminal.byte);
        if (char) options.push({ text: char, guessedBytes: 0 });
        for (const pair of droppedPairs(ctx, b, terminal.byte)) options.push({ text: pair, guessedBytes: 2 });
      } else {
        const minTrail = terminal.kind === 'lost' ? 0x81 : 0x40;
        const reading = terminal.kind === 'lost' ? hints.lastReads : undefined;
        for (const char of lastCandidates(ctx, b, minTrail, reading)) options.push({ text: char + terminal.eaten, guessedBytes: 1 });
        for (const pair of droppedLast(ctx, b, minTrail, reading)) options.push({ text: pair + terminal.eaten, guessedBytes: 3 });
      }
    }
    optionMemo.set(memoKey, options);
    return options;
  };
  const variantsAfter = (g: number): number => (g < n ? tokens[g]!.codes.length : 1);

  // Forward pass with a beam.
  let states: PathState[] = [{ score: 0, variant: 0, last: left, back: undefined, option: undefined }];
  for (let g = 0; g < groupCount; g++) {
    const next: PathState[] = [];
    for (const state of states) {
      for (let va = 0; va < variantsAfter(g); va++) {
        for (const option of optionsOf(g, state.variant, va)) {
          const { score, last } = optionScore(lm, state.last, option);
          next.push({ score: state.score + score, variant: va, last, back: state, option });
        }
      }
    }
    states = prune(next);
    if (states.length === 0) return undefined;
  }
  const closing = (last: number): number => (right && last ? lm.logp(last, right) - lm.logp(0, right) : 0);
  let best: PathState | undefined;
  let bestScore = -Infinity;
  for (const state of states) {
    const total = state.score + closing(state.last);
    if (total > bestScore) {
      bestScore = total;
      best = state;
    }
  }
  if (!best) return undefined;
  const path: PathState[] = [];
  for (let s: PathState | undefined = best; s && s.option; s = s.back) path.unshift(s);
  const groups = path.map((s) => s.option!);

  // Margins: each group against its other options, its neighbours as chosen.
  const margins = groups.map((chosen, g) => {
    const before = g === 0 ? undefined : path[g - 1]!;
    const prevLast = before ? before.last : left;
    const vb = before ? before.variant : 0;
    const va = path[g]!.variant;
    const following = groups[g + 1];
    const local = (option: Option): number => {
      const here = optionScore(lm, prevLast, option);
      if (!following) return here.score + closing(here.last);
      return here.score + optionScore(lm, here.last, following).score;
    };
    const chosenScore = local(chosen);
    let second = -Infinity;
    for (const option of optionsOf(g, vb, va)) if (option.text !== chosen.text) second = Math.max(second, local(option));
    return chosenScore - second;
  });
  return { groups, score: bestScore, margins };
}

/** Best state for each (code index, last character), then the best few. */
function prune(states: PathState[]): PathState[] {
  const best = new Map<number, PathState>();
  for (const state of states) {
    const key = state.variant * 0x10000 + state.last;
    const known = best.get(key);
    if (!known || state.score > known.score) best.set(key, state);
  }
  const sorted = [...best.values()].sort((a, b) => b.score - a.score);
  const floor = sorted.length > 0 ? sorted[0]!.score - BEAM_NATS : 0;
  let keep = 0;
  while (keep < sorted.length && keep < BEAM && sorted[keep]!.score >= floor) keep++;
  return sorted.slice(0, keep);
}
