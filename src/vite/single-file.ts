import { posix } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { mediaType } from '../io/static-server.ts';

/**
 * The offline deck: one HTML file with the scripts, styles and fonts of the build inlined (fonts
 * and other assets as `data:` URLs), which works when opened from `file://`, where Chromium
 * refuses to load module scripts from other files.
 */

export const SINGLE_FILE_NAME = 'deck.html';


/** The built files by output path: chunk code, CSS text or asset bytes. */
export type BuiltFiles = ReadonlyMap<string, string | Uint8Array>;

export interface InlineOptions {
  /** Vite's `base`: `./` (relative URLs) or an absolute path such as `/deck/`. */
  base?: string;
}

const asText = (content: string | Uint8Array): string => (typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));

function dataUrl(file: string, content: string | Uint8Array): string {
  const mime = mediaType(file);
  return `data:${mime};base64,${Buffer.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64')}`;
}

/** The output path a URL in `fromFile` points to, if it is one of the built files. */
function builtPath(url: string, fromFile: string, files: BuiltFiles, base: string): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) return undefined;
  const clean = decodeURI(url.replace(/[?#].*$/, ''));
  let path: string;
  if (clean.startsWith('/')) {
    const absoluteBase = base.startsWith('/') ? base : '/';
    if (!clean.startsWith(absoluteBase)) return undefined;
    path = clean.slice(absoluteBase.length);
  } else {
    path = posix.normalize(posix.join(posix.dirname(fromFile), clean));
  }
  return files.has(path) ? path : undefined;
}

/** `url(...)` references of CSS text to built files, as `data:` URLs. */
export function inlineCssUrls(css: string, fromFile: string, files: BuiltFiles, base = './'): string {
  return css.replace(/url\(\s*(['"]?)([^'")\s]+)\1\s*\)/g, (whole, _quote: string, url: string) => {
    const path = builtPath(url, fromFile, files, base);
    return path ? `url(${dataUrl(path, files.get(path)!)})` : whole;
  });
}

/** Script text that cannot end or confuse the `<script>` element it is put in. */
export function escapeScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

const escapeStyle = (css: string): string => css.replace(/<\/(style)/gi, '<\\/$1');

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * `html` (the built page at `htmlFile`) with every script, stylesheet and asset it references
 * from the build put inline: module scripts as inline module scripts, stylesheets as `<style>`,
 * `url()`s and `src`/`href` attributes as `data:` URLs; module preloads are dropped.
 */
export function inlineDeck(html: string, htmlFile: string, files: BuiltFiles, options: InlineOptions = {}): string {
  const base = options.base ?? './';
  const resolve = (url: string | undefined): string | undefined => (url ? builtPath(url, htmlFile, files, base) : undefined);
  let out = html.replace(/<script\b[^>]*\bsrc\s*=[^>]*>\s*<\/script\s*>/gi, (tag) => {
    const path = resolve(attr(tag, 'src'));
    if (!path) return tag;
    const type = attr(tag, 'type');
    return `<script${type ? ` type="${type}"` : ''}>${escapeScript(asText(files.get(path)!))}</script>`;
  });
  out = out.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const path = resolve(attr(tag, 'href'));
    if (!path) return tag;
    if (rel.includes('stylesheet')) return `<style>${escapeStyle(inlineCssUrls(asText(files.get(path)!), path, files, base))}</style>`;
    if (rel.includes('modulepreload') || rel.includes('preload') || rel.includes('prefetch')) return '';
    return tag.replace(/(\shref\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s>]+)/i, (_m, prefix: string) => `${prefix}"${dataUrl(path, files.get(path)!)}"`);
  });
  out = out.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_m, open: string, css: string, close: string) => `${open}${inlineCssUrls(css, htmlFile, files, base)}${close}`);
  out = out.replace(/(<(?:img|source|video|audio|image|use)\b[^>]*\s(?:src|href|poster)\s*=\s*)"([^"]*)"/gi, (whole, prefix: string, url: string) => {
    const path = resolve(url);
    return path ? `${prefix}"${dataUrl(path, files.get(path)!)}"` : whole;
  });
  return out;
}

export interface SingleFileOptions {
  /** The file written next to index.html. @defaultValue `deck.html` */
  fileName?: string;
  /** The page it is made from. @defaultValue `index.html` */
  from?: string;
}

/** Vite plugin: after the build has made index.html, also emits {@link SINGLE_FILE_NAME}, self-contained. */
export function singleFileDeck(options: SingleFileOptions = {}): Plugin {
  const fileName = options.fileName ?? SINGLE_FILE_NAME;
  const from = options.from ?? 'index.html';
  let config: ResolvedConfig;
  return {
    name: 'transcript-deck:single-file',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // After vite:build-html has written index.html and the fonts plugin its assets.
      order: 'post',
      handler(_output, bundle) {
        const page = bundle[from];
        if (!page || page.type !== 'asset') {
          this.warn(`transcript-deck: no ${from} in the build, so no ${fileName}`);
          return;
        }
        const files = new Map<string, string | Uint8Array>();
        for (const [name, item] of Object.entries(bundle)) files.set(name, item.type === 'chunk' ? item.code : item.source);
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        if (chunks.some((c) => c.type === 'chunk' && (c.imports.length > 0 || c.dynamicImports.length > 0))) {
          this.warn(`transcript-deck: the build has more than one JavaScript chunk; ${fileName} inlines the entry only`);
        }
        const html = inlineDeck(asText(page.source), from, files, { base: config.base });
        this.emitFile({ type: 'asset', fileName, source: html });
        // Its gzip size is in Vite's own report of the build's files, two lines down.
        config.logger.info(`transcript-deck: ${fileName} (works from file://): ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB`);
      },
    },
  };
}
