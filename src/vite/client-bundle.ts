import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { bundleDirName, freshRecord, stamp, writeRecord, type BundleRecord, type Stamp } from '../../bin/bundle-record.mjs';
import { CLIENT_BUILD } from './client-build.ts';

/*
 * The prebuilt browser client: src/client (reveal.js, our plugins, the CSS) bundled by Vite once,
 * at install (`prepare`, bin/client-bundle.mjs) and again when a file it was made from has changed
 * (sizes and modification times recorded beside it, as the CLI's own bundle does), so that
 * `transcript-deck build` copies it instead of bundling it in every build. None of it depends on the
 * deck: the deck's words and settings are a JSON block of the page the client reads at start
 * (src/client/deck-config.ts), and the fonts' CSS is the page's own <style>.
 */

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(REPO, 'node_modules', '.cache', 'transcript-deck', 'client');
const CURRENT = join(CACHE, 'current.json');
/** The page the client is bundled from: Vite takes the module scripts of index.html as entries. */
const TEMPLATE = join(REPO, 'index.html');
// Bumped when the way the bundle is made changes.
const RECIPE = 1;
/**
 * Files that change what Vite makes without being modules of the bundle: this maker and the build
 * settings, Vite's version, the project's packages (browserslist, PostCSS), and PostCSS configs,
 * recorded when absent too (one added makes the bundle again).
 */
const SETTINGS = [
  fileURLToPath(import.meta.url),
  fileURLToPath(new URL('./client-build.ts', import.meta.url)),
  fileURLToPath(new URL('../../bin/bundle-record.mjs', import.meta.url)),
  TEMPLATE,
  join(REPO, 'package.json'),
  join(REPO, 'package-lock.json'),
  join(REPO, 'node_modules', 'vite', 'package.json'),
  ...['postcss.config.js', 'postcss.config.cjs', 'postcss.config.mjs', 'postcss.config.ts', '.postcssrc', '.postcssrc.json', '.browserslistrc'].map((name) => join(REPO, name)),
];

export interface ClientBundle extends BundleRecord {
  /** The module script tags of index.html the bundle replaces, as written there. */
  entryTags: string[];
  /** The bundle's entry chunk and its stylesheets, as output paths (`assets/index-….js`). */
  script: string;
  css: string[];
  /** Every file of the bundle but the page, as output paths. */
  files: string[];
}

/** The folder a bundle's files are in. */
export const clientBundleDir = (bundle: ClientBundle): string => join(CACHE, bundle.dir);

/** The prebuilt client if it was made from the files as they are now, else undefined. */
export function freshClientBundle(): ClientBundle | undefined {
  return freshRecord<ClientBundle>(CURRENT, RECIPE);
}

/** The module script tags with a `src` of a page (Vite's entries, which it removes from the page). */
export function moduleScriptTags(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>\s*<\/script\s*>/gi)].map((m) => m[0]).filter((tag) => /\stype\s*=\s*["']?module\b/i.test(tag) && /\ssrc\s*=/i.test(tag));
}

/**
 * Bundles the client with Vite, as the deck's own build bundles it (the same page, settings and
 * plugins but the deck's), into a new folder, and points current.json at it. Several processes may
 * do this at once: each writes its own folder, and the pointer is replaced whole.
 */
export async function makeClientBundle(): Promise<ClientBundle> {
  const { build } = await import('vite');
  const dir = bundleDirName();
  const inputs: Record<string, Stamp> = {};
  let made: Pick<ClientBundle, 'script' | 'css' | 'files'> | undefined;
  const record: Plugin = {
    name: 'transcript-deck:client-bundle',
    buildEnd() {
      // Every module of the graph that is a file: the client's sources, reveal.js's, the CSS.
      for (const id of this.getModuleIds()) {
        if (id.startsWith('\0')) continue;
        const file = id.split('?')[0]!;
        const stamped = stamp(file);
        if (stamped) inputs[file] = stamped;
      }
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry);
      if (!entry || entry.type !== 'chunk') throw new Error('the client build made no entry chunk');
      const files = Object.keys(bundle).filter((name) => !name.endsWith('.html'));
      made = { script: entry.fileName, css: [...entry.viteMetadata!.importedCss], files };
    },
  };
  for (const file of SETTINGS) inputs[file] = stamp(file);
  await build({
    ...CLIENT_BUILD,
    root: REPO,
    configFile: false,
    logLevel: 'silent',
    plugins: [record],
    build: { ...CLIENT_BUILD.build, outDir: join(CACHE, dir), emptyOutDir: true },
  });
  if (!made) throw new Error('the client build wrote nothing');
  const bundle: ClientBundle = { recipe: RECIPE, dir, inputs, entryTags: moduleScriptTags(readFileSync(TEMPLATE, 'utf8')), ...made };
  writeRecord(CURRENT, CACHE, bundle);
  return bundle;
}

/** The prebuilt client, made now if it is missing or stale. */
export async function clientBundle(): Promise<ClientBundle> {
  return freshClientBundle() ?? (await makeClientBundle());
}
