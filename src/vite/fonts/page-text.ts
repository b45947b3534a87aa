import { decodeHTML } from 'entities';
import { CJK_FACE_CHAR } from '../../pipeline/text/cjk.ts';

/** What a page says, read off its HTML: the text each face must have glyphs for, and its language. */

/** The `lang` of a page's `<html>` element, or '' without one. */
export function pageLang(html: string): string {
  return /<html\b[^>]*\blang=["']?([^"'\s>]+)/i.exec(html)?.[1] ?? '';
}

/** The text content of an HTML page or fragment: no comments, scripts, styles or attribute values. */
export function htmlText(html: string): string {
  return decodeHTML(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<[^>]*>/g, ''),
  );
}

/** The text of every `<blockquote>` of the page (what the quote face renders). */
export function quoteText(html: string): string {
  return [...html.matchAll(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote\s*>/gi)].map((m) => htmlText(m[1] ?? '')).join('\n');
}

/** Whether the text needs a CJK font at all. */
export function hasCjk(text: string): boolean {
  return CJK_FACE_CHAR.test(text);
}

const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Component}]/u;

/** A pictograph or a piece of an emoji sequence (joiner, variation selector, skin tone, keycap), not ASCII. */
export function isEmojiPart(char: string): boolean {
  return char.codePointAt(0)! >= 0x80 && EMOJI_PART.test(char);
}

/** Whether the text has a character for the emoji face. */
export function hasEmoji(text: string): boolean {
  for (const match of text.matchAll(/[\p{Extended_Pictographic}\p{Emoji_Component}]/gu)) if (isEmojiPart(match[0])) return true;
  return false;
}
