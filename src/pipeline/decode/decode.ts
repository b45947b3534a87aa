import { createRequire } from 'node:module';
import type * as Jschardet from 'jschardet';
import { firstIndexWhere } from '../../shared/sorted-search.ts';
import { CJK_TEXT, countIn, HAN, HANGUL } from '../text/cjk.ts';
import { LineIndex } from '../text/position.ts';
import { reporterFor } from '../reporter.ts';
import type { Result, SourceFile, SourceText } from '../types.ts';
import { iconv } from './iconv.ts';

/**
 * Bytes → text. Pure, never throws.
 *
 * Order of decisions (each one unambiguous before the next is tried):
 *  1. A byte-order mark (UTF-8, UTF-16 LE/BE) decides.
 *  2. NUL bytes: UTF-16 without a BOM when every NUL sits on the same side of a code unit next to
 *     an ASCII character and the whole file decodes as clean UTF-16; otherwise a binary file.
 *  3. Many control bytes: a binary file.
 *  4. Strict UTF-8 (the common case, and unambiguous when valid).
 *  5. A legacy encoding (GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR, Windows-1252): among the
 *     readings that come out clean (no replacement, private-use or C1 characters), the one jschardet
 *     ranks highest. Windows-1252 reads nearly any bytes cleanly, so it is taken only when jschardet
 *     names it; an encoding jschardet is sure of that is not a candidate (Windows-1251, …) is an
 *     error naming it rather than a reading of nonsense.
 * `encoding:` in deck.yaml skips 4 and 5 and reads the bytes as it says.
 *
 * Legacy encodings are decoded with iconv-lite: Node's TextDecoder('big5') maps invalid bytes to
 * private-use or C1 characters instead of U+FFFD and does not throw even when `fatal`, so it cannot
 * tell a bad byte from a good one.
 */

export const LEGACY_ENCODINGS = ['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr', 'windows-1252'] as const;
type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

/**
 * What `encoding:` in deck.yaml may say (lower case), and what each reads as: GBK is a subset of
 * GB18030, and ISO-8859-1 is read as Windows-1252, as browsers do (the two differ only in 0x80–0x9F,
 * control codes in ISO-8859-1 that no transcript means).
 */
export const ENCODING_NAMES: Readonly<Record<string, TextEncodingName>> = {
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  big5: 'big5',
  shift_jis: 'shift_jis',
  'euc-jp': 'euc-jp',
  'euc-kr': 'euc-kr',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

export interface DecodeOptions {
  /** Read the bytes as this encoding instead of detecting one (`encoding:` in deck.yaml). */
  encoding?: TextEncodingName;
}

const LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030',
  big5: 'Big5',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'euc-kr': 'EUC-KR',
  'windows-1252': 'Windows-1252',
};

/** jschardet's names for each candidate (and its supersets that iconv-lite's decoder covers). */
const FAMILY: ReadonlyArray<[RegExp, LegacyEncoding | 'unicode']> = [
  [/^(gb2312|gbk|gb18030|cp936|hz-gb-2312)$/i, 'gb18030'],
  [/^(big5|big5-?hkscs|cp950)$/i, 'big5'],
  [/^(shift_jis|cp932|windows-31j)$/i, 'shift_jis'],
  [/^euc-jp$/i, 'euc-jp'],
  [/^(euc-kr|cp949)$/i, 'euc-kr'],
  [/^(windows-1252|iso-8859-1)$/i, 'windows-1252'],
  [/^(utf-|ascii)/i, 'unicode'],
];
/**
 * A candidate jschardet ranks within this fraction of its top guess counts as a tie with it: on short
 * Latin text the single-byte guesses are close together (`It’s fine.`: MacRoman 0.034, Windows-1252 0.029).
 */
const NEAR_TOP = 0.5;
/** From this confidence on, a top guess that is no candidate (Windows-1251, …) makes the file an error. */
const UNREAD_CONFIDENCE = 0.2;
/** Which clean CJK reading to take when jschardet names none of them. */
const CJK_PREFERENCE: readonly LegacyEncoding[] = ['gb18030', 'big5', 'euc-kr', 'shift_jis', 'euc-jp'];
const LANGUAGE_NAME: Record<string, string> = {
  ja: 'Japanese', ko: 'Korean', zh: 'Chinese', ru: 'Russian', uk: 'Ukrainian', bg: 'Bulgarian', el: 'Greek', pl: 'Polish', cs: 'Czech',
  sk: 'Slovak', hu: 'Hungarian', ro: 'Romanian', tr: 'Turkish', he: 'Hebrew', ar: 'Arabic', th: 'Thai', vi: 'Vietnamese', fr: 'French', de: 'German',
};

/** Characters that mean a legacy decode went wrong: replacement, private use, C1 controls. */
const BAD_CHAR = /[\uFFFD\uE000-\uF8FF\u0080-\u009F]/;
const BAD_CHARS = /[\uFFFD\uE000-\uF8FF\u0080-\u009F]/g;

const READABLE = 'UTF-8, UTF-16, GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR and Windows-1252';
const SAVE_AS_UTF8 =
  'Open the file in a text editor and save it as UTF-8 (in VS Code: “Save with Encoding” → UTF-8), then run again.';

export function decode(file: SourceFile, options: DecodeOptions = {}): Result<SourceText> {
  try {
    return options.encoding ? decodeAs(file, options.encoding) : decodeBytes(file);
  } catch (error) {
    // Nothing above is expected to throw; if it does, report it instead of failing the build.
    const text = safeLossyUtf8(file.bytes);
    const reporter = reporterFor(file.path);
    reporter.error('invalid-encoding', undefined, `Unexpected failure while decoding (${String(error)}), expected readable text`, SAVE_AS_UTF8);
    return reporter.result({ path: file.path, text, encoding: 'utf-8', bom: false });
  }
}

function decodeBytes(file: SourceFile): Result<SourceText> {
  const bytes = file.bytes;
  if (bytes.length === 0) return emptyFile(file, '', 'utf-8', false, 'empty file');

  // 1. Byte-order marks.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finishUnicode(file, 'utf-8', 3, 'byte-order mark');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finishUnicode(file, 'utf-16le', 2, 'byte-order mark');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finishUnicode(file, 'utf-16be', 2, 'byte-order mark');

  // 2. NUL bytes: UTF-16 without a BOM, or binary.
  const firstNul = bytes.indexOf(0);
  if (firstNul >= 0) {
    const utf16 = utf16ByNulPattern(bytes);
    if (utf16) return finishUnicode(file, utf16, 0, 'no byte-order mark; its NUL-byte pattern is unmistakable');
    return binaryFile(file, firstNul, 'NUL byte', 1);
  }

  // 3. Control bytes (ASCII-compatible encodings only reach here, so bytes < 0x20 are characters).
  const controls = countControlBytes(bytes);
  if (controls.count >= 4 && controls.count * 32 >= bytes.length) {
    return binaryFile(file, controls.first, 'control byte', controls.count);
  }

  // 4. Strict UTF-8.
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return finishText(file, utf8, 'utf-8', false, '');

  // 5. GB18030 or Big5.
  return decodeLegacy(file);
}

function decodeLegacy(file: SourceFile): Result<SourceText> {
  const bytes = file.bytes;
  const bad = new Map<LegacyEncoding, number>();
  const texts = new Map<LegacyEncoding, string>();
  for (const encoding of LEGACY_ENCODINGS) {
    const text = iconvDecode(encoding, bytes);
    texts.set(encoding, text);
    bad.set(encoding, countBad(text));
  }
  const guesses = guessCharsets(bytes);
  const top = guesses[0];
  const clean = (encoding: LegacyEncoding | 'unicode' | null): encoding is LegacyEncoding =>
    encoding !== null && encoding !== 'unicode' && bad.get(encoding) === 0 && plausible(encoding, texts.get(encoding)!);
  // Among the clean readings jschardet ranks near its top guess, a CJK one beats Windows-1252: Big5
  // and Shift_JIS bytes often look Latin (trail bytes are ASCII letters), Latin text never looks CJK.
  const near = top ? guesses.filter((g) => clean(g.family) && g.confidence >= NEAR_TOP * top.confidence) : [];
  const named = near.find((g) => g.family !== 'windows-1252') ?? near[0];
  let chosen: LegacyEncoding | undefined;
  if (named) chosen = named.family as LegacyEncoding;
  else if (top && top.family === null && top.confidence >= UNREAD_CONFIDENCE) {
    return invalidEncoding(file, 'utf-8', 0, { looksLike: `it looks like ${describeGuess(top)}, which transcript-deck does not read` });
  } else chosen = CJK_PREFERENCE.find((encoding) => clean(encoding));
  if (chosen) {
    const raw = texts.get(chosen)!;
    const bom = raw.charCodeAt(0) === 0xfeff;
    return finishText(file, bom ? raw.slice(1) : raw, chosen, bom, 'detected');
  }

  // No candidate reads cleanly: report against the least damaged CJK reading when it is far less
  // damaged than UTF-8 (a GB18030 file with one bad byte), or against Windows-1252 when jschardet
  // says so (it reads almost anything, so its count of bad bytes says nothing); otherwise against
  // UTF-8, which is what the presenter should save the file as anyway. On damaged input jschardet's
  // confidence is low, so it only breaks ties.
  const utf8Bad = countBad(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  const rank = (encoding: LegacyEncoding): number => {
    const at = guesses.findIndex((g) => g.family === encoding);
    return at < 0 ? guesses.length : at;
  };
  const legacy = [...CJK_PREFERENCE].sort((a, b) => bad.get(a)! - bad.get(b)! || rank(a) - rank(b))[0]!;
  const legacyBad = bad.get(legacy)!;
  const trusted = top?.family === legacy && legacyBad < utf8Bad;
  const best: TextEncodingName =
    top?.family === 'windows-1252' ? 'windows-1252' : legacyBad * 10 < utf8Bad || trusted ? legacy : 'utf-8';
  const looksLike =
    top && top.family === null && top.confidence >= 0.1 ? `it may be ${describeGuess(top)}, which transcript-deck does not read` : undefined;
  return invalidEncoding(file, best, 0, looksLike ? { looksLike } : {});
}

/**
 * Whether a clean reading looks like writing rather than mis-paired bytes. Latin text read as a CJK
 * encoding turns each accented letter and the byte after it into one ideograph among ASCII words
 * (`doesn’t` → `doesn乼`); CJK text read as Windows-1252 turns every character into two or more
 * accented letters in a row (`以下` → `ÒÔÏÂ`). Real Latin text has few such runs, and real CJK text
 * few ideographs glued to the end of a Latin word with no other ideograph after them.
 */
function plausible(encoding: LegacyEncoding, text: string): boolean {
  if (encoding === 'windows-1252') {
    let high = 0;
    let paired = 0;
    for (const run of text.matchAll(/[^\0-\x7F]+/g)) {
      high += run[0].length;
      paired += run[0].length - 1;
    }
    return high === 0 || paired * 2 < high;
  }
  // Korean is written in Hangul with the odd Hanja; Chinese bytes read as EUC-KR give Hanja mostly.
  if (encoding === 'euc-kr' && countIn(text, HANGUL) < countIn(text, HAN)) return false;
  let cjk = 0;
  let alone = 0;
  const chars = Array.from(text);
  chars.forEach((c, i) => {
    if (!CJK_TEXT.test(c)) return;
    cjk++;
    if (/[A-Za-z]/.test(chars[i - 1] ?? '') && !CJK_TEXT.test(chars[i + 1] ?? '')) alone++;
  });
  return cjk === 0 || alone * 2 <= cjk;
}

/** `encoding:` in deck.yaml: these bytes, read as that encoding, or an error at the first bad byte. */
function decodeAs(file: SourceFile, encoding: TextEncodingName): Result<SourceText> {
  const bytes = file.bytes;
  const how = "as deck.yaml's `encoding:` says";
  if (bytes.length === 0) return emptyFile(file, '', encoding, false, 'empty file');
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const mark = encoding === 'utf-8' ? [0xef, 0xbb, 0xbf] : encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const start = mark.every((b, i) => bytes[i] === b) ? mark.length : 0;
    return finishUnicode(file, encoding, start, how, true);
  }
  const firstNul = bytes.indexOf(0);
  if (firstNul >= 0) return binaryFile(file, firstNul, 'NUL byte', 1);
  const controls = countControlBytes(bytes);
  if (controls.count >= 4 && controls.count * 32 >= bytes.length) return binaryFile(file, controls.first, 'control byte', controls.count);
  const raw = iconvDecode(encoding, bytes);
  if (countBad(raw) > 0) return invalidEncoding(file, encoding, 0, { forced: true });
  const bom = raw.charCodeAt(0) === 0xfeff;
  return finishText(file, bom ? raw.slice(1) : raw, encoding, bom, how);
}

/* ---------------------------------------------------------------------------------------------- */
/* Unicode encodings (UTF-8 with BOM, UTF-16 with or without BOM).                                 */

function finishUnicode(
  file: SourceFile,
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be',
  start: number,
  how: string,
  forced = false,
): Result<SourceText> {
  const body = file.bytes.subarray(start);
  const text = strictDecode(encoding, body);
  if (text === null) return invalidEncoding(file, encoding, start, { forced });
  {
    // Files without a BOM were checked for binary content on their bytes; these are checked here.
    let count = 0;
    let first = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0 || isControlByte(c)) {
        count++;
        if (first < 0) first = i;
        if (c === 0) count += 1000; // one NUL character is enough
      }
    }
    if (count >= 4 && count * 32 >= text.length) {
      const byteOffset = start + (encoding === 'utf-8' ? new TextEncoder().encode(text.slice(0, first)).length : 2 * first);
      const what = text.charCodeAt(first) === 0 ? 'NUL character' : 'control character';
      return binaryText(file, text, encoding, start > 0, byteOffset, first, what, count >= 1000 ? 1 : count);
    }
  }
  return finishText(file, text, encoding, start > 0, how);
}

/**
 * UTF-16 without a BOM, only when certain: in one byte order many code units are ASCII text (a NUL
 * high byte), far more than in the other order, and the whole file decodes in that order to clean
 * text (no lone surrogates, unassigned code points, private use or control characters).
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let asciiLe = 0;
  let asciiBe = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    if (a === 0 && b === 0) return null;
    if (b === 0 && isTextAscii(a)) asciiLe++;
    if (a === 0 && isTextAscii(b)) asciiBe++;
  }
  let encoding: 'utf-16le' | 'utf-16be';
  if (asciiLe >= 2 && asciiLe > 2 * asciiBe) encoding = 'utf-16le';
  else if (asciiBe >= 2 && asciiBe > 2 * asciiLe) encoding = 'utf-16be';
  else return null;
  const text = strictDecode(encoding, bytes);
  if (text === null) return null;
  return /[\0-\x08\x0B\x0E-\x1F\x7F-\x9F\uE000-\uF8FF\uFFFE\uFFFF]|\p{Cn}/u.test(text) ? null : encoding;
}

function isTextAscii(byte: number): boolean {
  return (byte >= 0x20 && byte < 0x7f) || byte === 9 || byte === 10 || byte === 13;
}

/* ---------------------------------------------------------------------------------------------- */
/* Results.                                                                                        */

function finishText(file: SourceFile, text: string, encoding: TextEncodingName, bom: boolean, how: string): Result<SourceText> {
  if (/^[\s\u200B-\u200D\u2060\uFEFF]*$/.test(text)) return emptyFile(file, text, encoding, bom, 'file with only whitespace');
  const reporter = reporterFor(file.path);
  if (encoding !== 'utf-8') {
    reporter.info('encoding', undefined, `Read the file as ${LABEL[encoding]} (${how}), not UTF-8`, "Nothing to fix. Saving the transcript as UTF-8 makes this explicit; if the text reads wrong, set deck.yaml's `encoding:` to the file's encoding.");
  }
  return reporter.result({ path: file.path, text, encoding, bom });
}

function emptyFile(file: SourceFile, text: string, encoding: TextEncodingName, bom: boolean, what: string): Result<SourceText> {
  const reporter = reporterFor(file.path);
  reporter.error('empty-file', undefined, `Unexpected ${what}, expected the text of a transcript`, `Paste the transcript into ${file.path} and save it, or point deck.yaml at the right file.`);
  return reporter.result({ path: file.path, text, encoding, bom });
}

/** A binary file in an ASCII-compatible reading: NUL or control bytes. `byteOffset` is the first one. */
function binaryFile(file: SourceFile, byteOffset: number, what: string, count: number): Result<SourceText> {
  const text = safeLossyUtf8(file.bytes);
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes.subarray(0, byteOffset));
  return binaryText(file, text, 'utf-8', false, byteOffset, before.length, what, count);
}

function binaryText(
  file: SourceFile,
  text: string,
  encoding: TextEncodingName,
  bom: boolean,
  byteOffset: number,
  textOffset: number,
  what: string,
  count: number,
): Result<SourceText> {
  const lines = new LineIndex(text);
  const span = lines.spanOf(textOffset, Math.min(textOffset + 1, text.length));
  const kind = fileKind(file.bytes);
  const byte = file.bytes[byteOffset] ?? 0;
  const reporter = reporterFor(file.path);
  reporter.error(
    'binary-file',
    span,
    `Unexpected ${what} ${hex(byte)} at byte offset ${byteOffset} (line ${span.start.line}, column ${span.start.column})` +
      `${count > 1 ? `, the first of ${count}` : ''}, expected a plain-text transcript${kind ? `; this looks like ${kind}` : ''}`,
    'This is not a text file. Open the transcript in the program that made it, export or copy it into a plain-text (.txt, UTF-8) file, and use that file.',
  );
  return reporter.result({ path: file.path, text, encoding, bom });
}

/**
 * Bytes that `encoding` cannot read: an error at the first bad byte, with the text decoded lossily
 * (U+FFFD where bytes were bad). `start` is where the encoded text begins (after a BOM).
 */
function invalidEncoding(
  file: SourceFile,
  encoding: TextEncodingName,
  start: number,
  { looksLike, forced = false }: { looksLike?: string; forced?: boolean } = {},
): Result<SourceText> {
  const body = file.bytes.subarray(start);
  const codec = codecFor(encoding);
  let text = codec.lossy(body);
  let bom = start > 0;
  if (!bom && encoding !== 'utf-8' && text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    bom = true;
  }
  const bad = firstBad(body, codec);
  const textOffset = Math.max(0, Math.min(bad.textOffset - (bom && start === 0 ? 1 : 0), text.length));
  const lines = new LineIndex(text);
  const span = lines.spanOf(textOffset, Math.min(textOffset + 1, text.length));
  const byteOffset = start + bad.byteOffset;
  const unreadable = countBad(text, encoding === 'utf-8' || encoding.startsWith('utf-16') ? /\uFFFD/g : BAD_CHARS);
  const byte = file.bytes[byteOffset];
  const what = byte === undefined ? 'Unexpected end of file in the middle of a character' : `Unexpected byte ${hex(byte)}`;
  const reporter = reporterFor(file.path);
  reporter.error(
    'invalid-encoding',
    span,
    `${what} at byte offset ${byteOffset} (line ${span.start.line}, column ${span.start.column}), expected ${LABEL[encoding]} text` +
      (looksLike ? `; ${looksLike}` : '') +
      (unreadable > 1 ? `; ${unreadable} places cannot be read` : ''),
    forced
      ? `deck.yaml says \`encoding: ${encoding}\`, but the file is not valid ${LABEL[encoding]}: remove \`encoding:\` to let transcript-deck detect it, or name the file's encoding. ${SAVE_AS_UTF8}`
      : `The file is not valid ${LABEL[encoding]}: it may be damaged, cut short, or saved in another encoding (transcript-deck reads ${READABLE}). ` +
          SAVE_AS_UTF8,
  );
  return reporter.result({ path: file.path, text, encoding, bom });
}

/* ---------------------------------------------------------------------------------------------- */
/* Codecs and the search for the first bad byte.                                                   */

interface Codec {
  /** Whole input, bad bytes as U+FFFD (or whatever the decoder makes of them). */
  lossy(bytes: Uint8Array): string;
  /**
   * A prefix decoded as the start of a stream: `text` holds the complete characters only (an
   * unfinished sequence at the end is held back); `bad` says whether a bad byte was met.
   */
  prefix(bytes: Uint8Array): { text: string; bad: boolean };
}

function codecFor(encoding: TextEncodingName): Codec {
  if (encoding !== 'utf-8' && encoding !== 'utf-16le' && encoding !== 'utf-16be') {
    return {
      lossy: (bytes) => iconvDecode(encoding, bytes),
      prefix: (bytes) => {
        const text = iconv().getDecoder(encoding, { stripBOM: false }).write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        return { text, bad: BAD_CHAR.test(text) };
      },
    };
  }
  return {
    lossy: (bytes) => new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes),
    prefix: (bytes) => {
      try {
        return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true }), bad: false };
      } catch {
        return { text: '', bad: true };
      }
    },
  };
}

/**
 * The first bad byte: the shortest prefix whose stream decode meets a bad byte, then the start of
 * the sequence that byte belongs to (the shortest prefix that already decodes to everything before
 * it). Both are found by bisection, so this is O(n log n) and only runs on bad files.
 */
function firstBad(bytes: Uint8Array, codec: Codec): { byteOffset: number; textOffset: number } {
  const n = bytes.length;
  // The length of the shortest failing prefix, or n + 1 when only the end is bad.
  const failing = codec.prefix(bytes).bad ? firstIndexWhere(1, n, (length) => codec.prefix(bytes.subarray(0, length)).bad) : n + 1;
  const good = Math.min(failing - 1, n);
  const before = codec.prefix(bytes.subarray(0, good)).text;
  const byteOffset = firstIndexWhere(0, good, (length) => codec.prefix(bytes.subarray(0, length)).text.length >= before.length);
  return { byteOffset, textOffset: before.length };
}

function strictDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function iconvDecode(encoding: LegacyEncoding, bytes: Uint8Array): string {
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

function safeLossyUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return '';
  }
}

function countBad(text: string, pattern: RegExp = BAD_CHARS): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}

interface CharsetGuess {
  encoding: string;
  confidence: number;
  language: string | null;
  /** Which of our candidates the guess names: a legacy one, a Unicode one, or none. */
  family: LegacyEncoding | 'unicode' | null;
}

let jschardet: typeof Jschardet | undefined;
/** jschardet, loaded the first time a file is not UTF-8 (most transcripts never need it). */
const detectCharsets = (bytes: Uint8Array): Jschardet.DetectionResult[] => {
  const { chardet } = (jschardet ??= createRequire(import.meta.url)('jschardet') as typeof Jschardet);
  // Today's encodings only: Mac and DOS code pages and EBCDIC otherwise outrank Windows-1252 on short Latin text.
  return chardet.detectAll(bytes, { encodingEra: chardet.EncodingEra.MODERN_WEB, ignoreThreshold: true });
};

/** jschardet's guesses, most likely first. */
function guessCharsets(bytes: Uint8Array): CharsetGuess[] {
  try {
    return detectCharsets(bytes).flatMap((result) => {
      if (!result.encoding) return [];
      const name = result.encoding;
      const family = FAMILY.find(([pattern]) => pattern.test(name))?.[1] ?? null;
      return [{ encoding: name, confidence: result.confidence, language: result.language, family }];
    });
  } catch {
    return [];
  }
}

function describeGuess(guess: CharsetGuess): string {
  const language = guess.language ? (LANGUAGE_NAME[guess.language] ?? guess.language) : undefined;
  return `${guess.encoding}${language ? ` (${language})` : ''}`;
}

/* ---------------------------------------------------------------------------------------------- */
/* Binary content.                                                                                 */

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape; DEL. */
function isControlByte(c: number): boolean {
  return (c >= 0x01 && c <= 0x08) || (c >= 0x0e && c <= 0x1a) || (c >= 0x1c && c <= 0x1f) || c === 0x7f;
}

function countControlBytes(bytes: Uint8Array): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (isControlByte(bytes[i]!)) {
      count++;
      if (first < 0) first = i;
    }
  }
  return { count, first };
}

function fileKind(bytes: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a ZIP archive (a .docx, .pages or .odt document is one)';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Word (.doc) document';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
  if (starts(0xff, 0xfe, 0x00, 0x00)) return 'UTF-32 text';
  return undefined;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
