import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Pick } from './picks.ts';

/** What a person counted by reading a transcript (`<id>.expected.yaml`), as far as the eval compares it. */
export interface Expected {
  language: string | null;
  layout: string | null;
  /** Every speaker label as the transcript writes it; empty when it names no one. */
  speakers: string[];
  /** Maximal runs of one speaker's speech; null when no one is named. */
  turns: number | null;
  /** Titles of the topics the transcript marks, in order. */
  topics: string[];
  /** Seconds of recording; null when nothing says. */
  length: number | null;
}

/** One transcript of the corpus and the files beside it (absent while they are being written). */
export interface CorpusEntry {
  id: string;
  transcript: string;
  expected?: string;
  picks?: string;
}

const EXPECTED_SUFFIX = '.expected.yaml';
const PICKS_SUFFIX = '.picks.yaml';

/** The transcripts in `dir`, by id, with their hand counts and picks; only ids containing one of `only` when given. */
export function listCorpus(dir: string, only: readonly string[] = []): CorpusEntry[] {
  const names = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile());
  return names
    .filter((name) => !name.endsWith(EXPECTED_SUFFIX) && !name.endsWith(PICKS_SUFFIX) && !name.startsWith('.'))
    .map((name): CorpusEntry => {
      const id = name.replace(/\.[^.]+$/u, '');
      const expected = join(dir, id + EXPECTED_SUFFIX);
      const picks = join(dir, id + PICKS_SUFFIX);
      return { id, transcript: join(dir, name), ...(existsSync(expected) ? { expected } : {}), ...(existsSync(picks) ? { picks } : {}) };
    })
    .filter((entry) => only.length === 0 || only.some((part) => entry.id.includes(part)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

class CorpusFileError extends Error {
  constructor(file: string, what: string) {
    super(`${file}: ${what}`);
    this.name = 'CorpusFileError';
  }
}

function readYaml(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new CorpusFileError(file, (error as Error).message);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new CorpusFileError(file, 'expected a mapping of keys');
  return value as Record<string, unknown>;
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const asTexts = (value: unknown): unknown => (Array.isArray(value) ? value.map((item) => (typeof item === 'number' ? String(item) : item)) : value);
const nullableNumber = (value: unknown): value is number | null | undefined => value === null || value === undefined || (typeof value === 'number' && Number.isFinite(value));
const nullableString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The hand counts of `<id>.expected.yaml`; throws, naming the file and key, when they are not usable. */
export function parseExpected(text: string, file: string): Expected {
  const data = readYaml(text, file);
  // A label or title YAML reads as a number (`- 1`, `- 2024`) is still the text written.
  const speakers = asTexts(data.speakers ?? []);
  const topics = asTexts(data.topics ?? []);
  if (!isStringList(speakers)) throw new CorpusFileError(file, '`speakers` must be a list of labels');
  if (!isStringList(topics)) throw new CorpusFileError(file, '`topics` must be a list of titles');
  if (!nullableNumber(data.turns)) throw new CorpusFileError(file, '`turns` must be a number or null');
  if (!nullableNumber(data.length)) throw new CorpusFileError(file, '`length` must be seconds or null');
  return { language: nullableString(data.language), layout: nullableString(data.layout), speakers, turns: data.turns ?? null, topics, length: data.length ?? null };
}

/** The picks of `<id>.picks.yaml`; throws, naming the file and pick, when one is not usable. */
export function parsePicks(text: string, file: string): Pick[] {
  const data = readYaml(text, file);
  if (!Array.isArray(data.picks)) throw new CorpusFileError(file, '`picks` must be a list');
  return data.picks.map((item: unknown, index): Pick => {
    const where = `pick ${index + 1}`;
    if (item === null || typeof item !== 'object') throw new CorpusFileError(file, `${where} must be a mapping`);
    const pick = item as Record<string, unknown>;
    if (typeof pick.line !== 'number' || !Number.isInteger(pick.line) || pick.line < 1) throw new CorpusFileError(file, `${where}: \`line\` must be a 1-based line number`);
    if (typeof pick.text !== 'string' || pick.text.trim() === '') throw new CorpusFileError(file, `${where}: \`text\` must be the words picked`);
    return { line: pick.line, speaker: nullableString(pick.speaker), text: pick.text, ...(typeof pick.why === 'string' ? { why: pick.why } : {}) };
  });
}
