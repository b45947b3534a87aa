import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { HtmlTagDescriptor } from 'vite';
import type { LoadedDeck } from '../io/load-deck.ts';
import { clientBundle, clientBundleDir, type ClientBundle } from './client-bundle.ts';
import { CLIENT_BUILD } from './client-build.ts';
import { withDeckPolicy } from './csp.ts';
import { fontCutter, fontTags } from './fonts/cut.ts';
import { fontCacheDir } from './fonts/plugin.ts';
import { injectHeadTags, removeTag } from './head-tags.ts';
import { deckPageParts } from './page.ts';
import { fillPage } from './plugin.ts';
import { inlineDeck, SINGLE_FILE_NAME } from './single-file.ts';

/*
 * `transcript-deck build` without Vite: the deck's page (index.html filled in by the pipeline's
 * slides, as the transcriptDeck plugin fills it), the prebuilt client (client-bundle.ts) put in
 * where the page names src/client/main.ts, the fonts cut to the page, the single file and the
 * policy, written out. What `vite build` with vite.config.ts writes, file for file (the fonts'
 * names carry a hash of their own), without bundling the client again: Vite's HTML steps that
 * matter for this page are redone here the way Vite does them (head-tags.ts).
 */

export interface AssembleOptions {
  /** The project root: index.html and the font packages are found there. */
  root: string;
  /** Told each warning of the build (the deck's own, the fonts'). */
  warn: (message: string) => void;
}

/** The prebuilt client could not be found or made (a cache folder that cannot be written, say): the build can bundle it itself. */
export class NoClientBundle extends Error {}

/** A built file's name as Vite's build names an asset: `assets/<name>-<hash of its bytes><ext>`. */
function assetName(name: string, bytes: Uint8Array): string {
  const ext = name.slice(name.lastIndexOf('.'));
  return `assets/${name.slice(0, -ext.length)}-${createHash('sha256').update(bytes).digest('base64url').slice(0, 8)}${ext}`;
}

/** A page URL of a built file, relative as the build's `base` (`./`) makes them. */
const urlOf = (file: string): string => `${CLIENT_BUILD.base}${file}`;

/** The page with the prebuilt client's script and stylesheets where it named the client's sources. */
function withClient(html: string, client: ClientBundle): string {
  let out = html;
  for (const tag of client.entryTags) out = removeTag(out, tag);
  const tags: HtmlTagDescriptor[] = [
    { tag: 'script', attrs: { type: 'module', crossorigin: true, src: urlOf(client.script) }, injectTo: 'head' },
    ...client.css.map((css): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: urlOf(css) }, injectTo: 'head' })),
  ];
  return injectHeadTags(out, tags);
}

/** Empties a folder as Vite's `emptyOutDir` does (a `.git` in it stays). */
function emptyDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

/** Builds `deck` into `outDir`: index.html, deck.html, the client's and the fonts' files, the recording. */
export async function assembleDeck(deck: LoadedDeck, outDir: string, options: AssembleOptions): Promise<void> {
  const template = readFileSync(join(options.root, 'index.html'), 'utf8');
  const fonts = fontCutter({ root: () => options.root, cacheDir: () => fontCacheDir(options.root), warn: options.warn });
  const filled = fillPage(template, deckPageParts(deck));
  // The fonts are cut while the client is found (or, once after a change, bundled); the page's
  // text and language, all the plan reads, are the same with the client's tags in it or not.
  const client = clientBundle().catch((error: unknown) => {
    throw new NoClientBundle(error instanceof Error ? error.message : String(error));
  });
  const [found, cut] = await Promise.all([client, fonts.cut(filled)]);
  const files = new Map<string, string | Uint8Array>();
  for (const file of found.files) files.set(file, readFileSync(join(clientBundleDir(found), file)));
  let page = withClient(filled, found);
  const fontFiles = new Map(cut.map((face) => [face, assetName(`${face.entry.face.name}.woff2`, face.result.woff2)]));
  for (const [face, file] of fontFiles) files.set(file, face.result.woff2);
  page = injectHeadTags(page, fontTags(cut, (face) => urlOf(fontFiles.get(face)!)));
  // The recording the quote slides play goes beside the page (index.html and deck.html alike), never inlined.
  if (deck.mediaPath) files.set(basename(deck.mediaPath), readFileSync(deck.mediaPath));
  files.set('index.html', page);
  files.set(SINGLE_FILE_NAME, inlineDeck(page, 'index.html', files, { base: CLIENT_BUILD.base }));
  emptyDir(outDir);
  for (const [file, content] of files) {
    const path = join(outDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' && file.endsWith('.html') ? withDeckPolicy(content) : content);
  }
}
