import { findNodeAtLocation, type Node, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Stretch } from './builder.ts';

/*
 * JSON transcripts (Whisper, speech-to-text services) read with Microsoft's jsonc-parser, which gives
 * every node its offset and length in the text, so that what a JSON string says can be placed in the
 * file character by character.
 */

export type JsonNode = Node;

export type JsonRead = { root: JsonNode } | { error: { offset: number; length: number; message: string } };

/** Parses a whole text as JSON; comments and trailing commas make it not JSON. */
export function readJson(text: string): JsonRead {
  if (!/^\s*[{[]/u.test(text)) return { error: { offset: 0, length: Math.min(1, text.length), message: 'Unexpected text, expected a JSON object' } };
  const errors: Array<{ error: number; offset: number; length: number }> = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first || !root) {
    return { error: { offset: first?.offset ?? 0, length: first?.length ?? 0, message: `Unexpected JSON: ${first ? printParseErrorCode(first.error as Parameters<typeof printParseErrorCode>[0]) : 'empty'}` } };
  }
  return { root };
}

/** The value at `path` under `node` (`['results', 'items']`, `['segments', 0]`). */
export function at(node: JsonNode | undefined, ...path: Array<string | number>): JsonNode | undefined {
  return node ? findNodeAtLocation(node, path) : undefined;
}

/** The elements of an array node (none for anything else). */
export function elements(node: JsonNode | undefined): JsonNode[] {
  return node?.type === 'array' ? node.children ?? [] : [];
}

export function isObject(node: JsonNode | undefined): node is JsonNode {
  return node?.type === 'object';
}

/** A number, or a string holding one (`"start_time": "7.719"` in AWS Transcribe). */
export function numberAt(node: JsonNode | undefined, ...path: Array<string | number>): number | undefined {
  const value = at(node, ...path);
  if (value?.type === 'number' && Number.isFinite(value.value)) return value.value as number;
  if (value?.type === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/u.test(value.value as string)) return Number(value.value);
  return undefined;
}

export function stringAt(node: JsonNode | undefined, ...path: Array<string | number>): JsonNode | undefined {
  const value = at(node, ...path);
  return value?.type === 'string' ? value : undefined;
}

/** A string or number value as written (speaker ids are either: `"A"`, `0`, `"spk_0"`). */
export function idAt(node: JsonNode | undefined, ...path: Array<string | number>): string | undefined {
  const value = at(node, ...path);
  if (value?.type === 'string' && (value.value as string).trim() !== '') return (value.value as string).trim();
  if (value?.type === 'number') return String(value.value);
  return undefined;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The decoded characters of a JSON string node as stretches of the text: runs written as themselves
 * are verbatim stretches; a character written as an escape (`\"`, `\u00e9`) is a stretch of its own
 * that starts at the escape's offset. Stretches join with nothing.
 */
export function stringStretches(text: string, node: JsonNode): Stretch[] {
  const base = node.offset + 1;
  const raw = text.slice(base, node.offset + node.length - 1);
  const stretches: Stretch[] = [];
  let run = 0;
  const flush = (to: number): void => {
    if (to > run) stretches.push({ start: base + run, text: raw.slice(run, to), join: '' });
  };
  let i = 0;
  while (i < raw.length) {
    if (raw[i] !== '\\') {
      i++;
      continue;
    }
    flush(i);
    const kind = raw[i + 1] ?? '';
    const width = kind === 'u' ? 6 : 2;
    const char = kind === 'u' ? String.fromCharCode(Number.parseInt(raw.slice(i + 2, i + 6), 16)) : SIMPLE_ESCAPES[kind] ?? kind;
    stretches.push({ start: base + i, text: char, join: '' });
    i += width;
    run = i;
  }
  flush(raw.length);
  return stretches;
}
