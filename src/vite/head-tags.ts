import type { HtmlTagDescriptor } from 'vite';

/*
 * Tags put into a built page as Vite's build puts them (its injectToHead and serializeTags, in
 * vite:build-html), so that the CLI's own build (assemble.ts) writes the same page byte for byte:
 * the same indentation, attribute order and escaping. A test builds one deck both ways and compares.
 */

const UNARY = new Set(['link', 'meta', 'base']);
const HEAD_END = /([ \t]*)<\/head>/i;
const HEAD_START = /([ \t]*)<head[^>]*>/i;

const escapeAttr = (value: string): string => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function attrs(values: HtmlTagDescriptor['attrs']): string {
  let out = '';
  for (const [key, value] of Object.entries(values ?? {})) {
    if (typeof value === 'boolean') out += value ? ` ${key}` : '';
    else if (value !== undefined) out += ` ${key}="${escapeAttr(String(value))}"`;
  }
  return out;
}

const indented = (indent: string): string => `${indent}${indent[0] === '\t' ? '\t' : '  '}`;

function serialize(tags: HtmlTagDescriptor[] | string | undefined, indent: string): string {
  if (typeof tags === 'string') return tags;
  return (tags ?? []).map((t) => `${indent}${UNARY.has(t.tag) ? `<${t.tag}${attrs(t.attrs)}>` : `<${t.tag}${attrs(t.attrs)}>${serialize(t.children, indented(indent))}</${t.tag}>`}\n`).join('');
}

/** `tags` into the page's head: `head-prepend` ones after `<head>`, the others before `</head>` (this page always has both). */
export function injectHeadTags(html: string, tags: readonly HtmlTagDescriptor[]): string {
  const prepend = tags.filter((t) => (t.injectTo ?? 'head-prepend') === 'head-prepend');
  const append = tags.filter((t) => t.injectTo === 'head');
  if (tags.length !== prepend.length + append.length) throw new Error('only head tags are put into a built page');
  let out = html;
  if (prepend.length > 0) out = out.replace(HEAD_START, (match, space: string) => `${match}\n${serialize(prepend, indented(space))}`);
  if (append.length > 0) out = out.replace(HEAD_END, (match, space: string) => `${serialize(append, indented(space))}${match}`);
  return out;
}

/**
 * The page without `tag`, and, when the tag starts its line, without that line's indentation and the
 * line break before it, as Vite removes an entry script (from its 1-based column back).
 */
export function removeTag(html: string, tag: string): string {
  const at = html.indexOf(tag);
  if (at === -1) return html;
  const lineBreak = Math.max(0, html.lastIndexOf('\n', at - 1));
  const from = html.slice(lineBreak, at).trim() === '' ? lineBreak : at;
  return html.slice(0, from) + html.slice(at + tag.length);
}
