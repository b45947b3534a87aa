import { converter, fewTextsConverter, requireOpenCC, type Target } from './opencc.ts';
import { TextMemo } from './text-memo.ts';
import type { ConversationMap } from '../charts/data.ts';
import type { Deck, NoteBlock, NoteParagraph, Slide } from '../types.ts';

/**
 * Which Chinese script the slides and notes are shown in (deck.yaml `script`).
 * - `original`: the transcript's dominant script, with stray characters of the other script converted
 *   (a Traditional report with a few `什么` comes out all Traditional, in Taiwan's standard forms);
 * - `simplified`, `traditional`, `taiwan`, `hongkong`: OpenCC's character standards.
 * OpenCC's character tables and the phrase tables that choose between characters (`头发` → `頭髮`),
 * never its regional vocabulary tables (`twp`, `hkp`): `軟件` stays `軟件` and does not become `軟體`.
 * `original` changes only characters that do not belong to the dominant script.
 */
export const SCRIPTS = ['original', 'simplified', 'traditional', 'taiwan', 'hongkong'] as const;
export type Script = (typeof SCRIPTS)[number];

const TARGETS: Record<Exclude<Script, 'original'>, { to: Target; lang: string }> = {
  simplified: { to: 'cn', lang: 'zh-Hans' },
  traditional: { to: 't', lang: 'zh-Hant' },
  taiwan: { to: 'tw', lang: 'zh-Hant-TW' },
  hongkong: { to: 'hk', lang: 'zh-Hant-HK' },
};

export interface ScriptChoice {
  convert(text: string): string;
  /** BCP 47 tag for the `lang` attributes. */
  lang: string;
}

/** The character table of one direction of a preset: `{ 'a': 'b' }` for each `a b` entry. */
function characterTable(groups: readonly (readonly (string | readonly (readonly [string, string])[])[])[] | undefined): Map<string, string> {
  const table = new Map<string, string>();
  for (const group of groups ?? []) {
    for (const dict of group) {
      // A phrase table (400 KB for Simplified → Traditional) holds no character the character
      // table lacks: skip it by its first entry rather than split it all.
      if (typeof dict === 'string' && [...dict.slice(0, dict.indexOf(' '))].length > 1) continue;
      const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string]) : dict;
      for (const [from, to] of entries) if (from && to && [...from].length === 1) table.set(from, to);
    }
  }
  return table;
}

let foreign: { simplifiedOnly: Set<string>; traditionalOnly: Set<string> } | undefined;

const EVERYDAY_IN_TRADITIONAL = ['台'];

/**
 * Characters that belong to one script only: `么` `这` are Simplified only, `這` `麼` Traditional
 * only; `了` `象` `吃` are both, and a text's own script keeps them as written.
 */
function foreignCharacters(): { simplifiedOnly: Set<string>; traditionalOnly: Set<string> } {
  if (!foreign) {
    const locale = requireOpenCC().Locale as unknown as { from: Record<string, Parameters<typeof characterTable>[0]>; to: Record<string, Parameters<typeof characterTable>[0]> };
    const toTraditional = characterTable(locale.from['cn']);
    const toSimplified = characterTable(locale.to['cn']);
    const only = (table: Map<string, string>, other: Map<string, string>): Set<string> =>
      new Set([...table].filter(([from, to]) => from !== to && !other.has(from)).map(([from]) => from));
    const simplifiedOnly = only(toTraditional, toSimplified);
    // `台` (台灣, 台電) is the everyday form in Taiwan and Hong Kong, beside the standard `臺`: a
    // Traditional text that writes it is not mixing in Simplified, and keeps it as said.
    for (const everyday of EVERYDAY_IN_TRADITIONAL) simplifiedOnly.delete(everyday);
    foreign = { simplifiedOnly, traditionalOnly: only(toSimplified, toTraditional) };
  }
  return foreign;
}

/**
 * Converts only the characters foreign to the target script, reading each in context (OpenCC's
 * phrase tables pick `頭髮` over `頭發`), and keeps every other character as the speaker's text has it.
 */
function unifyScript(converterOf: () => (text: string) => string, isForeign: Set<string>): (text: string) => string {
  // One character class of the foreign characters: most text has none, and a regular expression
  // finds them without splitting the text into an array of characters.
  const foreignClass = `[${[...isForeign].map((c) => c.replace(/[\\\]^-]/gu, '\\$&')).join('')}]`;
  const anyForeign = new RegExp(foreignClass, 'u');
  const foreignAt = new RegExp(foreignClass, 'gu');
  // The converter is built at the first foreign character: most texts have none.
  let built: ((text: string) => string) | undefined;
  const convert = (text: string): string => (built ??= converterOf())(text);
  const unifyClause = (clause: string): string => {
    const original = [...clause];
    const candidate = [...convert(clause)];
    if (candidate.length !== original.length) return original.map((c) => (isForeign.has(c) ? convert(c) : c)).join('');
    return original.map((c, i) => (isForeign.has(c) ? candidate[i]! : c)).join('');
  };
  return (text) => {
    if (!anyForeign.test(text)) return text;
    // Only the clauses that hold a foreign character are converted: OpenCC's phrases never span a
    // space or a punctuation mark, and the rest of a long paragraph need not go through it.
    let out = '';
    let done = 0;
    foreignAt.lastIndex = 0;
    for (let found = foreignAt.exec(text); found; found = foreignAt.exec(text)) {
      let start = found.index;
      while (start > done && !CLAUSE_END.test(text[start - 1]!)) start--;
      let end = found.index + found[0].length;
      while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
      out += text.slice(done, start) + unifyClause(text.slice(start, end));
      done = end;
      foreignAt.lastIndex = end;
    }
    return out + text.slice(done);
  };
}

const CLAUSE_END = /[\s\p{P}]/u;

/** The conversion for a deck whose detected language is `detectedLang`. Non-Chinese decks are left alone. */
export function chooseScript(script: Script, detectedLang: string): ScriptChoice {
  if (!detectedLang.startsWith('zh')) return { convert: (t) => t, lang: detectedLang };
  // Each choice is made once and remembers what it converted: the accounting converts the same
  // paragraphs as the notes, and the dev server converts them again after every edit.
  const key = `${script} ${detectedLang.includes('Hant') ? 'Hant' : 'Hans'}`;
  let choice = choices.get(key);
  if (!choice) {
    const { convert, lang } = scriptChoice(script, detectedLang);
    const memo = new TextMemo<string>(2_000_000);
    choice = { convert: (text) => memo.get(text, convert), lang };
    choices.set(key, choice);
  }
  return choice;
}

const choices = new Map<string, ScriptChoice>();

function scriptChoice(script: Script, detectedLang: string): ScriptChoice {
  if (script === 'original') {
    // Taiwan's standard keeps Traditional text as people write it; OpenCC's standard Traditional
    // would turn `吃` into `喫`. Only the stray characters of the other script are converted.
    const traditional = detectedLang.includes('Hant');
    const { simplifiedOnly, traditionalOnly } = foreignCharacters();
    return traditional
      ? { convert: unifyScript(() => fewTextsConverter('cn', 'tw'), simplifiedOnly), lang: 'zh-Hant' }
      : { convert: unifyScript(() => converter('t', 'cn'), traditionalOnly), lang: 'zh-Hans' };
  }
  const { to, lang } = TARGETS[script];
  // Going to Simplified, read the source as Traditional; going to a Traditional standard, read it as Simplified
  // (characters already Traditional pass through unchanged).
  return { convert: converter(to === 'cn' ? 't' : 'cn', to), lang };
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
    const chart = (map: ConversationMap): ConversationMap => ({ ...map, speakers: map.speakers.map(c), topics: map.topics.map((t) => ({ ...t, title: c(t.title) })) });
    switch (base.kind) {
      case 'title':
        return { ...base, title: c(base.title), ...(base.subtitle ? { subtitle: c(base.subtitle) } : {}), ...(base.event ? { event: c(base.event) } : {}), speakers: base.speakers.map((s) => ({ name: c(s.name), ...(s.role ? { role: c(s.role) } : {}) })) };
      case 'agenda':
        return { ...base, title: c(base.title), items: base.items.map((i) => ({ ...i, title: c(i.title) })), ...(base.map ? { map: chart(base.map) } : {}) };
      case 'section':
        return {
          ...base,
          title: c(base.title),
          speakers: base.speakers.map(c),
          ...(base.terms ? { terms: base.terms.map((k) => ({ ...k, term: c(k.term) })) } : {}),
          ...(base.shares ? { shares: base.shares.map((s) => ({ ...s, name: c(s.name) })) } : {}),
        };
      case 'quote':
        return { ...base, topicTitle: c(base.topicTitle), quote: { ...base.quote, text: c(base.quote.text), speaker: c(base.quote.speaker) }, ...(base.role ? { role: c(base.role) } : {}) };
      case 'summary':
        return { ...base, title: c(base.title), points: base.points.map(c), ...(base.overview ? { overview: chart(base.overview) } : {}) };
      case 'source':
        return { ...base, title: c(base.title), lines: base.lines.map(c) };
      case 'authored':
        return base;
    }
  });
  return { ...deck, meta: { ...deck.meta, title: c(deck.meta.title), lang: choice.lang }, slides };
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
    ...(paragraph.piece ? { piece: paragraph.piece } : {}),
  };
}
