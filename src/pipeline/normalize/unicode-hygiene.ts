import { LineIndex } from '../text/position.ts';
import type { TextEdit } from '../types.ts';
import { applyEdits } from './edits.ts';
import type { Finding, NormalizePass, PassResult } from './pass.ts';

/**
 * Invisible and look-alike characters that copy-paste brings into transcripts:
 *
 * - zero-width characters (U+200B–U+200D, U+2060–U+2064, U+180E, U+00AD, U+FEFF) are removed,
 *   except a zero-width joiner between two pictographs (it builds emoji such as 👩‍💻);
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed;
 * - C0/C1 control characters are removed (a terminal colour code `ESC [ … m` as a whole), except
 *   tab, line feed and carriage return (CR is the line-ending pass's business);
 * - U+2028, U+2029, vertical tab, form feed and NEL become `\n`;
 * - tab, no-break space and the other odd spaces become a space (U+3000, the ideographic space of
 *   CJK text, is kept);
 * - what remains is put in Unicode NFC, only where that changes it.
 *
 * Each kind is reported once, with its count and first position. Linear time: one scan, and NFC is
 * applied per normalisation segment (a character and the marks after it), so each edit is local and
 * maps back to the characters it replaced.
 */
export const unicodeHygienePass: NormalizePass = {
  rule: 'unicode-hygiene',
  run(text: string): PassResult {
    try {
      return runHygiene(text);
    } catch {
      // Not expected; a pass must never take the pipeline down.
      return { edits: [], findings: [] };
    }
  },
};

type Kind = 'zero-width-character' | 'bidi-control' | 'control-character' | 'line-separator' | 'unusual-space';

interface Tally {
  count: number;
  start: number;
  end: number;
  /** How often each code point was met (first-met order), for the message. */
  codes: Map<number, number>;
  /** Terminal escape sequences removed whole (control characters only). */
  sequences: number;
}

const KIND_ORDER: readonly Kind[] = ['bidi-control', 'control-character', 'zero-width-character', 'line-separator', 'unusual-space'];

const SEVERITY = {
  'zero-width-character': 'warning',
  'bidi-control': 'warning',
  'control-character': 'warning',
  'line-separator': 'info',
  'unusual-space': 'info',
  'unicode-normalization': 'info',
} as const;

const HINT: Record<Kind | 'unicode-normalization', string> = {
  'zero-width-character':
    'Invisible characters, usually pasted from a web page or a chat, were removed. Nothing to do unless a word on a slide looks split or joined.',
  'bidi-control':
    'Bidirectional controls can make a line display in another order than it is stored in; they were removed. Check in your editor that the line reads as intended.',
  'control-character':
    'Control characters are not text and were removed. If the text around them looks cut, export the transcript again as plain UTF-8 text.',
  'line-separator':
    'The line now breaks there. If that splits a paragraph in two, join the lines in the transcript.',
  'unusual-space': 'Nothing to fix: the slides show ordinary spaces.',
  'unicode-normalization':
    'Nothing to fix: the text looks the same, it is only stored in the standard composed form (NFC), so search and quotes match.',
};

const NAMES: Record<number, string> = {
  0x09: 'tab',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
  0xa0: 'no-break space',
  0xad: 'soft hyphen',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x2060: 'word joiner',
  0xfeff: 'zero width no-break space',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202f: 'narrow no-break space',
};

/** What happens to a code point: its kind and what replaces it (`''` removes it). */
function classify(cp: number): { kind: Kind; replacement: string } | null {
  if (cp < 0x20) {
    if (cp === 0x0a || cp === 0x0d) return null;
    if (cp === 0x09) return SPACE;
    if (cp === 0x0b || cp === 0x0c) return NEWLINE;
    return CONTROL;
  }
  if (cp < 0x7f) return null;
  if (cp <= 0x9f) return cp === 0x85 ? NEWLINE : CONTROL;
  if (cp === 0xa0) return SPACE;
  if (cp === 0xad) return ZERO_WIDTH;
  if (cp < 0x1680) return null;
  if (cp === 0x1680) return SPACE;
  if (cp === 0x180e) return ZERO_WIDTH;
  if (cp < 0x2000) return null;
  if (cp <= 0x200a) return SPACE;
  if (cp <= 0x200d) return ZERO_WIDTH;
  if (cp === 0x2028 || cp === 0x2029) return NEWLINE;
  if (cp >= 0x202a && cp <= 0x202e) return BIDI;
  if (cp === 0x202f || cp === 0x205f) return SPACE;
  if (cp >= 0x2060 && cp <= 0x2064) return ZERO_WIDTH;
  if (cp >= 0x2066 && cp <= 0x2069) return BIDI;
  if (cp === 0xfeff) return ZERO_WIDTH;
  return null;
}
const SPACE = { kind: 'unusual-space', replacement: ' ' } as const;
const NEWLINE = { kind: 'line-separator', replacement: '\n' } as const;
const CONTROL = { kind: 'control-character', replacement: '' } as const;
const ZERO_WIDTH = { kind: 'zero-width-character', replacement: '' } as const;
const BIDI = { kind: 'bidi-control', replacement: '' } as const;

const MARK = /\p{M}/uy;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/uy;

/**
 * False for the characters NFC may combine with what precedes them: marks, Hangul vowel and
 * trailing-consonant jamo, and U+16D67 (checked over all of Unicode 17: these are the only second
 * elements of canonical compositions, and every character of non-zero combining class is a mark).
 */
function startsSegment(text: string, i: number, cp: number): boolean {
  if (cp < 0x300) return true;
  if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11a8 && cp <= 0x11c2) || cp === 0x16d67) return false;
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  MARK.lastIndex = i;
  return !MARK.test(text);
}

/** Characters NFC leaves alone when nothing combines with them (checked: every code point below U+0300, CJK symbols to unified ideographs, Hangul syllables, fullwidth forms). */
function stableAlone(cp: number): boolean {
  return (cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xff00 && cp <= 0xffef);
}

function isPictographicAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  PICTOGRAPHIC.lastIndex = i;
  return PICTOGRAPHIC.test(text);
}

/** A zero-width joiner that joins two pictographs (after an optional variation selector or skin tone). */
function isEmojiJoiner(text: string, i: number): boolean {
  if (!isPictographicAt(text, i + 1)) return false;
  let j = i - 1;
  for (let steps = 0; steps < 4 && j >= 0; steps++) {
    const unit = text.charCodeAt(j);
    if (unit === 0xfe0f || unit === 0xfe0e || unit === 0x20e3) {
      j--;
      continue;
    }
    // Skin-tone modifiers U+1F3FB–U+1F3FF: the surrogate pair D83C DFFB–DFFF.
    if (unit >= 0xdffb && unit <= 0xdfff && text.charCodeAt(j - 1) === 0xd83c) {
      j -= 2;
      continue;
    }
    break;
  }
  if (j < 0) return false;
  const unit = text.charCodeAt(j);
  const start = unit >= 0xdc00 && unit <= 0xdfff && j > 0 && isHighSurrogate(text.charCodeAt(j - 1)) ? j - 1 : j;
  return isPictographicAt(text, start);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Length of a CSI escape sequence `ESC [ params intermediates final` at `i`, or 0. */
function csiLength(text: string, i: number): number {
  if (text.charCodeAt(i + 1) !== 0x5b) return 0;
  let j = i + 2;
  while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x3f) j++;
  while (j < text.length && text.charCodeAt(j) >= 0x20 && text.charCodeAt(j) <= 0x2f) j++;
  const final = text.charCodeAt(j);
  return final >= 0x40 && final <= 0x7e ? j + 1 - i : 0;
}

function runHygiene(text: string): PassResult {
  const edits: TextEdit[] = [];
  const tallies = new Map<Kind, Tally>();
  const nfc = { count: 0, start: 0, end: 0, before: '', after: '' };
  // When the whole text is already NFC (the common case), only segments we changed need NFC.
  const alreadyNfc = text.normalize('NFC') === text;

  const tally = (kind: Kind, start: number, end: number, cp: number): void => {
    let t = tallies.get(kind);
    if (!t) {
      t = { count: 0, start, end, codes: new Map(), sequences: 0 };
      tallies.set(kind, t);
    }
    t.count++;
    t.codes.set(cp, (t.codes.get(cp) ?? 0) + 1);
  };

  // The current segment: [segStart, i) of the input; `kept` is its new text when something in it
  // was removed or replaced (null: unchanged so far); `firstKind` names the edit.
  let segStart = 0;
  let kept: string | null = null;
  let firstKind: Kind | null = null;
  /** Whether NFC could change the segment: it has a mark, or a character NFC may rewrite alone. */
  let mayChange = false;

  const flush = (end: number): void => {
    if (end <= segStart) return;
    const original = text.slice(segStart, end);
    const before = kept ?? original;
    let after = before;
    if (mayChange && (!alreadyNfc || kept !== null)) {
      after = before.normalize('NFC');
      if (after !== before) {
        if (nfc.count === 0) {
          nfc.start = segStart;
          nfc.end = end;
          nfc.before = before;
          nfc.after = after;
        }
        nfc.count++;
      }
    }
    if (after !== original) pushTrimmed(edits, original, segStart, after, firstKind ?? 'unicode-normalization');
  };

  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    let length = cp > 0xffff ? 2 : 1;
    let action = classify(cp);
    if (action && cp === 0x200d && isEmojiJoiner(text, i)) action = null;
    if (cp === 0x1b) {
      const csi = csiLength(text, i);
      if (csi > 0) {
        length = csi;
        tally('control-character', i, i + csi, cp);
        tallies.get('control-character')!.sequences++;
      }
    }

    if (action && action.replacement === '') {
      // Removed: stays inside the current segment, so NFC sees what ends up next to each other.
      if (!(cp === 0x1b && length > 1)) tally(action.kind, i, i + length, cp);
      if (kept === null) kept = text.slice(segStart, i);
      firstKind ??= action.kind;
    } else {
      if (startsSegment(text, i, cp)) {
        flush(i);
        segStart = i;
        kept = null;
        firstKind = null;
        mayChange = cp >= 0x300 && !stableAlone(cp);
      } else {
        mayChange = true; // a mark or jamo that may combine with what precedes it
      }
      if (action) {
        tally(action.kind, i, i + length, cp);
        if (kept === null) kept = text.slice(segStart, i);
        kept += action.replacement;
        firstKind ??= action.kind;
      } else if (kept !== null) {
        kept += text.slice(i, i + length);
      }
    }
    i += length;
  }
  flush(text.length);

  // Safety net: if a future Unicode version combines across a segment boundary, normalise the
  // whole result in one (coarser) edit rather than leave it un-normalised.
  let finalEdits = edits;
  if (edits.length > 0 || !alreadyNfc) {
    const out = applyEdits(text, edits).text;
    const normalized = out.normalize('NFC');
    if (normalized !== out) {
      finalEdits = [];
      pushTrimmed(finalEdits, text, 0, normalized, 'unicode-normalization');
      if (nfc.count === 0) {
        nfc.count = 1;
        nfc.end = text.length;
        nfc.before = out;
        nfc.after = normalized;
      }
    }
  }

  return { edits: finalEdits, findings: findingsOf(text, tallies, nfc) };
}

/** An edit replacing `original` (found at `offset`) by `after`, cut down to the part that differs. */
function pushTrimmed(edits: TextEdit[], original: string, offset: number, after: string, rule: string): void {
  let head = 0;
  const max = Math.min(original.length, after.length);
  while (head < max && original.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < max - head &&
    original.charCodeAt(original.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  // Never cut a surrogate pair in two.
  if (head > 0 && isHighSurrogate(original.charCodeAt(head - 1))) head--;
  if (tail > 0 && isLowSurrogate(original.charCodeAt(original.length - tail))) tail--;
  edits.push({
    start: offset + head,
    end: offset + original.length - tail,
    text: after.slice(head, after.length - tail),
    rule,
  });
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function findingsOf(
  text: string,
  tallies: Map<Kind, Tally>,
  nfc: { count: number; start: number; end: number; before: string; after: string },
): Finding[] {
  if (tallies.size === 0 && nfc.count === 0) return [];
  const lines = new LineIndex(text);
  const at = (offset: number): string => {
    const p = lines.positionAt(offset);
    return `first at line ${p.line}, column ${p.column}`;
  };
  const findings: Finding[] = [];
  for (const kind of KIND_ORDER) {
    const t = tallies.get(kind);
    if (!t) continue;
    const n = t.count;
    const codes = describeCodes(t.codes);
    const message =
      kind === 'zero-width-character'
        ? `Removed ${n} zero-width character${n === 1 ? '' : 's'} (${codes}), ${at(t.start)}`
        : kind === 'bidi-control'
          ? `Removed ${n} bidirectional control character${n === 1 ? '' : 's'} (${codes}), ${at(t.start)}`
          : kind === 'control-character'
            ? `Removed ${n} control character${n === 1 ? '' : 's'} (${codes}${t.sequences > 0 ? `; ${t.sequences} as whole terminal escape sequences` : ''}), ${at(t.start)}`
            : kind === 'line-separator'
              ? `Turned ${n} line or paragraph separator${n === 1 ? '' : 's'} (${codes}) into line breaks, ${at(t.start)}`
              : `Replaced ${n} unusual space${n === 1 ? '' : 's'} (${codes}) with ordinary spaces, ${at(t.start)}`;
    findings.push({ severity: SEVERITY[kind], rule: kind, start: t.start, end: t.end, message, hint: HINT[kind] });
  }
  if (nfc.count > 0) {
    const n = nfc.count;
    findings.push({
      severity: SEVERITY['unicode-normalization'],
      rule: 'unicode-normalization',
      start: nfc.start,
      end: nfc.end,
      message: `Rewrote ${n} character sequence${n === 1 ? '' : 's'} in composed form (Unicode NFC), ${at(nfc.start)}: ${codePoints(nfc.before)} → ${codePoints(nfc.after)}`,
      hint: HINT['unicode-normalization'],
    });
  }
  return findings;
}

function describeCodes(codes: Map<number, number>): string {
  const parts: string[] = [];
  for (const [cp, count] of codes) {
    if (parts.length === 4) {
      parts.push('…');
      break;
    }
    const name = NAMES[cp];
    parts.push(`${u(cp)}${name ? ` ${name}` : ''}${count > 1 ? ` ×${count}` : ''}`);
  }
  return parts.join(', ');
}

function codePoints(text: string): string {
  const cps = Array.from(text.slice(0, 12), (c) => u(c.codePointAt(0)!));
  return cps.join(' ') + (text.length > 12 ? ' …' : '');
}

function u(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
