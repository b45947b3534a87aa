import { iconv } from '../decode/iconv.ts';

/*
 * GBK as a table, built once from iconv-lite: every two-byte code (lead 0x81–0xFE, trail
 * 0x40–0xFE but 0x7F) and the character it decodes to. The scrambled-text pass works on these
 * codes: it encodes what it sees back to bytes, re-pairs them, and looks up what the pairs were.
 */

/** A two-byte GBK code: `lead << 8 | trail`. */
export type GbkCode = number;

export interface GbkTable {
  /** The character a two-byte code decodes to; `undefined` for a private-use code (decoders drop or mangle those). */
  decode(lead: number, trail: number): string | undefined;
  /** True when the pair is a private-use (user-defined) code: a page that showed it showed nothing. */
  isPrivateUse(lead: number, trail: number): boolean;
  /** The GBK code of a non-ASCII character, or -1 when GBK has none. */
  encode(char: string): GbkCode;
  /** Codes with this lead byte that decode to a real character. */
  withLead(lead: number): readonly GbkCode[];
  /** Codes with this trail byte that decode to a real character. */
  withTrail(trail: number): readonly GbkCode[];
}

export const isLeadByte = (b: number): boolean => b >= 0x81 && b <= 0xfe;
export const isTrailByte = (b: number): boolean => b >= 0x40 && b <= 0xfe && b !== 0x7f;

let table: GbkTable | undefined;

/** The GBK table, built on first use (about 60 ms), then shared. */
export function gbk(): GbkTable {
  table ??= buildTable();
  return table;
}

function buildTable(): GbkTable {
  const bytes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) bytes.push(lead, trail);
  }
  // One decode of all the codes; every code is assigned in GBK, so the output is one UTF-16 unit a code.
  // iconv-lite takes a Uint8Array as well as a Buffer (no Node globals here: the pipeline also runs in browsers).
  const decode = (data: number[]): string => iconv().decode(new Uint8Array(data) as Parameters<ReturnType<typeof iconv>['decode']>[0], 'gbk');
  const decoded = decode(bytes);
  const chars = new Uint16Array(0x10000);
  const encodeMap = new Map<number, GbkCode>();
  const byLead: GbkCode[][] = Array.from({ length: 256 }, () => []);
  const byTrail: GbkCode[][] = Array.from({ length: 256 }, () => []);
  const perCode = decoded.length === bytes.length / 2;
  for (let i = 0; i < bytes.length; i += 2) {
    const lead = bytes[i]!;
    const trail = bytes[i + 1]!;
    const unit = perCode ? decoded.charCodeAt(i / 2) : decode([lead, trail]).charCodeAt(0);
    if (unit === 0xfffd || (unit >= 0xe000 && unit <= 0xf8ff)) continue; // private use or unassigned: stays 0
    const code = (lead << 8) | trail;
    chars[code] = unit;
    if (!encodeMap.has(unit)) encodeMap.set(unit, code);
    byLead[lead]!.push(code);
    byTrail[trail]!.push(code);
  }
  return {
    decode: (lead, trail) => {
      const unit = chars[((lead & 0xff) << 8) | (trail & 0xff)]!;
      return unit === 0 ? undefined : String.fromCharCode(unit);
    },
    isPrivateUse: (lead, trail) => isLeadByte(lead) && isTrailByte(trail) && chars[(lead << 8) | trail] === 0,
    encode: (char) => (char.length === 1 ? (encodeMap.get(char.charCodeAt(0)) ?? -1) : -1),
    withLead: (lead) => byLead[lead & 0xff]!,
    withTrail: (trail) => byTrail[trail & 0xff]!,
  };
}
