import { UNKNOWN_SPEAKER } from '../cast/cast.ts';
import { conversationMapSvg, topicSvg } from '../charts/svg.ts';
import { type DeckWords, deckWords } from '../compose/deck-words.ts';
import { attributes, escapeHtml } from '../text/html.ts';
import { textDirection } from '../../shared/direction.ts';
import { phrases } from '../text/phrases.ts';
import { qrSvg } from '../compose/qr.ts';
import { clipControl } from './clip-control.ts';
import type { AgendaSlide, Deck, NoteBlock, NoteParagraph, SectionSlide, Slide } from '../types.ts';

/**
 * Deck → the `<section>` elements of a reveal.js deck. The only place markup is made: every piece
 * of transcript text goes through `escapeHtml`; only authored slides carry HTML, made by marked
 * from the presenter's own Markdown.
 */
export function render(deck: Deck, options: RenderOptions = {}): string {
  const words = deckWords(deck.meta.lang);
  const slides = deck.slides.map((slide) => renderSlide(slide, deck.meta.lang, words, options, deck.media?.src));
  // The "Follow along" slide comes right after the title, in every copy, so that slide numbers agree.
  if (options.followAlong) slides.splice(deck.slides[0]?.kind === 'title' ? 1 : 0, 0, followAlongSlide(options.followAlong, deck.meta.lang, words));
  return slides.join('\n');
}

/** How a deck is rendered for `transcript-deck present`; a plain build passes none. */
export interface RenderOptions {
  /**
   * false: the audience's copy, in which the speaker notes are absent (not hidden: not in the
   * HTML at all). @defaultValue true
   */
  notes?: boolean;
  /** The audience address: its QR code on the title slide and on a "Follow along" slide. */
  followAlong?: string;
}

/** The id of the "Follow along" slide, for a link or `G` to it. */
export const FOLLOW_ALONG_ID = 'follow-along';

function followAlongSlide(url: string, lang: string, words: DeckWords): string {
  return `<section${attributes({ id: FOLLOW_ALONG_ID, class: 'td-follow-along', 'data-timing': 10, lang })}>
<h2>${escapeHtml(words.followAlong)}</h2>
<p class="td-follow-url">${escapeHtml(url)}</p>
<p class="td-follow-hint">${escapeHtml(words.followAlongHint)}</p>
${qrSvg(url, words.followAlongLabel(url), 'qr-follow-along')}
</section>`;
}

function renderSlide(slide: Slide, lang: string, words: DeckWords, options: RenderOptions, mediaSrc?: string): string {
  // Slide text breaks only between phrases (`<wbr>`, with `word-break: keep-all` in the theme).
  const t = (text: string): string => phrases(text, lang).map(escapeHtml).join('<wbr>');
  // `dir` only where the text runs right to left: the page says it too, but a slide's notes are read
  // in the speaker view's window, and a slide may be copied out of its page.
  const dir = textDirection(lang) === 'rtl' ? 'rtl' : undefined;
  const open = (className: string, extra: Record<string, string | number | undefined> = {}): string =>
    `<section${attributes({ id: slide.id, class: className, 'data-timing': slide.timing.seconds, lang, dir, ...extra })}>`;
  const notes = options.notes === false ? '' : renderNotes(slide.notes, words, dir);
  switch (slide.kind) {
    case 'title':
      return `${open('td-title')}
<h1 class="td-fit">${t(slide.title)}</h1>${slide.subtitle ? `\n<p class="td-subtitle">${t(slide.subtitle)}</p>` : ''}
${slide.speakers.map((s) => `<p class="td-speaker"><span class="td-name">${escapeHtml(s.name)}</span>${s.role ? ` <span class="td-role">${t(s.role)}</span>` : ''}</p>`).join('\n')}
${slide.event || slide.date ? `<p class="td-event">${t([slide.event, slide.date].filter(Boolean).join(' · '))}</p>` : ''}
${titleQr(slide.url, options.followAlong, words)}
${notes}</section>`;
    case 'agenda':
      return `${open('td-agenda')}
<h2>${t(slide.title)}</h2>
<ol class="td-agenda-list td-fit">
${slide.items.map((item) => `<li><a href="#/${escapeHtml(item.topicId)}">${t(item.title)}</a></li>`).join('\n')}
</ol>
${slide.map ? mapFigure(slide.id, { ...slide.map, topics: slide.map.topics.map((m, i) => ({ ...m, title: slide.items[i]?.title ?? m.title })) }, words) : ''}
${notes}</section>`;
    case 'section':
      return `${open('td-section', { 'data-topic': slide.topicId })}
<p class="td-kicker">${slide.number}</p>
<h2 class="td-fit">${t(slide.title)}</h2>
${slide.terms || slide.shares ? topicFigure(slide.id, slide.title, slide.terms ?? [], slide.shares ?? [], words) : ''}
${notes}</section>`;
    case 'quote': {
      const q = slide.quote;
      return `${open(`td-quote td-length-${lengthClass(q.text)}`, { 'data-topic': slide.topicId, 'data-source-line': q.span.start.line })}
<p class="td-kicker">${t(slide.topicTitle)}</p>
<figure class="td-figure">
<blockquote class="td-blockquote td-fit"><p>${t(q.text)}</p></blockquote>
${q.speaker === UNKNOWN_SPEAKER ? '' : `<figcaption><span class="td-name">${escapeHtml(q.speaker)}</span>${slide.role ? ` <span class="td-role">${t(slide.role)}</span>` : ''}</figcaption>\n`}</figure>
${clipControl(slide, mediaSrc, lang)}${notes}</section>`;
    }
    case 'summary':
      return `${open('td-summary')}
<h2>${t(slide.title)}</h2>
<ul class="td-points td-fit">
${slide.points.map((p) => `<li>${t(p)}</li>`).join('\n')}
</ul>
${slide.overview ? mapFigure(slide.id, slide.overview, words) : ''}
${notes}</section>`;
    case 'source':
      return `${open('td-source')}
<h2>${t(slide.title)}</h2>
<div class="td-source-lines td-fit">
${slide.lines.map((l) => `<p>${t(l)}</p>`).join('\n')}
</div>
${slide.url ? qrSvg(slide.url, words.qrLabel(slide.url)) : ''}
${notes}</section>`;
    case 'authored':
      return `${open('td-authored', { 'data-file': slide.file })}
${slide.html}
${notes}</section>`;
  }
}

/** The title slide's QR code: the audience address when presenting (the room wants it more than the recording's), else deck.yaml's `url`. */
function titleQr(url: string | undefined, followAlong: string | undefined, words: DeckWords): string {
  if (followAlong) return `<p class="td-follow-url td-follow-url-title">${escapeHtml(followAlong)}</p>\n${qrSvg(followAlong, words.followAlongLabel(followAlong), 'qr-title-follow')}`;
  return url ? qrSvg(url, words.qrLabel(url)) : '';
}

/** The conversation map (agenda and overview slides), described for screen readers. */
function mapFigure(slideId: string, map: NonNullable<AgendaSlide['map']>, words: DeckWords): string {
  const total = map.topics.reduce((s, m) => s + m.size, 0) || 1;
  const desc = words.mapDesc(map.topics.map((m) => ({ title: m.title, share: m.size / total })));
  return `<figure class="td-chart-figure td-chart-figure-map">${conversationMapSvg(`${slideId}-map`, map, { title: words.mapTitle, desc })}</figure>`;
}

/** A section slide's key terms and speaker shares, described for screen readers. */
function topicFigure(slideId: string, topicTitle: string, terms: NonNullable<SectionSlide['terms']>, shares: NonNullable<SectionSlide['shares']>, words: DeckWords): string {
  const labels = {
    title: words.topicChartTitle(topicTitle),
    desc: words.topicChartDesc(terms.map((k) => k.term), shares),
    terms: words.keyTerms,
    speakers: words.whoSpoke,
  };
  return `<figure class="td-chart-figure td-chart-figure-topic">${topicSvg(`${slideId}-chart`, terms, shares, labels)}</figure>`;
}

function lengthClass(text: string): 's' | 'm' | 'l' | 'xl' {
  const n = [...text].length;
  return n <= 24 ? 's' : n <= 44 ? 'm' : n <= 64 ? 'l' : 'xl';
}

function renderNotes(blocks: NoteBlock[], words: DeckWords, dir: 'rtl' | undefined): string {
  if (blocks.length === 0) return '';
  const body = blocks.map((block) => renderNoteBlock(block, words)).join('\n');
  // The speaker view shows what is inside the aside, not the aside: the direction goes inside.
  return `<aside class="notes">\n${dir ? `<div dir="${dir}">\n${body}\n</div>` : body}\n</aside>\n`;
}

function renderNoteBlock(block: NoteBlock, words: DeckWords): string {
  switch (block.kind) {
    case 'text':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'pointer':
      return `<p class="td-note-pointer">${escapeHtml(block.text)} <a href="#/${escapeHtml(block.slideId)}">→ ${escapeHtml(block.slideId)}</a></p>`;
    case 'turn':
      return `<div class="td-note-turn"><p class="td-note-speaker"><strong>${escapeHtml(block.speaker)}</strong> <span class="td-note-source">${escapeHtml(block.source)}</span></p>
${block.paragraphs.map((p) => `<p${p.piece && p.piece.from > 0 ? ' class="td-note-cont"' : ''}>${renderMarked(p, words)}</p>`).join('\n')}</div>`;
  }
}

/** Paragraph text with the quote in `<mark>` and unreadable runs in `<del>`, escaped piecewise. */
function renderMarked(paragraph: NoteParagraph, words: DeckWords): string {
  const events: Array<{ at: number; tag: string }> = [];
  for (const h of paragraph.highlights) events.push({ at: h.start, tag: '<mark>' }, { at: h.end, tag: '</mark>' });
  for (const u of paragraph.unreadable ?? []) {
    events.push({ at: u.start, tag: `<del class="td-unreadable" title="${escapeHtml(words.unreadable)}">` }, { at: u.end, tag: '</del>' });
  }
  if (events.length === 0) return escapeHtml(paragraph.text);
  // Closing tags sort before opening ones at the same offset so ranges never cross.
  events.sort((a, b) => a.at - b.at || (a.tag.startsWith('</') ? -1 : 1));
  let html = '';
  let cursor = 0;
  for (const event of events) {
    html += escapeHtml(paragraph.text.slice(cursor, event.at)) + event.tag;
    cursor = event.at;
  }
  return html + escapeHtml(paragraph.text.slice(cursor));
}
