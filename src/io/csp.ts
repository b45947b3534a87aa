import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/*
 * A strict Content-Security-Policy for the built deck, as a <meta> in every HTML file the build
 * writes: no inline script except by hash, nothing from another origin. Transcript text is escaped
 * everywhere; this is the second wall, so that even a missed escape could not run.
 *
 * Scripts: the page's own module script ('self', or its hash once inlined in deck.html) and the
 * speaker view's script, which reveal.js's notes plugin writes into its popup with
 * document.write: the popup inherits this policy, so that script is allowed by its hash too.
 * Styles may be inline (reveal.js and the speaker view set them; CSS cannot run code). Fonts and
 * images may be data: URLs (the single file carries its fonts that way).
 */

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline scripts of a page; data blocks (`type="application/json"`) never run and need none. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attrs = match[1] ?? '';
    if (/\bsrc\s*=/.test(attrs) || /type\s*=\s*["']?application\/(?:ld\+)?json/i.test(attrs)) continue;
    hashes.push(sha256(match[2] ?? ''));
  }
  return hashes;
}

/**
 * The inline script of reveal.js's speaker view, read from the notes plugin we ship: its template
 * is one string literal passed to `document.write`.
 */
export function speakerViewScriptHashes(): string[] {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('reveal.js/plugin/notes').replace(/notes\.js$/, 'notes.mjs'), 'utf8');
  const start = source.indexOf('document.write("');
  if (start === -1) return [];
  let end = start + 'document.write("'.length;
  while (end < source.length && source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
  // A JavaScript string literal as JSON: `\xHH` escapes and raw tabs are not JSON.
  const literal = source
    .slice(start + 'document.write('.length, end + 1)
    .replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')
    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const template = JSON.parse(literal) as string;
  return inlineScriptHashes(template);
}

/**
 * `connect`: where the page may open connections; a deck served by `transcript-deck present` lists
 * exactly its WebSocket's origin (`ws://192.168.1.20:4300`), any other deck only its own origin.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], connect: readonly string[] = ["'self'"]): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${[...new Set(scriptHashes)].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    // A quote slide plays its clip from the recording beside the page: the deck's own origin only.
    "media-src 'self'",
    `connect-src ${connect.join(' ')}`,
    // The speaker view shows the current and the next slide in frames of this same page.
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Puts the policy right after `<meta charset>` so it governs everything that follows. */
export function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (!charset) return html.replace(/<head[^>]*>/i, (head) => `${head}\n${meta}`);
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}
