import * as OpenCC from 'opencc-js';
import type { Deck, NoteBlock, NoteParagraph, Slide } from './types.ts';

/**
 * Which Chinese script the slides and notes are shown in (deck.yaml `script`).
 * - `original`: the transcript's dominant script, with stray characters of the other script converted
 *   (a Traditional report with a few `什么` comes out all Traditional, in Taiwan's standard forms);
 * - `simplified`, `traditional`, `taiwan`, `hongkong`: OpenCC's character standards.
 * Conversion is character by character (OpenCC's character and variant tables, never its phrase
 * tables), so a quote keeps the speaker's words: `軟件` stays `軟件` and does not become `軟體`.
 */
export const SCRIPTS = ['original', 'simplified', 'traditional', 'taiwan', 'hongkong'] as const;
export type Script = (typeof SCRIPTS)[number];

type Target = 'cn' | 't' | 'tw' | 'hk';
const TARGETS: Record<Exclude<Script, 'original'>, { to: Target; lang: string }> = {
  simplified: { to: 'cn', lang: 'zh-Hans' },
  traditional: { to: 't', lang: 'zh-Hant' },
  taiwan: { to: 'tw', lang: 'zh-Hant-TW' },
  hongkong: { to: 'hk', lang: 'zh-Hant-HK' },
};

const converters = new Map<string, (text: string) => string>();

/** OpenCC converters take a few hundred milliseconds to build: build each once, when first needed. */
function converter(from: Target, to: Target): (text: string) => string {
  const key = `${from}>${to}`;
  let convert = converters.get(key);
  if (!convert) {
    convert = OpenCC.Converter({ from, to });
    converters.set(key, convert);
  }
  return convert;
}

export interface ScriptChoice {
  convert(text: string): string;
  /** BCP 47 tag for the `lang` attributes. */
  lang: string;
}

/** The conversion for a deck whose detected language is `detectedLang`. Non-Chinese decks are left alone. */
export function chooseScript(script: Script, detectedLang: string): ScriptChoice {
  if (!detectedLang.startsWith('zh')) return { convert: (t) => t, lang: detectedLang };
  if (script === 'original') {
    // OpenCC's standard Traditional turns common characters into archaic variants (`吃` → `喫`,
    // `為` → `爲`); Taiwan's standard leaves Traditional text as people write it.
    const traditional = detectedLang.includes('Hant');
    return traditional ? { convert: converter('cn', 'tw'), lang: 'zh-Hant' } : { convert: converter('t', 'cn'), lang: 'zh-Hans' };
  }
  const { to, lang } = TARGETS[script];
  // Going to Simplified, read the source as Traditional; going to a Traditional standard, read it as Simplified
  // (characters already Traditional pass through unchanged).
  return { convert: converter(to === 'cn' ? 't' : 'cn', to), lang };
}

/**
 * A Simplified copy of Chinese text for analysis (segmentation, ranking, phrase breaking), which
 * works best on Simplified. Character tables only, so the copy almost always has the same length.
 */
export function simplifiedCopy(text: string): string {
  return converter('t', 'cn')(text);
}

/** The deck with every piece of text in the chosen script. Authored Markdown slides are the presenter's own and stay as written. */
export function convertDeckScript(deck: Deck, choice: ScriptChoice): Deck {
  const c = choice.convert;
  const notes = (blocks: NoteBlock[]): NoteBlock[] =>
    blocks.map((b): NoteBlock => {
      if (b.kind === 'turn') return { ...b, speaker: c(b.speaker), paragraphs: b.paragraphs.map((p) => convertParagraph(p, c)) };
      return { ...b, text: c(b.text) };
    });
  const slides = deck.slides.map((slide): Slide => {
    const base = { ...slide, notes: notes(slide.notes) };
    switch (base.kind) {
      case 'title':
        return { ...base, title: c(base.title), ...(base.subtitle ? { subtitle: c(base.subtitle) } : {}), ...(base.event ? { event: c(base.event) } : {}), speakers: base.speakers.map((s) => ({ name: c(s.name), ...(s.role ? { role: c(s.role) } : {}) })) };
      case 'agenda':
        return { ...base, title: c(base.title), items: base.items.map((i) => ({ ...i, title: c(i.title) })) };
      case 'section':
        return { ...base, title: c(base.title), speakers: base.speakers.map(c) };
      case 'quote':
        return { ...base, topicTitle: c(base.topicTitle), quote: { ...base.quote, text: c(base.quote.text), speaker: c(base.quote.speaker) }, ...(base.role ? { role: c(base.role) } : {}) };
      case 'summary':
        return { ...base, title: c(base.title), points: base.points.map(c) };
      case 'source':
        return { ...base, title: c(base.title), lines: base.lines.map(c) };
      case 'authored':
        return base;
    }
  });
  return { meta: { ...deck.meta, title: c(deck.meta.title), lang: choice.lang }, slides };
}

/** Converts a paragraph piece by piece, so highlight and unreadable ranges still fit whatever the lengths. */
function convertParagraph(paragraph: NoteParagraph, c: (text: string) => string): NoteParagraph {
  const cuts = new Set<number>([0, paragraph.text.length]);
  for (const r of [...paragraph.highlights, ...(paragraph.unreadable ?? [])]) cuts.add(r.start).add(r.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  const moved = new Map<number, number>([[0, 0]]);
  let text = '';
  for (let i = 0; i + 1 < sorted.length; i++) {
    text += c(paragraph.text.slice(sorted[i], sorted[i + 1]));
    moved.set(sorted[i + 1]!, text.length);
  }
  const move = (r: { start: number; end: number }) => ({ start: moved.get(r.start)!, end: moved.get(r.end)! });
  return {
    text,
    highlights: paragraph.highlights.map(move),
    ...(paragraph.unreadable ? { unreadable: paragraph.unreadable.map(move) } : {}),
  };
}
