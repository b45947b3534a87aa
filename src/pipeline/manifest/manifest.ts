import { isMap, isScalar, isSeq, lineCounter, parseDocument, type Node as YamlNode, type Pair } from '../yaml.ts';
import { ENCODING_NAMES, type TextEncodingName } from '../decode/decode.ts';
import { hasErrors } from '../diagnostics.ts';
import { CJK_LETTER } from '../text/cjk.ts';
import { LineIndex } from '../text/position.ts';
import { SCRIPTS, type Script } from '../text/script.ts';

/** Reader ids, kept here so the manifest can be checked without loading the readers. */
export const FORMAT_IDS = ['whisper-json', 'stt-json', 'webvtt', 'srt', 'sbv', 'whisper-text', 'youtube-copied', 'diarized', 'news-interview', 'markdown', 'qa', 'otter', 'name-colon', 'plain'] as const;
import { type Reporter, reporterFor } from '../reporter.ts';
import type { Result, SourceSpan } from '../types.ts';

/** A speaker named in the manifest. */
export interface SpeakerSpec {
  /** The label as it appears in the transcript, e.g. `姚順雨` for `[姚順雨]`. */
  name: string;
  /** Shown under the name on the title and quote slides. */
  role?: string;
}

/**
 * `slides/deck.yaml`: what a presenter edits. Every field but `transcript` is optional.
 */
export interface DeckManifest {
  /** The transcript file, relative to the manifest. */
  transcript: string;
  /**
   * Deck title.
   * @defaultValue the transcript's own title, else its file name made readable ({@link fileNameTitle})
   */
  title: string;
  /** No `title:` was given: `title` is the transcript's file name, and the transcript's own title wins over it. */
  titleFromFileName?: boolean;
  /**
   * The transcript's encoding, when detection guesses wrong: one of {@link ENCODING_NAMES}.
   * @defaultValue detected
   */
  encoding?: TextEncodingName;
  /** A line under the title. */
  subtitle?: string;
  /** Where and when it was said, e.g. `AGI-Next 前沿峰會 · 北京`. */
  event?: string;
  /** Date of the event, as it should be shown. */
  date?: string;
  /** Featured speakers give the quotes; hosts ask the questions and are never quoted. */
  speakers: { featured: SpeakerSpec[]; hosts: SpeakerSpec[] };
  /** Where the transcript comes from (shown on the source slide). */
  source?: string;
  /** Credit line for the source slide. */
  credit?: string;
  /** Public address of the deck or the recording. */
  url?: string;
  /**
   * Minutes the talk should take; becomes reveal.js `totalTime` and paces every slide.
   * @defaultValue the recording's length when the transcript has timestamps, else 20
   */
  duration: number;
  /** No `duration:` was given: `duration` is the default, and a timed transcript's own length wins over it. */
  durationIsDefault?: boolean;
  /**
   * The deck's language (BCP 47), for a transcript whose language is not detected right.
   * @defaultValue detected from the transcript
   */
  language?: string;
  /**
   * Chinese script of slides and notes: `original`, `simplified`, `traditional`, `taiwan`, `hongkong`.
   * @defaultValue `original` (the transcript's dominant script, mixed characters unified)
   */
  script: Script;
  /**
   * Colours for the room: `light` for bright rooms and print, `dark` for dim rooms and projectors.
   * @defaultValue `light`
   */
  theme: Theme;
  /**
   * The transcript's format, when detection guesses wrong: `news-interview`, `webvtt`, `srt`,
   * `name-colon`, `markdown`, `qa`, `otter`, `diarized`, `plain`. @defaultValue detected
   */
  format?: string;
  /**
   * A chapters file for timed captions (WebVTT chapter cues, SubRip, or `0:00 Title` lines), relative
   * to the manifest: each chapter opens a topic.
   * @defaultValue `<transcript>.chapters.vtt` / `.srt` / `.txt` beside the transcript, when there is one
   */
  chapters?: string;
  /** Speaker labels to merge or rename: `{ Dave: Dave Smith, "Speaker 1": Ada }`. */
  aliases: Record<string, string>;
  /** Presenter-written Markdown slides (files in `slides/`) placed before and after the generated ones. */
  slides: { before: string[]; after: string[] };
  /**
   * The recording the quotes come from: an audio or video file beside deck.yaml (its quote slides
   * play their moment of it), or the address of a video page (they link to the moment).
   * @defaultValue the transcript's own `media:` (Markdown front matter)
   */
  media?: string;
  /** Where `media:` is written in deck.yaml, for the checks of the file it names. */
  mediaSpan?: SourceSpan;
  /** Seconds into the recording at which the transcript's zero falls. @defaultValue 0 */
  mediaOffset?: number;
}

export const DEFAULT_DURATION_MINUTES = 20;
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

type FieldType = 'string' | 'file' | 'enum' | 'string-map' | 'number' | 'string-list' | 'speaker-list' | 'object';
interface FieldSpec {
  type: FieldType;
  required?: boolean;
  fields?: Record<string, FieldSpec>;
  values?: readonly string[];
  /** An enum whose values may be written in any letter case (`Shift_JIS`, `UTF-8`). */
  anyCase?: boolean;
}

const SPEC: Record<string, FieldSpec> = {
  transcript: { type: 'file', required: true },
  chapters: { type: 'file' },
  title: { type: 'string' },
  subtitle: { type: 'string' },
  event: { type: 'string' },
  date: { type: 'string' },
  source: { type: 'string' },
  credit: { type: 'string' },
  url: { type: 'string' },
  media: { type: 'string' },
  media_offset: { type: 'number' },
  duration: { type: 'number' },
  language: { type: 'string' },
  script: { type: 'enum', values: SCRIPTS },
  theme: { type: 'enum', values: THEMES },
  format: { type: 'enum', values: FORMAT_IDS },
  encoding: { type: 'enum', values: Object.keys(ENCODING_NAMES), anyCase: true },
  aliases: { type: 'string-map' },
  speakers: { type: 'object', fields: { featured: { type: 'speaker-list' }, hosts: { type: 'speaker-list' } } },
  slides: { type: 'object', fields: { before: { type: 'string-list' }, after: { type: 'string-list' } } },
};

/**
 * Parses and checks `deck.yaml`. Unknown keys and wrong types are errors with the line they are on,
 * so a typo never silently falls back to a default.
 */
export function parseManifest(path: string, text: string): Result<DeckManifest | undefined> {
  const lines = new LineIndex(text);
  const reporter = reporterFor(path);
  const at = (node: YamlNode | Pair | null | undefined): SourceSpan => {
    const range = node && 'range' in node ? node.range : node && 'key' in node && isScalar(node.key) ? node.key.range : undefined;
    return range ? lines.spanOf(range[0], range[1]) : lines.spanOf(0, 0);
  };
  const checking: Checking = { reporter, at };

  const doc = parseDocument(text, { lineCounter: lineCounter(), prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    reporter.error('manifest-syntax', lines.spanOf(start, end), `Invalid YAML: ${error.message.split('\n')[0]}`, 'Fix the YAML syntax; `key: value`, lists as `- item`.');
  }
  if (doc.errors.length > 0) return reporter.result(undefined);
  if (!isMap(doc.contents)) {
    reporter.error('manifest-type', at(doc.contents), 'Unexpected content, expected a mapping of `key: value` lines', 'Start with `transcript: your-file.txt`.');
    return reporter.result(undefined);
  }

  const values = readMap(doc.contents, SPEC, '', checking);
  const transcript = values['transcript'];
  if (typeof transcript !== 'string') return reporter.result(undefined);
  const speakers = (values['speakers'] ?? {}) as Record<string, SpeakerSpec[] | undefined>;
  const slides = (values['slides'] ?? {}) as Record<string, string[] | undefined>;
  const duration = values['duration'];
  if (typeof duration === 'number' && !(duration > 0 && duration <= 600)) {
    reporter.error('manifest-range', at(findPair(doc.contents, 'duration')), `Unexpected duration ${duration}, expected minutes between 1 and 600`);
  }
  const mediaOffset = values['media_offset'];
  if (typeof mediaOffset === 'number' && !(mediaOffset >= 0 && mediaOffset <= 86_400)) {
    reporter.error('manifest-range', at(findPair(doc.contents, 'media_offset')), `Unexpected media_offset ${mediaOffset}, expected seconds between 0 and 86400 (where the transcript's zero falls in the recording)`);
  }
  const mediaPair = findPair(doc.contents, 'media');
  const optional = (key: string): Record<string, string> =>
    typeof values[key] === 'string' ? { [key]: values[key] as string } : {};
  const manifest: DeckManifest = {
    transcript,
    title: typeof values['title'] === 'string' ? (values['title'] as string) : fileNameTitle(transcript),
    ...(typeof values['title'] === 'string' ? {} : { titleFromFileName: true }),
    ...optional('subtitle'),
    ...optional('event'),
    ...optional('date'),
    ...optional('source'),
    ...optional('credit'),
    ...optional('url'),
    ...optional('language'),
    ...optional('chapters'),
    speakers: { featured: speakers['featured'] ?? [], hosts: speakers['hosts'] ?? [] },
    script: (values['script'] as Script | undefined) ?? 'original',
    theme: (values['theme'] as Theme | undefined) ?? 'light',
    ...(typeof values['format'] === 'string' ? { format: values['format'] } : {}),
    ...(typeof values['encoding'] === 'string' ? { encoding: ENCODING_NAMES[values['encoding']]! } : {}),
    aliases: (values['aliases'] as Record<string, string> | undefined) ?? {},
    duration: typeof duration === 'number' && duration > 0 && duration <= 600 ? duration : DEFAULT_DURATION_MINUTES,
    ...(duration === undefined ? { durationIsDefault: true } : {}),
    slides: { before: slides['before'] ?? [], after: slides['after'] ?? [] },
    ...(typeof values['media'] === 'string' ? { media: values['media'] as string, mediaSpan: at(mediaPair?.value as YamlNode) } : {}),
    ...(typeof mediaOffset === 'number' && mediaOffset >= 0 && mediaOffset <= 86_400 ? { mediaOffset } : {}),
  };
  return reporter.result(hasErrors(reporter.messages) ? undefined : manifest);
}

/** Where the checks of deck.yaml report, and the span of a YAML node in it. */
interface Checking {
  reporter: Reporter;
  at(node: YamlNode | Pair | null | undefined): SourceSpan;
}

function findPair(map: YamlNode, key: string): Pair | undefined {
  return isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
}

function readMap(map: YamlNode, spec: Record<string, FieldSpec>, prefix: string, checking: Checking): Record<string, unknown> {
  const { reporter, at } = checking;
  const out: Record<string, unknown> = {};
  if (!isMap(map)) return out;
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const field = spec[key];
    if (!field) {
      const known = Object.keys(spec);
      const near = nearest(key, known);
      reporter.error('manifest-unknown-key', at(pair), `Unexpected key \`${prefix}${key}\`, expected one of ${known.map((k) => `\`${prefix}${k}\``).join(', ')}`, near ? `Did you mean \`${prefix}${near}\`?` : 'Remove it or check its spelling.');
      continue;
    }
    const value = readValue(pair.value as YamlNode | null, field, `${prefix}${key}`, checking, pair);
    if (value !== undefined) out[key] = value;
  }
  for (const [key, field] of Object.entries(spec)) {
    if (field.required && !(key in out) && !findPair(map, key)) {
      reporter.error('manifest-missing-key', at(map), `Missing key \`${prefix}${key}\`, expected the transcript file name`, `Add \`${key}: your-transcript.txt\`.`);
    }
  }
  return out;
}

function readValue(node: YamlNode | null, field: FieldSpec, name: string, checking: Checking, pair: Pair): unknown {
  const { reporter, at } = checking;
  const wrong = (expected: string, hint?: string): undefined => {
    reporter.error('manifest-type', at(node ?? pair), `Unexpected ${describeYamlNode(node)} for \`${name}\`, expected ${expected}`, hint);
    return undefined;
  };
  switch (field.type) {
    case 'string': {
      if (!isScalar(node) || node.value === null || typeof node.value === 'object') return wrong('text');
      const value = String(node.value).trim();
      return value === '' ? wrong('non-empty text') : value;
    }
    case 'file': {
      if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') return wrong('a file name such as `talk.txt`');
      return node.value.trim();
    }
    case 'enum': {
      const allowed = field.values ?? [];
      const value = isScalar(node) && typeof node.value === 'string' ? (field.anyCase ? node.value.toLowerCase() : node.value) : undefined;
      if (value === undefined || !allowed.includes(value)) {
        const near = value === undefined ? undefined : nearest(value, allowed);
        return wrong(`one of ${allowed.map((v) => `\`${v}\``).join(', ')}`, near ? `Did you mean \`${near}\`?` : undefined);
      }
      return value;
    }
    case 'string-map': {
      if (!isMap(node)) return wrong('a mapping of `label: name` lines');
      const map: Record<string, string> = {};
      for (const item of node.items) {
        const from = isScalar(item.key) ? String(item.key.value ?? '').trim() : '';
        const to = isScalar(item.value) ? String(item.value.value ?? '').trim() : '';
        if (from === '' || to === '') reporter.error('manifest-type', at(item), `Unexpected empty label or name in \`${name}\`, expected \`label: name\``);
        else map[from] = to;
      }
      return map;
    }
    case 'number': {
      if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value)) return wrong('a number');
      return node.value;
    }
    case 'string-list': {
      if (!isSeq(node)) return wrong('a list of file names (`- closing.md`)');
      const items: string[] = [];
      for (const item of node.items) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') items.push(item.value.trim());
        else reporter.error('manifest-type', at(item as YamlNode), `Unexpected ${describeYamlNode(item as YamlNode)} in \`${name}\`, expected a file name`);
      }
      return items;
    }
    case 'speaker-list': {
      if (!isSeq(node)) return wrong('a list of speakers (`- name: …`)');
      const speakers: SpeakerSpec[] = [];
      for (const item of node.items) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
          speakers.push({ name: item.value.trim() });
          continue;
        }
        const fields = readMap(item as YamlNode, { name: { type: 'string', required: false }, role: { type: 'string' } }, `${name}[].`, checking);
        if (typeof fields['name'] === 'string') {
          speakers.push({ name: fields['name'], ...(typeof fields['role'] === 'string' ? { role: fields['role'] } : {}) });
        } else {
          reporter.error('manifest-type', at(item as YamlNode), `Unexpected ${describeYamlNode(item as YamlNode)} in \`${name}\`, expected a speaker with a \`name\``);
        }
      }
      return speakers;
    }
    case 'object': {
      if (!isMap(node)) return wrong('a mapping');
      return readMap(node, field.fields ?? {}, `${name}.`, checking);
    }
  }
}

/** How a YAML node reads in a message: `mapping`, `list`, `number \`42\``, `empty value`. */
export function describeYamlNode(node: YamlNode | null | undefined): string {
  if (node === null || node === undefined) return 'empty value';
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) return node.value === null ? 'empty value' : `${typeof node.value} \`${String(node.value)}\``;
  return 'value';
}

/**
 * The title a file name gives, for a deck with no `title:` and a transcript with no title of its own:
 * the base name without its extension, separators as spaces, the first letter capitalised
 * (`my_talk-2024.txt` → `My talk 2024`). A name in a CJK script is kept as it is: `_` and `-` there
 * are as likely part of the name as separators, and there is no letter case.
 */
export function fileNameTitle(path: string): string {
  const name = (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '');
  if (CJK_LETTER.test(name)) return name;
  const words = name.replace(/[\s._-]+/g, ' ').trim();
  return words === '' ? name : words.charAt(0).toLocaleUpperCase('en') + words.slice(1);
}

/** The allowed value nearest to a misspelt one, if it is a slip (two edits at most). */
function nearest(value: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let distance = 3;
  for (const candidate of allowed) {
    const d = editDistance(candidate.toLowerCase(), value.toLowerCase());
    if (d < distance) [best, distance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
