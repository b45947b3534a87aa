import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { escapeHtml } from '../pipeline/text/html.ts';
import { contentSecurityPolicy } from './csp.ts';
import { MANIFEST_NAME } from './load-deck.ts';

/*
 * Several decks in one folder: `deck.yaml` and any `<name>.deck.yaml` beside it, each naming its own
 * transcript. One deck builds as before (dist/index.html); several build each into dist/<name>/ with
 * an index page listing them.
 */

export interface DeckEntry {
  /** Folder name under dist/: `deck` for deck.yaml, `talk` for talk.deck.yaml. */
  slug: string;
  manifest: string;
}

export function findDecks(folder: string): DeckEntry[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => name === MANIFEST_NAME || name.endsWith(`.${MANIFEST_NAME}`))
    .sort((a, b) => (a === MANIFEST_NAME ? -1 : b === MANIFEST_NAME ? 1 : a.localeCompare(b)))
    .map((name) => ({ slug: name === MANIFEST_NAME ? 'deck' : basename(name, `.${MANIFEST_NAME}`), manifest: join(folder, name) }));
}

/** The index page's `<meta name>`: a page listing decks, never one to print or present. */
export const INDEX_PAGE_MARK = 'transcript-deck-index';

/** A deck in a build folder: `dir` holds its index.html or deck.html; `slug` when it is one of several. */
export interface BuiltDeckFolder {
  slug?: string;
  dir: string;
}

/**
 * The decks a build folder holds: the folder itself for one deck, or each `<name>/` holding a deck
 * when the folder's index.html is the index page of several (`build` of a folder with several
 * manifests). The index page itself is never one of them.
 */
export function builtDecks(dir: string): BuiltDeckFolder[] {
  const index = join(dir, 'index.html');
  if (!existsSync(index) || !isIndexPage(readFileSync(index, 'utf8'))) return [{ dir }];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && ['index.html', 'deck.html'].some((name) => existsSync(join(dir, entry.name, name))))
    .map((entry) => entry.name)
    .sort((a, b) => (a === 'deck' ? -1 : b === 'deck' ? 1 : a.localeCompare(b)))
    .map((slug) => ({ slug, dir: join(dir, slug) }));
}

/** Whether an HTML page is the index of several decks (it has no deck of its own). */
export function isIndexPage(html: string): boolean {
  return html.includes(`name="${INDEX_PAGE_MARK}"`) || !/class="reveal"/.test(html);
}

export interface BuiltDeckSummary {
  slug: string;
  title: string;
  lang: string;
  subtitle?: string;
  speakers: string[];
  slides: number;
}

/**
 * The index page of a multi-deck build: a static list, no script, under the same strict policy.
 * `singleFile`: the decks were built as single files only (`build --single-file`), so each entry
 * links its `deck.html`.
 */
export function deckIndexHtml(decks: readonly BuiltDeckSummary[], options: { singleFile?: boolean } = {}): string {
  const items = decks
    .map(
      (d) => `<li lang="${escapeHtml(d.lang)}"><a href="./${encodeURIComponent(d.slug)}/${options.singleFile ? 'deck.html' : 'index.html'}">${escapeHtml(d.title)}</a>${d.subtitle ? ` <span>${escapeHtml(d.subtitle)}</span>` : ''}
  <small>${escapeHtml(d.speakers.join(', '))} · ${d.slides} slides${options.singleFile ? '' : ` · <a href="./${encodeURIComponent(d.slug)}/deck.html">offline file</a>`}</small></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="${INDEX_PAGE_MARK}" content="${decks.map((d) => escapeHtml(d.slug)).join(' ')}" />
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([])}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Decks</title>
<style>
body { font: 18px/1.5 system-ui, 'Noto Sans CJK TC', 'Noto Sans CJK SC', sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; color: #1d1f24; background: #fbfaf7; }
a { color: #a4361d; } li { margin: 0 0 1rem; } small { display: block; color: #4a5160; }
</style>
</head>
<body>
<h1>Decks</h1>
<ul>
${items}
</ul>
</body>
</html>
`;
}
