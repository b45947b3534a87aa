import { Marked } from 'marked';
import type { AuthoredSlide, Result } from '../types.ts';

/*
 * Slides the presenter writes in Markdown (an intro, a closing slide): `---` on its own line
 * separates slides, and everything after a `Note:` line is that slide's speaker notes. This is the
 * presenter's own text, so marked renders it as Markdown; transcript text never comes here.
 */

const SLIDE_SEPARATOR = /^\s*---\s*$/mu;
const NOTES_MARKER = /^Note:\s*$/mu;

const markdown = new Marked({ gfm: true, breaks: false, async: false });

export function parseAuthoredSlides(path: string, text: string, idPrefix: string): Result<AuthoredSlide[]> {
  const name = path.split(/[\\/]/).pop() ?? path;
  const slides: AuthoredSlide[] = [];
  text.replace(/\r\n?/g, '\n').split(SLIDE_SEPARATOR).forEach((chunk) => {
    if (chunk.trim() === '') return;
    const [body = '', ...noteParts] = chunk.split(NOTES_MARKER);
    const notes = noteParts.join('\n').trim();
    slides.push({
      kind: 'authored',
      id: `${idPrefix}-${slides.length + 1}`,
      file: name,
      html: markdown.parse(body.trim()) as string,
      notes: notes ? notes.split(/\n{2,}/u).map((p) => ({ kind: 'text' as const, text: p.trim() })) : [],
      timing: { seconds: 0 },
    });
  });
  return { value: slides, diagnostics: [] };
}
