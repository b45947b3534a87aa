import type { RuleId } from '../rules.ts';
import { countIn, HAN, HANGUL, isHanCodeUnit, KANA } from '../text/cjk.ts';
import type { CleanRange, TextEdit } from '../types.ts';
import { gbk } from './mojibake-gbk.ts';
import { LanguageModel, buildCache, detectScript, getLexicon, type Lexicon } from './mojibake-model.ts';
import { searchOneOff, type OneOffReading, type Outcome, type PairToken, type Piece, type ReadContext, type Terminal } from './mojibake-one-off.ts';
import { ghostAt, glossAt, inFullWidthWord, isMisreadable, isPunctuation, isStraySymbol, tailAt } from './mojibake-text.ts';
import { repairUtf8 } from './mojibake-utf8.ts';
import type { Finding, NormalizePass, PassResult } from './pass.ts';

/*
 * Scrambled bytes ("mojibake") inside otherwise readable Chinese, rule `garbled-text`.
 *
 * Two ways a page ends up with them; both are repaired the same way: turn what is shown back into
 * the bytes it was read from, read those bytes the right way, and keep the result only when a
 * character frequency model finds it far more plausible than what is shown.
 *
 * 1. GBK bytes read one byte off (what the seed transcript has: see mojibake-one-off.ts). A lost
 *    character leaves `?` and the tail of its pinyin gloss (`因?yàn)樗虡I(yè)化`), and the characters
 *    after it are each the trail byte of one character and the lead byte of the next, until an
 *    ASCII byte puts the reading back in step.
 * 2. UTF-8 bytes decoded as GBK (`因为` → `鍥犱负`), perhaps converted to Traditional afterwards
 *    (see mojibake-utf8.ts).
 *
 * Signals that start a look: `?` followed by a gloss tail (`?yàn)`), and tight clusters of
 * characters that are rare in real Chinese (by the character counts of jieba's dictionary) or are not Han at all (`ψ`).
 * What cannot be read with confidence is reported and marked unreadable; a character that had to be
 * guessed from context without a clear winner is kept (so the sentence reads) but marked too.
 */

const RULE: RuleId = 'garbled-text';
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const HINT =
  'Check the sentence against the recording or the original page; to fix it by hand, add a correction for this line in `<transcript>.corrections.yaml`.';

/** Characters rarer than this (rank in jieba's dictionary) are a sign of scrambled bytes. */
const RARE_RANK = 3000;
/** A reading after a `?yàn)` marker must beat the text as shown by this many nats… */
const MIN_GAIN = 6;
/** …one after a bare `?` (most are question marks: their one-off readings score far below), by this many… */
const MIN_GAIN_WEAK = 2;
/** …and one found only by its rare characters, with no marker, by this many. */
const MIN_GAIN_NO_MARKER = 10;
/** A repaired run must average at least this log probability per character. */
const MIN_AVG_LOGP = -9.5;
/** ln P of a marker's pinyin tail when nothing explains it. */
const UNEXPLAINED = Math.log(1 / 100);
/** ln P of a `?` and one ASCII symbol between two Chinese characters (`主?}是`). */
const LONE_ASCII = Math.log(1e-4);
/** Rare characters no reading explains are reported as unreadable below this average log probability. */
const GARBLED_AVG_LOGP = -11.5;

export const mojibakePass: NormalizePass = {
  rule: RULE,
  run(text: string): PassResult {
    try {
      return findAndRepair(text);
    } catch (error) {
      // A bug here must not stop the deck: leave the text as it is, and say so.
      return {
        edits: [],
        findings: [{ severity: 'warning', rule: 'garbled-text', start: 0, end: 0, message: `The scrambled-byte check failed (${error instanceof Error ? error.message : String(error)}); the text is left as it is`, hint: 'This is a bug in transcript-deck: please report it with this file.' }],
      };
    }
  },
};

interface Candidate {
  start: number;
  /**
   * End of the marker the run starts with: `?yàn)` (strong), or a bare `?` between characters
   * (weak: most are question marks); `start` when the run was found by rare characters alone.
   */
  markerEnd: number;
  weak: boolean;
  /** End of the rare characters that made it a candidate. */
  end: number;
}

/**
 * Japanese writes kana on every line, and kana are one of the signs of scrambled Chinese: in a text
 * where kana are common (at least 5 % of its CJK characters, counted over the whole text), they are
 * the writing, not damage, and nothing is repaired. Scrambling leaves a handful of kana in a
 * Chinese text, far below that. Korean's Hangul (which a Chinese text never holds) and the Cyrillic
 * or Greek of Russian, Ukrainian or Greek (which a misread GBK pair can show) are counted the same way.
 */
const OTHER_WRITINGS = [KANA, HANGUL, CYRILLIC_OR_GREEK];

function writtenIn(text: string, letters: RegExp): boolean {
  const count = countIn(text, letters);
  if (count < 10) return false;
  const han = countIn(text, HAN);
  return count / (count + han) >= 0.05;
}

function findAndRepair(text: string): PassResult {
  if (OTHER_WRITINGS.some((letters) => writtenIn(text, letters))) return { edits: [], findings: [] };
  const candidates = findCandidates(text);
  if (candidates.length === 0) return { edits: [], findings: [] };

  const lex = getLexicon();
  const { script, taiwan } = detectScript(text);
  // The document's own counts leave out what is being repaired.
  const skip = candidates.filter((c) => !c.weak).map((c) => ({ start: c.start, end: c.end + 8 }));
  const ctx: ReadContext = {
    text,
    lex,
    table: gbk(),
    lm: new LanguageModel(script, buildCache(text, skip)),
    script,
    taiwan,
    memo: memoFor(script),
    separator: commonSeparator(text),
  };

  const edits: TextEdit[] = [];
  const findings: Finding[] = [];
  const unreadable: CleanRange[] = [];
  let consumed = 0;
  const queue = [...candidates];
  for (let q = 0; q < queue.length; q++) {
    const candidate = queue[q]!;
    if (candidate.start < consumed) continue;
    let outcome: Outcome | undefined;
    try {
      outcome = candidate.markerEnd > candidate.start ? repairAfterMarker(ctx, candidate) : repairCluster(ctx, candidate, consumed);
    } catch {
      outcome = undefined; // a bug in one reading must not lose the others
    }
    if (outcome && (outcome.start < consumed || outcome.end <= outcome.start)) outcome = undefined;
    if (!outcome) {
      // Rare characters that no reading explains: unreadable only when they are clearly not text.
      if (candidate.markerEnd === candidate.start && garbled(ctx, candidate.start, candidate.end)) {
        outcome = { start: candidate.start, end: candidate.end, pieces: undefined, gain: 0 };
      } else continue;
    }
    report(text, outcome, edits, findings, unreadable);
    consumed = outcome.end;
    // A repair that stopped short of the rare characters: look at what is left.
    if (outcome.pieces && candidate.end > outcome.end) {
      const rest = findCandidates(text.slice(outcome.end, candidate.end)).find((c) => c.markerEnd === c.start);
      if (rest) queue.splice(q + 1, 0, { start: outcome.end + rest.start, markerEnd: outcome.end + rest.start, weak: false, end: outcome.end + rest.end });
    }
  }
  return { edits, findings, unreadable };
}

/** The ASCII punctuation the document puts between Chinese characters most often (`,` in the seed), or ''. */
function commonSeparator(text: string): string {
  const counts = new Map<string, number>();
  const limit = Math.min(text.length - 1, 200_000);
  for (let i = 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x40 && code !== 0x28 && code !== 0x29 && isHanCodeUnit(text.charCodeAt(i - 1)) && isHanCodeUnit(text.charCodeAt(i + 1))) {
      counts.set(text[i]!, (counts.get(text[i]!) ?? 0) + 1);
    }
  }
  let best = '';
  let bestCount = 2;
  for (const [char, count] of counts) if (count > bestCount) [best, bestCount] = [char, count];
  return best;
}

/** Rare characters clearly not text: stray symbols among them, or a very low average probability. */
function garbled(ctx: ReadContext, start: number, end: number): boolean {
  let rare = 0;
  let stray = 0;
  for (let i = start; i < end; i++) {
    const code = ctx.text.charCodeAt(i);
    if (isStraySymbol(code) && !inFullWidthWord(ctx.text, i)) stray++;
    else if (isHanCodeUnit(code) && ctx.lex.rankOf(code) > RARE_RANK) rare++;
  }
  const average = averageLogp(ctx, codeBefore(ctx.text, start), ctx.text.slice(start, end));
  return rare + stray >= 3 && (stray > 0 || average < GARBLED_AVG_LOGP);
}

const memos = new Map<string, Map<string, string[]>>();
function memoFor(script: string | undefined): Map<string, string[]> {
  const key = script ?? 'unknown';
  let memo = memos.get(key);
  if (!memo) memos.set(key, (memo = new Map()));
  return memo;
}

function report(text: string, outcome: Outcome, edits: TextEdit[], findings: Finding[], unreadable: CleanRange[]): void {
  const observed = text.slice(outcome.start, outcome.end);
  const finding = { severity: 'warning' as const, rule: RULE, start: outcome.start, end: outcome.end, hint: HINT };
  if (!outcome.pieces) {
    unreadable.push({ start: outcome.start, end: outcome.end });
    findings.push({ ...finding, message: `Scrambled bytes \`${excerpt(observed)}\` could not be repaired; marked unreadable` });
    return;
  }
  const merged = mergePieces(outcome.pieces);
  for (const piece of merged) {
    if (piece.text !== text.slice(piece.start, piece.end)) edits.push({ start: piece.start, end: piece.end, text: piece.text, rule: RULE });
    if (piece.guessed && piece.text.length > 0) unreadable.push({ start: piece.start, end: piece.end });
  }
  const result = merged.map((p) => p.text).join('');
  const guessed = merged.filter((p) => p.guessed && p.text.length > 0).map((p) => `\`${p.text}\``);
  findings.push({
    ...finding,
    message:
      result.length === 0
        ? `Scrambled bytes \`${excerpt(observed)}\` removed: they stand for no character`
        : `Scrambled bytes \`${excerpt(observed)}\` read as \`${excerpt(result)}\`` +
          (guessed.length > 0 ? `; ${guessed.join(', ')} guessed from context, marked unreadable` : ''),
  });
}

/** Consecutive pieces of the same kind become one edit. */
function mergePieces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && last.guessed === piece.guessed && last.end === piece.start) {
      last.end = piece.end;
      last.text += piece.text;
    } else out.push({ ...piece });
  }
  return out;
}

function excerpt(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/* ------------------------------------------------------------------------------------------------
 * Candidates: `?yàn)` markers, bare `?` between characters, tight clusters of rare characters
 * (rare Han characters, and stray symbols such as kana, Greek or full-width letters). One linear scan.
 */

export function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  let lex: Lexicon | undefined;
  const rare = (code: number): boolean => {
    if (isStraySymbol(code)) return true;
    if (!isHanCodeUnit(code)) return false;
    lex ??= getLexicon();
    return lex.rankOf(code) > RARE_RANK;
  };
  let position = 0; // counts characters (glosses do not count)
  let lastRare = -10;
  let clusterStart = -1;
  let clusterEnd = -1;
  let rareCount = 0;
  const flush = (): void => {
    if (rareCount >= 2) found.push({ start: clusterStart, markerEnd: clusterStart, weak: false, end: clusterEnd });
    rareCount = 0;
    lastRare = -10;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3f) {
      const marker = ghostAt(text, i);
      if (marker > 0) {
        flush();
        found.push({ start: i, markerEnd: i + marker, weak: false, end: i + marker });
        i += marker - 1;
        continue;
      }
      const next = text.charCodeAt(i + 1);
      const loneAscii = next >= 0x40 && next < 0x7f && isHanCodeUnit(text.charCodeAt(i + 2));
      if (i > 0 && isHanCodeUnit(text.charCodeAt(i - 1)) && ((isMisreadable(next) && !isPunctuation(next)) || loneAscii)) {
        found.push({ start: i, markerEnd: i + 1, weak: true, end: i + 1 });
      }
    } else if (code === 0x28) {
      const gloss = glossAt(text, i);
      if (gloss > 0) {
        i += gloss - 1;
        continue;
      }
    }
    if (!isMisreadable(code)) {
      flush();
      continue;
    }
    position++;
    if (position - lastRare > 2) flush();
    if (rare(code) && !inFullWidthWord(text, i)) {
      if (rareCount === 0) clusterStart = i;
      rareCount++;
      lastRare = position;
      clusterEnd = i + 1;
    }
  }
  flush();
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/* ------------------------------------------------------------------------------------------------
 * Reading the characters after a point as GBK pairs.
 */

function codesOf(ctx: ReadContext, char: string): number[] {
  const codes: number[] = [];
  const own = ctx.table.encode(char);
  if (own >= 0) codes.push(own);
  // The site may have converted a misread character to Traditional: try its Simplified form too.
  const simplified = ctx.lex.simplifiedOf(char);
  if (simplified && simplified !== char) {
    const code = ctx.table.encode(simplified);
    if (code >= 0 && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

const MAX_RUN = 64;

/** The misread pairs from `from` up to where the reading slips back into step. */
export function readPairs(ctx: ReadContext, from: number): { tokens: PairToken[]; terminal: Terminal } {
  const { text } = ctx;
  const tokens: PairToken[] = [];
  let i = from;
  while (i < text.length && tokens.length < MAX_RUN) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x3f && tokens.length > 0) {
        // An invalid pair: the last character's trail byte and the ASCII byte after it (`(` of a gloss, whose tail stays).
        const tail = tailAt(text, i + 1);
        const reading = tail > 0 ? text.slice(i + 1, i + tail) : '';
        const eaten = tail > 0 ? '' : /[A-Za-z0-9]/.test(text[i + 1] ?? '') ? ' ' : ctx.separator;
        return { tokens, terminal: { kind: 'lost', start: i, end: i + 1 + tail, byte: 0, eaten, reading } };
      }
      if (code >= 0x40 && code !== 0x7f && tokens.length > 0) return { tokens, terminal: { kind: 'ascii', start: i, end: i + 1, byte: code, eaten: '', reading: '' } };
      break;
    }
    if (!isMisreadable(code)) break;
    const char = text[i]!;
    const codes = codesOf(ctx, char);
    if (codes.length === 0) break;
    let end = i + 1;
    end += glossAt(text, end); // a gloss the site added to a misread character
    tokens.push({ start: i, end, char, codes });
    i = end;
    // A pair whose second byte is ASCII: the original had that ASCII character, and reading is back in step.
    if (codes.every((c) => (c & 0xff) < 0x80)) return { tokens, terminal: { kind: 'ascii-trail', start: i, end: i, byte: 0, eaten: '', reading: '' } };
  }
  return { tokens, terminal: { kind: 'open', start: i, end: i, byte: 0, eaten: '', reading: '' } };
}

/** The Han character before `index`, looking through pinyin glosses and `?yàn)` markers; 0 if none. */
function codeBefore(text: string, index: number): number {
  let i = index - 1;
  for (let guard = 0; guard < 4 && text[i] === ')'; guard++) {
    const open = text.lastIndexOf('(', i);
    if (open >= 0 && i - open <= 8 && glossAt(text, open) === i - open + 1) {
      i = open - 1;
      continue;
    }
    const mark = text.lastIndexOf('?', i);
    if (mark >= 0 && i - mark <= 8 && ghostAt(text, mark) === i - mark + 1) {
      i = mark - 1;
      continue;
    }
    break;
  }
  const code = text.charCodeAt(i);
  return isHanCodeUnit(code) ? code : 0;
}

/** The character a reading is followed by: none after an ASCII byte, or after a `?` that ate an unknown byte. */
function rightOf(text: string, terminal: Terminal, end: number): number {
  if (terminal.kind === 'open' || terminal.kind === 'ascii' || (terminal.kind === 'lost' && terminal.reading)) return codeAt(text, end);
  return 0;
}

/** The Han character at `index`, after a pinyin gloss there; 0 if none. */
function codeAt(text: string, index: number): number {
  const code = text.charCodeAt(index + glossAt(text, index));
  return isHanCodeUnit(code) ? code : 0;
}

/* ------------------------------------------------------------------------------------------------
 * Deciding on a run.
 */

function shownScore(ctx: ReadContext, tokens: readonly PairToken[], left: number, right: number): number {
  return ctx.lm.score(left, tokens.map((t) => t.char).join(''), right);
}

function averageLogp(ctx: ReadContext, left: number, text: string): number {
  let total = 0;
  let count = 0;
  let last = left;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      total += ctx.lm.logp(last, code);
      count++;
      last = code;
    } else last = 0;
  }
  return count === 0 ? 0 : total / count;
}

/** In the document's script (a Traditional document gets Traditional repairs). */
export function inScript(ctx: ReadContext, text: string): string {
  if (ctx.script !== 'traditional') return text;
  for (const char of text) if (ctx.lex.simplifiedOnly(char)) return ctx.lex.toTraditional(text, ctx.taiwan);
  return text;
}

/** A reading is confident where it beats the next-best one by this many nats. */
export const CONFIDENT = Math.log(8);

/** Pieces of a one-off reading: group 0 covers the marker and the first token, group g token g, the last group the terminal. */
function oneOffPieces(ctx: ReadContext, start: number, tokens: readonly PairToken[], reading: OneOffReading, end: number): Piece[] {
  const pieces: Piece[] = [];
  const n = tokens.length;
  reading.groups.forEach((option, g) => {
    const guessed = reading.margins[g]! < CONFIDENT;
    const text = inScript(ctx, option.text);
    if (g === 0) pieces.push({ start, end: tokens[0]!.end, text, guessed });
    else if (g < n) pieces.push({ start: tokens[g]!.start, end: tokens[g]!.end, text, guessed });
    else if (end > tokens[n - 1]!.end) pieces.push({ start: tokens[n - 1]!.end, end, text, guessed });
    else {
      const last = pieces[pieces.length - 1]!; // nothing of its own in the input: rides on the last piece
      last.text += text;
      last.guessed ||= guessed;
    }
  });
  return pieces;
}

/**
 * A `?yàn)` marker: a character and its gloss's `(` were lost. Either the reading went one byte off
 * there (the characters after it are misread pairs), or one character was lost (its reading is the
 * tail: `言?nèi)容` was `言內容`), or the marker stands for nothing. A bare `?` between characters
 * (weak marker) is read one byte off only when that is far more plausible; otherwise it is a
 * question mark and stays.
 */
function repairAfterMarker(ctx: ReadContext, candidate: Candidate): Outcome | undefined {
  const { text, lm, table } = ctx;
  const start = candidate.start;
  const markerEnd = candidate.markerEnd;
  const tail = candidate.weak ? '' : text.slice(start + 1, markerEnd - 1);
  const left = codeBefore(text, start);
  const adjacent = table.encode(text[start - 1] ?? '');
  // The marker's gloss reads the misread pair (last byte before it, lost lead byte): `因?yàn)` is F2 9E, `驗`.
  const firstLeadReads = adjacent >= 0 && tail ? { trail: adjacent & 0xff, reading: tail } : undefined;

  // A lost character whose trail byte is the ASCII character after the marker (`一?hūn)T` was `門`,
  // 99 54). After a bare `?`, only a lone ASCII symbol between the `?` and a character counts.
  const following = text.charCodeAt(markerEnd);
  const loneAscii = following >= 0x40 && following < 0x7f && (firstLeadReads !== undefined || isHanCodeUnit(text.charCodeAt(markerEnd + 1)));
  if (loneAscii && (adjacent >= 0 || !candidate.weak)) {
    const right = codeAt(text, markerEnd + 1);
    const options = table
      .withTrail(following)
      .map((code) => table.decode(code >> 8, code & 0xff)!)
      .filter((char) => isHanCodeUnit(char.charCodeAt(0)) && ctx.lex.rankOf(char.charCodeAt(0)) <= 6000)
      .filter((char) => !firstLeadReads || ctx.lex.readings(table.decode(firstLeadReads.trail, table.encode(char) >> 8) ?? '').includes(tail));
    if (options.length > 0) {
      const scored = options.map((char) => ({ char, score: lm.score(left, char, right) })).sort((x, y) => y.score - x.score);
      const best = scored[0]!;
      const margin = scored.length > 1 ? best.score - scored[1]!.score : Infinity;
      // As shown: `?` and a lone ASCII symbol inside Chinese text, itself unlikely.
      const asShown = lm.score(left, '', right) + (candidate.weak ? LONE_ASCII : UNEXPLAINED);
      const gain = best.score - asShown;
      if (averageLogp(ctx, left, best.char) >= MIN_AVG_LOGP && (!candidate.weak || gain >= MIN_GAIN_WEAK)) {
        return { start, end: markerEnd + 1, pieces: [{ start, end: markerEnd + 1, text: inScript(ctx, best.char), guessed: margin < CONFIDENT }], gain };
      }
    }
  }

  const { tokens, terminal } = readPairs(ctx, markerEnd);
  const tokensEnd = tokens.length > 0 ? tokens[tokens.length - 1]!.end : markerEnd;
  const end = Math.max(terminal.end, tokensEnd);
  const right = tokens.length > 0 ? rightOf(text, terminal, end) : codeAt(text, markerEnd);
  const afterShown = tokens.map((t) => t.char).join('');
  const shown = lm.score(left, afterShown, right);

  // The marker alone: nothing, or one lost character read `tail`. Standing for nothing, its tail must
  // be the reading of the pair misread across it (`言?xún)內`: D4 83 is `詢`); when that cannot be
  // checked or does not hold, the tail is unexplained.
  let unexplained = UNEXPLAINED;
  const followingCode = table.encode(text[markerEnd] ?? '');
  if (adjacent >= 0 && text[markerEnd] === '?') unexplained = 0;
  else if (adjacent >= 0 && followingCode >= 0) {
    const misread = table.decode(adjacent & 0xff, followingCode >> 8);
    if (misread && ctx.lex.readings(misread).includes(tail)) unexplained = 0;
  }
  const markerOptions: Array<{ text: string; score: number }> = [{ text: candidate.weak ? '?' : '', score: shown + (candidate.weak ? 0 : unexplained) }];
  for (const char of charactersRead(ctx, tail)) markerOptions.push({ text: char, score: lm.score(left, char + afterShown, right) });
  markerOptions.sort((x, y) => y.score - x.score);
  const bestMarker = markerOptions[0]!;
  const markerMargin = markerOptions.length > 1 ? bestMarker.score - markerOptions[1]!.score : Infinity;

  // One byte off from here.
  if (tokens.length > 0) {
    const reading = searchOneOff(ctx, tokens, terminal, left, right, {
      ...(firstLeadReads ? { firstLeadReads } : {}),
      ...(terminal.kind === 'lost' && terminal.reading ? { lastReads: terminal.reading } : {}),
    });
    if (reading) {
      const readText = reading.groups.map((g) => g.text).join('');
      const gain = reading.score - bestMarker.score;
      if (gain >= (candidate.weak ? MIN_GAIN_WEAK : MIN_GAIN) && averageLogp(ctx, left, readText) >= MIN_AVG_LOGP) {
        return { start, end, pieces: oneOffPieces(ctx, start, tokens, reading, end), gain };
      }
    }
  }
  if (candidate.weak) return undefined;
  // The text after the marker reads as it is.
  if (tokens.length === 0 || averageLogp(ctx, left, bestMarker.text + afterShown) >= MIN_AVG_LOGP) {
    const guessed = bestMarker.text.length > 0 && markerMargin < CONFIDENT;
    return { start, end: markerEnd, pieces: [{ start, end: markerEnd, text: inScript(ctx, bestMarker.text), guessed }], gain: 0 };
  }
  return { start, end, pieces: undefined, gain: 0 };
}

/** Characters with the reading `reading` (tone-marked pinyin), most frequent first. */
function charactersRead(ctx: ReadContext, reading: string): string[] {
  if (!reading) return [];
  return ctx.lex.charactersRead(reading).filter((char) => ctx.table.encode(char) >= 0);
}

/** Rare characters with no marker: try one byte off (starting at, or just before, the cluster) and UTF-8 read as GBK. */
function repairCluster(ctx: ReadContext, candidate: Candidate, floor: number): Outcome | undefined {
  const { text } = ctx;
  let first = candidate.start;
  for (let back = 0; back < 2 && first > floor && isMisreadable(text.charCodeAt(first - 1)); back++) first--;
  let best: Outcome | undefined;
  for (let from = first; from <= candidate.start; from++) {
    const { tokens, terminal } = readPairs(ctx, from);
    if (tokens.length < 2) continue;
    // A bare `?` just before: the lost lead byte.
    const runStart = from > floor + 1 && text[from - 1] === '?' && isHanCodeUnit(text.charCodeAt(from - 2)) ? from - 1 : from;
    const left = codeBefore(text, runStart);
    const end = Math.max(terminal.end, tokens[tokens.length - 1]!.end);
    const right = rightOf(text, terminal, end);
    const reading = searchOneOff(ctx, tokens, terminal, left, right, {});
    if (!reading) continue;
    const readText = reading.groups.map((g) => g.text).join('');
    const gain = reading.score - shownScore(ctx, tokens, left, right);
    if (gain >= MIN_GAIN_NO_MARKER && averageLogp(ctx, left, readText) >= MIN_AVG_LOGP && (!best || gain > best.gain)) {
      best = { start: runStart, end, pieces: oneOffPieces(ctx, runStart, tokens, reading, end), gain };
    }
  }
  const utf8 = repairUtf8(ctx, first, candidate.end, { minGain: MIN_GAIN_NO_MARKER, minAverage: MIN_AVG_LOGP, codeBefore, codeAt, codesOf });
  if (utf8 && (!best || utf8.gain > best.gain)) best = utf8;
  return best;
}
