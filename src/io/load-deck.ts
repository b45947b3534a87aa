import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { runPipeline, type PipelineOutput } from '../pipeline/index.ts';
import { DEFAULT_DURATION_MINUTES, fileNameTitle, parseManifest, type DeckManifest } from '../pipeline/manifest/manifest.ts';
import { isUrl } from '../pipeline/compose/media.ts';
import { reporterFor } from '../pipeline/reporter.ts';
import { readMediaFile } from './media-file.ts';
import type { Diagnostic } from '../pipeline/types.ts';

/** What loading a deck from disk gives: the pipeline's output (unless the manifest was unusable). */
export interface LoadedDeck {
  output?: PipelineOutput;
  manifest?: DeckManifest;
  diagnostics: Diagnostic[];
  /** Every file the deck was built from: watch these for changes. */
  files: string[];
  /** Source texts by path, for code frames in messages. */
  sources: Map<string, string>;
  /**
   * The bytes read from each of `files` (null: there was no such file), for {@link sameInputs}.
   * Absent when the deck was not read from disk this way.
   */
  inputs?: ReadonlyMap<string, Uint8Array | null>;
  /** The recording file the built deck plays (copied beside it), when `media:` names a good one. */
  mediaPath?: string;
}

export const MANIFEST_NAME = 'deck.yaml';

/**
 * Reads a deck from a `deck.yaml`, a folder holding one, or a bare transcript, and runs the
 * pipeline. The only place (with the CLI) that touches the file system.
 */
export function loadDeck(target: string, cwd = process.cwd()): LoadedDeck {
  const display = (path: string): string => {
    const near = relative(cwd, path);
    return near === '' ? basename(path) : near.startsWith('..') ? path : near;
  };
  const manifestPath = manifestPathOf(target, cwd);
  const sources = new Map<string, string>();
  const files: string[] = [manifestPath];
  // Everything read, by path, as read: a rebuild compares the files with it (sameInputs).
  const inputs = new Map<string, Uint8Array | null>();
  const bytesOf = (path: string): Buffer => {
    const bytes = readFileSync(path);
    inputs.set(path, bytes);
    return bytes;
  };
  const textOf = (path: string): string => bytesOf(path).toString('utf8');
  const missing = (path: string): void => {
    inputs.set(path, null);
  };

  const reporter = reporterFor(display(manifestPath));
  if (!existsSync(manifestPath)) {
    missing(manifestPath);
    reporter.error('missing-file', undefined, `Unexpected missing file, expected a transcript or ${MANIFEST_NAME}`, 'Check the path.');
    return { diagnostics: reporter.messages, files, sources, inputs };
  }

  let manifest: DeckManifest;
  const diagnostics = reporter.messages;
  if (/\.ya?ml$/i.test(manifestPath)) {
    const text = textOf(manifestPath);
    sources.set(display(manifestPath), text);
    const parsed = reporter.collect(parseManifest(display(manifestPath), text));
    if (!parsed) return { diagnostics, files, sources, inputs };
    manifest = parsed;
  } else {
    manifest = {
      transcript: basename(manifestPath),
      title: fileNameTitle(basename(manifestPath)),
      titleFromFileName: true,
      speakers: { featured: [], hosts: [] },
      duration: DEFAULT_DURATION_MINUTES,
      durationIsDefault: true,
      script: 'original',
      theme: 'light',
      aliases: {},
      slides: { before: [], after: [] },
    };
  }

  const base = dirname(manifestPath);
  const transcriptPath = resolve(base, manifest.transcript);
  files.push(transcriptPath);
  if (!existsSync(transcriptPath)) {
    missing(transcriptPath);
    reporter.error('missing-file', undefined, `Unexpected missing transcript \`${manifest.transcript}\`, expected a file beside ${MANIFEST_NAME}`, 'Fix `transcript:` in deck.yaml.');
    return { manifest, diagnostics, files, sources, inputs };
  }
  const bytes = new Uint8Array(bytesOf(transcriptPath));
  const authored = new Map<string, { path: string; text: string }>();
  for (const name of [...manifest.slides.before, ...manifest.slides.after]) {
    const path = resolve(base, name);
    files.push(path);
    if (existsSync(path)) {
      const text = textOf(path);
      authored.set(name, { path: display(path), text });
      sources.set(display(path), text);
    } else missing(path);
  }
  // Quote curation beside the manifest: `deck.yaml` → `deck.quotes.yaml`, `talk.txt` → `talk.quotes.yaml`.
  const curationPath = join(base, `${basename(manifestPath).replace(/\.[^.]+$/, '')}.quotes.yaml`);
  files.push(curationPath);
  let quotes: { path: string; text: string } | undefined;
  if (existsSync(curationPath)) {
    quotes = { path: display(curationPath), text: textOf(curationPath) };
    sources.set(quotes.path, quotes.text);
  } else missing(curationPath);
  // Readings of scrambled spans beside the transcript: `talk.txt` → `talk.corrections.yaml`.
  const correctionsPath = transcriptPath.replace(/(\.[^./\\]+)?$/, '.corrections.yaml');
  files.push(correctionsPath);
  let corrections: { path: string; text: string } | undefined;
  if (existsSync(correctionsPath)) {
    corrections = { path: display(correctionsPath), text: textOf(correctionsPath) };
    sources.set(corrections.path, corrections.text);
  } else missing(correctionsPath);
  // Chapters of timed captions: `chapters:` in deck.yaml, else `talk.chapters.vtt` (or .srt, .txt) beside `talk.vtt`.
  const chapterCandidates = manifest.chapters
    ? [resolve(base, manifest.chapters)]
    : ['.chapters.vtt', '.chapters.srt', '.chapters.txt'].map((ending) => transcriptPath.replace(/(\.[^./\\]+)?$/, ending));
  let chapters: { path: string; text: string } | undefined;
  for (const path of chapterCandidates) {
    files.push(path);
    if (!existsSync(path)) {
      missing(path);
      continue;
    }
    chapters = { path: display(path), text: textOf(path) };
    sources.set(chapters.path, chapters.text);
    break;
  }
  if (manifest.chapters && !chapters) {
    reporter.error('missing-file', undefined, `Unexpected missing chapters file \`${manifest.chapters}\`, expected a file beside ${MANIFEST_NAME}`, 'Fix `chapters:` in deck.yaml.');
  }
  // The recording is checked, not hashed: a video is too big to read on every rebuild.
  const mediaPath = manifest.media && !isUrl(manifest.media) ? resolve(base, manifest.media) : undefined;
  const media = mediaPath ? readMediaFile(mediaPath, manifest.media!, manifest.mediaSpan, reporter) : undefined;
  const output = runPipeline({ manifest, transcript: { path: display(transcriptPath), bytes }, authored, ...(quotes ? { quotes } : {}), ...(corrections ? { corrections } : {}), ...(chapters ? { chapters } : {}), ...(media ? { media } : {}), manifestPath: display(manifestPath) });
  sources.set(display(transcriptPath), output.clean.source.text);
  reporter.messages.push(...output.diagnostics);
  return { output, manifest, diagnostics, files, sources, inputs, ...(media && mediaPath ? { mediaPath } : {}) };
}

/** The deck file a target names: its `deck.yaml` when it is a folder, else the target itself. */
function manifestPathOf(target: string, cwd: string): string {
  const absolute = resolve(cwd, target);
  return existsSync(absolute) && statSync(absolute).isDirectory() ? join(absolute, MANIFEST_NAME) : absolute;
}

/**
 * Whether loading `target` again would read exactly what `deck` was loaded from: the same deck file,
 * and every file it read with the same bytes (or still missing). Loading is a function of those
 * bytes, so the deck can then be reused as it is.
 */
export function sameInputs(deck: LoadedDeck, target: string, cwd = process.cwd()): boolean {
  const inputs = deck.inputs;
  if (!inputs || manifestPathOf(target, cwd) !== deck.files[0]) return false;
  for (const [path, before] of inputs) {
    let now: Buffer | null;
    try {
      now = existsSync(path) ? readFileSync(path) : null;
    } catch {
      return false;
    }
    if (now === null || before === null ? now !== before : !now.equals(before)) return false;
  }
  return true;
}
