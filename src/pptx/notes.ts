import type { NoteBlock, NoteParagraph } from '../pipeline/types.ts';
import { scriptRuns } from './runs.ts';
import { SIZES } from './theme.ts';

/*
 * A slide's speaker notes as the body of its PowerPoint notes page: every block, every word, one
 * paragraph each, a turn's speaker and its `file:line:col · time` above what they said, the quote
 * in bold, unreadable bytes struck through. pptxgenjs writes notes as one run in American English,
 * which loses the paragraphs and leaves Chinese notes without an East Asian face, so the notes body
 * is written here (finish.ts puts it in place). Text is escaped here and nowhere else in the notes.
 */

interface Styled {
  text: string;
  bold?: boolean;
  strike?: boolean;
}

/** The `<a:p>` paragraphs of a slide's notes. */
export function notesParagraphs(blocks: readonly NoteBlock[], lang: string): string[] {
  const paragraph = (parts: Styled[]): string => `<a:p>${parts.flatMap((part) => runs(part, lang)).join('')}<a:endParaRPr lang="${attr(lang)}" sz="${SIZES.notes * 100}" dirty="0"/></a:p>`;
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'text':
        return [paragraph([{ text: block.text }])];
      case 'pointer':
        return [paragraph([{ text: `${block.text} → ${block.slideId}` }])];
      case 'turn':
        return [
          paragraph([{ text: block.speaker, bold: true }, { text: ` ${block.source}` }]),
          ...block.paragraphs.map((p) => paragraph([...(p.piece && p.piece.from > 0 ? [{ text: '… ' }] : []), ...styled(p)])),
        ];
    }
  });
}

/** A paragraph cut where its highlights and unreadable stretches start and end. */
function styled(paragraph: NoteParagraph): Styled[] {
  const cuts = new Set([0, paragraph.text.length]);
  for (const r of [...paragraph.highlights, ...(paragraph.unreadable ?? [])]) cuts.add(r.start).add(r.end);
  const at = [...cuts].filter((n) => n >= 0 && n <= paragraph.text.length).sort((a, b) => a - b);
  const inside = (ranges: ReadonlyArray<{ start: number; end: number }> | undefined, n: number): boolean => (ranges ?? []).some((r) => n >= r.start && n < r.end);
  return at.slice(0, -1).flatMap((start, i) => {
    const text = paragraph.text.slice(start, at[i + 1]);
    return text ? [{ text, ...(inside(paragraph.highlights, start) ? { bold: true } : {}), ...(inside(paragraph.unreadable, start) ? { strike: true } : {}) }] : [];
  });
}

function runs(part: Styled, deckLang: string): string[] {
  return scriptRuns(part.text, deckLang).map((run) => {
    const face = attr(run.fontFace);
    const props = `lang="${attr(run.lang)}" sz="${SIZES.notes * 100}"${part.bold ? ' b="1"' : ''}${part.strike ? ' strike="sngStrike"' : ''} dirty="0"`;
    return `<a:r><a:rPr ${props}><a:latin typeface="${face}"/><a:ea typeface="${face}"/><a:cs typeface="${face}"/></a:rPr><a:t>${text(run.text)}</a:t></a:r>`;
  });
}

const text = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (value: string): string => text(value).replace(/"/g, '&quot;');
