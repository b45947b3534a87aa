import type { Outcome, PairToken, Piece, ReadContext } from './mojibake-one-off.ts';
import { glossAt, isMisreadable } from './mojibake-text.ts';

/*
 * UTF-8 bytes decoded as GBK: `因为它` (E5 9B A0 E4 B8 BA E5 AE 83) shows as `鍥犱负瀹` and, after
 * a Simplified→Traditional conversion, `鍥犱負瀹`. Reading it back: each character shown is mapped
 * to the GBK codes it may have been (its own, its Simplified form's), encoded, and the bytes are
 * decoded as UTF-8 (fatal). Where the byte count was odd, the last byte went with the next one and
 * shows as `?`: that character's last byte is guessed.
 */

export interface Utf8Helpers {
  minGain: number;
  minAverage: number;
  codeBefore(text: string, index: number): number;
  codeAt(text: string, index: number): number;
  codesOf(ctx: ReadContext, char: string): number[];
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();
const MAX_TOKENS = 64;
const CANDIDATE_RANK = 6000;

interface Utf8Reading {
  /** Tokens s..e-1 were read. */
  e: number;
  text: string;
  /** Index of the token each read character's first byte came from. */
  owners: number[];
  /** The last character's final bytes were lost (a `?` follows) and were guessed. */
  lost: boolean;
}

/** The best UTF-8 reading of the stretch from `stretchStart` that covers rare characters before `clusterEnd`. */
export function repairUtf8(ctx: ReadContext, stretchStart: number, clusterEnd: number, helpers: Utf8Helpers): Outcome | undefined {
  const { text, lm } = ctx;
  const tokens: PairToken[] = [];
  let i = stretchStart;
  while (i < text.length && tokens.length < MAX_TOKENS && i < clusterEnd + 16) {
    if (!isMisreadable(text.charCodeAt(i))) break;
    const codes = helpers.codesOf(ctx, text[i]!);
    if (codes.length === 0) break;
    const end = i + 1 + glossAt(text, i + 1);
    tokens.push({ start: i, end, char: text[i]!, codes });
    i = end;
  }
  const lostAfter = text[i] === '?';
  let best: Outcome | undefined;
  for (let s = 0; s < tokens.length && tokens[s]!.start < clusterEnd; s++) {
    for (const reading of readingsFrom(ctx, tokens, s, lostAfter)) {
      const runStart = tokens[s]!.start;
      const runEnd = reading.lost ? i + 1 : tokens[reading.e - 1]!.end;
      const left = helpers.codeBefore(text, runStart);
      const right = helpers.codeAt(text, runEnd);
      const shown = lm.score(left, tokens.slice(s, reading.e).map((t) => t.char).join(''), right);
      const gain = lm.score(left, reading.text, right) - shown;
      if (gain < helpers.minGain || averageLogp(ctx, left, reading.text) < helpers.minAverage) continue;
      if (best && best.gain >= gain) continue;
      const converted = ctx.script === 'traditional' ? ctx.lex.toTraditional(reading.text, ctx.taiwan) : reading.text;
      best = { start: runStart, end: runEnd, pieces: piecesOf(tokens, s, reading, converted, runEnd), gain };
    }
  }
  return best;
}

function averageLogp(ctx: ReadContext, left: number, text: string): number {
  let total = 0;
  let last = left;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    total += ctx.lm.logp(last, code);
    last = code;
  }
  return text.length === 0 ? 0 : total / text.length;
}

/** Every way to read tokens from `s` as whole UTF-8 characters, choosing among each token's codes. */
function readingsFrom(ctx: ReadContext, tokens: readonly PairToken[], s: number, lostAfter: boolean): Utf8Reading[] {
  const out: Utf8Reading[] = [];
  const bytes: number[] = [];
  const owners: number[] = [];
  let budget = 256;
  const emit = (e: number, lost: boolean): void => {
    let all = bytes;
    if (lost) {
      const completed = completeLast(ctx, bytes);
      if (!completed) return;
      all = completed;
    }
    let read: string;
    try {
      read = fatalUtf8.decode(new Uint8Array(all));
    } catch {
      return;
    }
    let ok = read.length >= 2;
    const charOwners: number[] = [];
    let index = 0;
    for (const char of read) {
      const code = char.charCodeAt(0);
      if (!((code >= 0x3400 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef))) ok = false;
      charOwners.push(owners[index] ?? e - 1);
      index += encoder.encode(char).length;
    }
    if (ok) out.push({ e, text: read, owners: charOwners, lost });
  };
  const visit = (t: number): void => {
    if (budget-- <= 0) return;
    const state = utf8State(bytes);
    if (!state.valid) return;
    if (t - s >= 2 && state.complete) emit(t, false);
    if (t === tokens.length) {
      if (lostAfter && !state.complete && t - s >= 2) emit(t, true);
      return;
    }
    for (const code of tokens[t]!.codes) {
      bytes.push(code >> 8, code & 0xff);
      owners.push(t, t);
      visit(t + 1);
      bytes.length -= 2;
      owners.length -= 2;
    }
  };
  visit(s);
  return out;
}

/** Whether `bytes` is a valid start of UTF-8 text, and whether it ends on a character boundary. */
function utf8State(bytes: readonly number[]): { valid: boolean; complete: boolean } {
  let need = 0;
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k]!;
    if (need > 0) {
      if (b < 0x80 || b > 0xbf) return { valid: false, complete: false };
      need--;
    } else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (!(b >= 0x40 && b < 0x7f && k === bytes.length - 1)) return { valid: false, complete: false }; // an ASCII byte went with the last
  }
  return { valid: true, complete: need === 0 };
}

const completions = new Map<number, number[]>();

/**
 * Completes a last character whose final bytes were lost: of the frequent Han characters that fit
 * the bytes left, the one the model likes best after the character before it.
 */
function completeLast(ctx: ReadContext, bytes: readonly number[]): number[] | undefined {
  let lead = bytes.length - 1;
  while (lead > 0 && bytes[lead]! >= 0x80 && bytes[lead]! <= 0xbf) lead--;
  const have = bytes.length - lead;
  const b0 = bytes[lead]!;
  if (b0 < 0xe0 || b0 > 0xef || have >= 3) return undefined;
  const b1 = have === 2 ? bytes[lead + 1]! : -1;
  const memoKey = (b0 << 8) | (b1 & 0xff) | (have << 16);
  let fits = completions.get(memoKey);
  if (!fits) {
    const from = ((b0 & 0x0f) << 12) | (b1 >= 0 ? (b1 & 0x3f) << 6 : 0);
    const scored: Array<{ code: number; weight: number }> = [];
    for (let code = from; code < from + (b1 >= 0 ? 64 : 4096); code++) {
      if (ctx.lex.rankOf(code) <= CANDIDATE_RANK) scored.push({ code, weight: ctx.lex.count(ctx.lex.key(code)) });
    }
    fits = scored.sort((x, y) => y.weight - x.weight).slice(0, 12).map((x) => x.code);
    completions.set(memoKey, fits);
  }
  if (fits.length === 0) return undefined;
  let before = 0;
  try {
    const prefix = fatalUtf8.decode(new Uint8Array(bytes.slice(0, lead)));
    before = prefix.length > 0 ? prefix.charCodeAt(prefix.length - 1) : 0;
  } catch {
    return undefined;
  }
  let best = fits[0]!;
  for (const code of fits) if (ctx.lm.logp(before, code) > ctx.lm.logp(before, best)) best = code;
  return [...bytes.slice(0, lead), ...encoder.encode(String.fromCharCode(best))];
}

function piecesOf(tokens: readonly PairToken[], s: number, reading: Utf8Reading, converted: string, runEnd: number): Piece[] {
  const chars = [...converted];
  const pieces: Piece[] = [];
  for (let t = s; t < reading.e; t++) {
    const end = t === reading.e - 1 ? runEnd : tokens[t]!.end;
    const own = chars.filter((_, k) => reading.owners[k] === t).join('');
    pieces.push({ start: tokens[t]!.start, end, text: own, guessed: reading.lost && t === reading.e - 1 });
  }
  return pieces;
}
