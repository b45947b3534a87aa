import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { runPipeline, type PipelineOutput } from '../pipeline/index.ts';
import { DEFAULT_DURATION_MINUTES, parseManifest, type DeckManifest } from '../pipeline/manifest.ts';
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
}

export const MANIFEST_NAME = 'deck.yaml';

/**
 * Reads a deck from a `deck.yaml`, a folder holding one, or a bare transcript, and runs the
 * pipeline. The only place (with the CLI) that touches the file system.
 */
export function loadDeck(target: string, cwd = process.cwd()): LoadedDeck {
  const absolute = resolve(cwd, target);
  const display = (path: string): string => {
    const near = relative(cwd, path);
    return near === '' ? basename(path) : near.startsWith('..') ? path : near;
  };
  const manifestPath = existsSync(absolute) && statSync(absolute).isDirectory() ? join(absolute, MANIFEST_NAME) : absolute;
  const sources = new Map<string, string>();
  const files: string[] = [manifestPath];

  if (!existsSync(manifestPath)) {
    return { diagnostics: [{ severity: 'error', rule: 'missing-file', message: `Unexpected missing file, expected a transcript or ${MANIFEST_NAME}`, file: display(manifestPath), hint: 'Check the path.' }], files, sources };
  }

  let manifest: DeckManifest;
  const diagnostics: Diagnostic[] = [];
  if (/\.ya?ml$/i.test(manifestPath)) {
    const text = readFileSync(manifestPath, 'utf8');
    sources.set(display(manifestPath), text);
    const parsed = parseManifest(display(manifestPath), text);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.value) return { diagnostics, files, sources };
    manifest = parsed.value;
  } else {
    manifest = {
      transcript: basename(manifestPath),
      title: basename(manifestPath).replace(/\.[^.]+$/, ''),
      speakers: { featured: [], hosts: [] },
      duration: DEFAULT_DURATION_MINUTES,
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
    diagnostics.push({ severity: 'error', rule: 'missing-file', message: `Unexpected missing transcript \`${manifest.transcript}\`, expected a file beside ${MANIFEST_NAME}`, file: display(manifestPath), hint: 'Fix `transcript:` in deck.yaml.' });
    return { manifest, diagnostics, files, sources };
  }
  const bytes = new Uint8Array(readFileSync(transcriptPath));
  const authored = new Map<string, { path: string; text: string }>();
  for (const name of [...manifest.slides.before, ...manifest.slides.after]) {
    const path = resolve(base, name);
    files.push(path);
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      authored.set(name, { path: display(path), text });
      sources.set(display(path), text);
    }
  }
  // Quote curation beside the manifest: `deck.yaml` → `deck.quotes.yaml`, `talk.txt` → `talk.quotes.yaml`.
  const curationPath = join(base, `${basename(manifestPath).replace(/\.[^.]+$/, '')}.quotes.yaml`);
  files.push(curationPath);
  let quotes: { path: string; text: string } | undefined;
  if (existsSync(curationPath)) {
    quotes = { path: display(curationPath), text: readFileSync(curationPath, 'utf8') };
    sources.set(quotes.path, quotes.text);
  }
  // Readings of scrambled spans beside the transcript: `talk.txt` → `talk.corrections.yaml`.
  const correctionsPath = transcriptPath.replace(/(\.[^./\\]+)?$/, '.corrections.yaml');
  files.push(correctionsPath);
  let corrections: { path: string; text: string } | undefined;
  if (existsSync(correctionsPath)) {
    corrections = { path: display(correctionsPath), text: readFileSync(correctionsPath, 'utf8') };
    sources.set(corrections.path, corrections.text);
  }
  const output = runPipeline({ manifest, transcript: { path: display(transcriptPath), bytes }, authored, ...(quotes ? { quotes } : {}), ...(corrections ? { corrections } : {}) });
  sources.set(display(transcriptPath), output.clean.source.text);
  return { output, manifest, diagnostics: [...diagnostics, ...output.diagnostics], files, sources };
}
