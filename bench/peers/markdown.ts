/**
 * Our Deck (src/pipeline/types.ts) written as each peer's Markdown, so the peers are given the same
 * slides and the same speaker notes as ours, generated from the pipeline's output and never by hand
 * (they stay in step with the deck). Only the separators, the front matter and the notes syntax
 * differ between the tools; each slide's body is the same Markdown.
 */
import type { Deck, NoteBlock, Slide } from '../../src/pipeline/types.ts';

export type Flavour = 'marp' | 'slidev' | 'reveal-md';

/**
 * Transcript text as inert Markdown: HTML-significant characters as entities (Slidev compiles a
 * slide as a Vue template, so `{{` and `<` must not reach it raw), Markdown's inline marks escaped,
 * and line breaks folded (a line of `---` would start a new slide).
 */
export function inert(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^([-+=])/, '\\$1');
}

function body(slide: Slide): string {
  switch (slide.kind) {
    case 'title':
      return [
        `# ${inert(slide.title)}`,
        slide.subtitle ? inert(slide.subtitle) : '',
        slide.speakers.map((s) => `- ${inert(s.name)}${s.role ? ` · ${inert(s.role)}` : ''}`).join('\n'),
        [slide.event, slide.date].filter(Boolean).map((s) => inert(s!)).join(' · '),
      ]
        .filter(Boolean)
        .join('\n\n');
    case 'agenda':
      return [`## ${inert(slide.title)}`, slide.items.map((item, i) => `${i + 1}. ${inert(item.title)}`).join('\n')].join('\n\n');
    case 'section':
      return [`## ${slide.number}. ${inert(slide.title)}`, slide.speakers.map(inert).join(' · ')].filter(Boolean).join('\n\n');
    case 'quote':
      return [`> ${inert(slide.quote.text)}`, `— ${inert(slide.quote.speaker)}${slide.role ? `, ${inert(slide.role)}` : ''}`, `<small>${inert(slide.topicTitle)}</small>`].join('\n\n');
    case 'summary':
      return [`## ${inert(slide.title)}`, slide.points.map((p) => `- ${inert(p)}`).join('\n')].join('\n\n');
    case 'source':
      return [`## ${inert(slide.title)}`, slide.lines.map(inert).join('  \n'), slide.url ? `<${slide.url}>` : ''].filter(Boolean).join('\n\n');
    case 'authored':
      // The presenter's own slide, as the HTML marked made of it (every peer passes HTML through).
      return slide.html.trim();
  }
}

/** The notes as plain paragraphs: what a presenter would paste into any tool. */
function notesText(notes: readonly NoteBlock[]): string[] {
  return notes.flatMap((block) => {
    if (block.kind === 'turn') return block.paragraphs.map((p) => `${block.speaker}: ${p.text}`);
    return [block.text];
  }).map(inert);
}

// In an HTML comment, `--` would end it early.
const comment = (paragraphs: string[]): string => (paragraphs.length ? `<!--\n${paragraphs.join('\n\n').replace(/--/g, '‐‐')}\n-->` : '');

function slideText(slide: Slide, flavour: Flavour): string {
  const notes = notesText(slide.notes);
  // reveal-md: everything after a `Note:` line is the notes. Marp and Slidev: an HTML comment.
  const notesPart = flavour === 'reveal-md' ? (notes.length ? `Note:\n${notes.join('\n\n')}` : '') : comment(notes);
  return [body(slide), notesPart].filter(Boolean).join('\n\n');
}

const yamlString = (s: string): string => JSON.stringify(s);

/** The whole deck as one Markdown file of `flavour`. */
export function deckMarkdown(deck: Deck, flavour: Flavour): string {
  const { title, lang } = deck.meta;
  const slides = deck.slides.map((s) => slideText(s, flavour));
  if (flavour === 'marp') {
    return `---\nmarp: true\nlang: ${yamlString(lang)}\ntitle: ${yamlString(title)}\nsize: 16:9\n---\n\n${slides.join('\n\n---\n\n')}\n`;
  }
  if (flavour === 'slidev') {
    // Slidev's headmatter is the first slide's front matter: the first slide follows it directly.
    return `---\ntheme: default\ntitle: ${yamlString(title)}\ntransition: slide-left\n---\n\n${slides.join('\n\n---\n\n')}\n`;
  }
  return `---\ntitle: ${yamlString(title)}\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}

/** The first slide's text as the tools show it, to tell when an edit has reached the page. */
export const EDIT_MARK = 'td-bench-edit';
/** The same file with a marker added to the first heading, `n` making each edit differ. */
export function editedMarkdown(markdown: string, n: number): string {
  return markdown.replace(/^# (.*)$/m, `# $1 ${EDIT_MARK}-${n}`);
}
