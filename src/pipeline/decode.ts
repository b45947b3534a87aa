import iconv from 'iconv-lite';
import { createRequire } from 'node:module';
import type * as Jschardet from 'jschardet';
import { LineIndex } from './position.ts';
import type { Diagnostic, Result, SourceFile, SourceText } from './types.ts';

/**
 * Bytes → text. Pure, never throws.
 *
 * Order of decisions (each one unambiguous before the next is tried):
 *  1. A byte-order mark (UTF-8, UTF-16 LE/BE) decides.
 *  2. NUL bytes: UTF-16 without a BOM when every NUL sits on the same side of a code unit next to
 *     an ASCII character and the whole file decodes as clean UTF-16; otherwise a binary file.
 *  3. Many control bytes: a binary file.
 *  4. Strict UTF-8 (the common case, and unambiguous when valid).
 *  5. GB18030 or Big5: the candidates that decode without replacement, private-use or C1 characters;
 *     when both do, jschardet breaks the tie. jschardet also catches Japanese and Korean legacy
 *     files, which GB18030 would otherwise read "cleanly" as nonsense.
 *
 * GB18030 and Big5 are decoded with iconv-lite: Node's TextDecoder('big5') maps invalid bytes to
 * private-use or C1 characters instead of U+FFFD and does not throw even when `fatal`, so it cannot
 * tell a bad byte from a good one.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

const LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030',
  big5: 'Big5',
};

/** jschardet names of legacy Japanese/Korean encodings, which GB18030 decodes into plausible garbage. */
const FOREIGN_CJK = /^(shift_jis|cp932|euc-jp|euc-kr|cp949|johab|iso-2022-jp|iso-2022-kr)$/i;
/** Below this jschardet confidence a Japanese/Korean verdict is not trusted (0 false rejections of 2,400 Chinese samples of 20–200 bytes at 0.3). */
const FOREIGN_CONFIDENCE = 0.3;
const LANGUAGE_NAME: Record<string, string> = { ja: 'Japanese', ko: 'Korean', zh: 'Chinese', ru: 'Russian', fr: 'French', de: 'German' };

/** Characters that mean a legacy decode went wrong: replacement, private use, C1 controls. */
const BAD_CHAR = /[\uFFFD\uE000-\uF8FF\u0080-\u009F]/;
const BAD_CHARS = /[\uFFFD\uE000-\uF8FF\u0080-\u009F]/g;

const SAVE_AS_UTF8 =
  'Open the file in a text editor and save it as UTF-8 (in VS Code: “Save with Encoding” → UTF-8), then run again.';

export function decode(file: SourceFile): Result<SourceText> {
  try {
    return decodeBytes(file);
  } catch (error) {
    // Nothing above is expected to throw; if it does, report it instead of failing the build.
    const text = safeLossyUtf8(file.bytes);
    return {
      value: { path: file.path, text, encoding: 'utf-8', bom: false },
      diagnostics: [
        {
          severity: 'error',
          rule: 'invalid-encoding',
          message: `Unexpected failure while decoding (${String(error)}), expected readable text`,
          file: file.path,
          hint: SAVE_AS_UTF8,
        },
      ],
    };
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
  const gb = iconvDecode('gb18030', bytes);
  const big5 = iconvDecode('big5', bytes);
  const gbBad = countBad(gb);
  const big5Bad = countBad(big5);
  const guess = guessCharset(bytes);

  if ((gbBad === 0 || big5Bad === 0) && guess && FOREIGN_CJK.test(guess.encoding) && guess.confidence >= FOREIGN_CONFIDENCE) {
    const language = guess.language ? LANGUAGE_NAME[guess.language] ?? guess.language : undefined;
    return invalidEncoding(
      file,
      'utf-8',
      0,
      `it looks like ${guess.encoding}${language ? ` (${language})` : ''}, which transcript-deck does not read`,
    );
  }

  let chosen: 'gb18030' | 'big5' | null = null;
  if (gbBad === 0 && big5Bad !== 0) chosen = 'gb18030';
  else if (big5Bad === 0 && gbBad !== 0) chosen = 'big5';
  else if (gbBad === 0 && big5Bad === 0) chosen = guess?.family === 'big5' ? 'big5' : 'gb18030';
  if (chosen) {
    const raw = chosen === 'gb18030' ? gb : big5;
    const bom = raw.charCodeAt(0) === 0xfeff;
    return finishText(file, bom ? raw.slice(1) : raw, chosen, bom, 'detected');
  }

  // No candidate reads cleanly: report against the least damaged legacy reading when it is far
  // less damaged than UTF-8 (a GB18030 file with one bad byte); otherwise against UTF-8, which is
  // what the presenter should save the file as anyway. jschardet only breaks ties: on damaged
  // input its confidence is low.
  const utf8Bad = countBad(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  const legacy: 'gb18030' | 'big5' =
    gbBad < big5Bad ? 'gb18030' : big5Bad < gbBad ? 'big5' : guess?.family === 'big5' ? 'big5' : 'gb18030';
  const legacyBad = Math.min(gbBad, big5Bad);
  const trusted = guess?.family === legacy && legacyBad < utf8Bad;
  const best: TextEncodingName = legacyBad * 10 < utf8Bad || trusted ? legacy : 'utf-8';
  const looksLike =
    guess && guess.family === null && guess.confidence >= 0.1 ? `it may be ${guess.encoding}, which transcript-deck does not read` : undefined;
  return invalidEncoding(file, best, 0, looksLike);
}

/* ---------------------------------------------------------------------------------------------- */
/* Unicode encodings (UTF-8 with BOM, UTF-16 with or without BOM).                                 */

function finishUnicode(file: SourceFile, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', start: number, how: string): Result<SourceText> {
  const body = file.bytes.subarray(start);
  const text = strictDecode(encoding, body);
  if (text === null) return invalidEncoding(file, encoding, start);
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
  const diagnostics: Diagnostic[] = [];
  if (encoding !== 'utf-8') {
    diagnostics.push({
      severity: 'info',
      rule: 'encoding',
      message: `Read the file as ${LABEL[encoding]} (${how}), not UTF-8`,
      file: file.path,
      hint: 'Nothing to fix. Saving the transcript as UTF-8 makes this explicit.',
    });
  }
  return { value: { path: file.path, text, encoding, bom }, diagnostics };
}

function emptyFile(file: SourceFile, text: string, encoding: TextEncodingName, bom: boolean, what: string): Result<SourceText> {
  return {
    value: { path: file.path, text, encoding, bom },
    diagnostics: [
      {
        severity: 'error',
        rule: 'empty-file',
        message: `Unexpected ${what}, expected the text of a transcript`,
        file: file.path,
        hint: `Paste the transcript into ${file.path} and save it, or point deck.yaml at the right file.`,
      },
    ],
  };
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
  return {
    value: { path: file.path, text, encoding, bom },
    diagnostics: [
      {
        severity: 'error',
        rule: 'binary-file',
        message:
          `Unexpected ${what} ${hex(byte)} at byte offset ${byteOffset} (line ${span.start.line}, column ${span.start.column})` +
          `${count > 1 ? `, the first of ${count}` : ''}, expected a plain-text transcript${kind ? `; this looks like ${kind}` : ''}`,
        file: file.path,
        span,
        hint: 'This is not a text file. Open the transcript in the program that made it, export or copy it into a plain-text (.txt, UTF-8) file, and use that file.',
      },
    ],
  };
}

/**
 * Bytes that `encoding` cannot read: an error at the first bad byte, with the text decoded lossily
 * (U+FFFD where bytes were bad). `start` is where the encoded text begins (after a BOM).
 */
function invalidEncoding(file: SourceFile, encoding: TextEncodingName, start: number, looksLike?: string): Result<SourceText> {
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
  return {
    value: { path: file.path, text, encoding, bom },
    diagnostics: [
      {
        severity: 'error',
        rule: 'invalid-encoding',
        message:
          `${what} at byte offset ${byteOffset} (line ${span.start.line}, column ${span.start.column}), expected ${LABEL[encoding]} text` +
          (looksLike ? `; ${looksLike}` : '') +
          (unreadable > 1 ? `; ${unreadable} places cannot be read` : ''),
        file: file.path,
        span,
        hint:
          `The file is not valid ${LABEL[encoding]}: it may be damaged, cut short, or saved in another encoding (transcript-deck reads UTF-8, UTF-16, GB18030 and Big5). ` +
          SAVE_AS_UTF8,
      },
    ],
  };
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
  if (encoding === 'gb18030' || encoding === 'big5') {
    return {
      lossy: (bytes) => iconvDecode(encoding, bytes),
      prefix: (bytes) => {
        const text = iconv.getDecoder(encoding, { stripBOM: false }).write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
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
  let failing: number; // length of the shortest failing prefix, or n + 1 when only the end is bad
  if (!codec.prefix(bytes).bad) {
    failing = n + 1;
  } else {
    let low = 1;
    let high = n;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (codec.prefix(bytes.subarray(0, mid)).bad) high = mid;
      else low = mid + 1;
    }
    failing = low;
  }
  const good = Math.min(failing - 1, n);
  const before = codec.prefix(bytes.subarray(0, good)).text;
  let low = 0;
  let high = good;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (codec.prefix(bytes.subarray(0, mid)).text.length >= before.length) high = mid;
    else low = mid + 1;
  }
  return { byteOffset: low, textOffset: before.length };
}

function strictDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function iconvDecode(encoding: 'gb18030' | 'big5', bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
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
  family: 'gb18030' | 'big5' | 'unicode' | null;
}

let jschardet: typeof Jschardet | undefined;
/** jschardet, loaded the first time a file is not UTF-8 (most transcripts never need it). */
const detectCharset = (bytes: Uint8Array): ReturnType<typeof Jschardet.detect> =>
  (jschardet ??= createRequire(import.meta.url)('jschardet') as typeof Jschardet).detect(bytes);

function guessCharset(bytes: Uint8Array): CharsetGuess | null {
  try {
    const result = detectCharset(bytes);
    if (!result.encoding) return null;
    const name = result.encoding;
    const family = /^(gb2312|gbk|gb18030|cp936|hz-gb-2312)$/i.test(name)
      ? 'gb18030'
      : /^(big5|big5-hkscs|cp950)$/i.test(name)
        ? 'big5'
        : /^(utf-|ascii)/i.test(name)
          ? 'unicode'
          : null;
    return { encoding: name, confidence: result.confidence, language: result.language, family };
  } catch {
    return null;
  }
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
