import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { isMap, isScalar, isSeq, parseDocument } from '../yaml.ts';
import type { CleanText, Result, Transcript } from '../types.ts';
import { assemble, type Stretch, TranscriptBuilder } from './builder.ts';
import { answersAfterTalk, LabelledWalk, speakerOfTitle } from './labelled.ts';
import { type Label, looksLikeName, qaKind, readLabel, readStamp } from './labels.ts';
import { readDiarizedLabel } from './diarized.ts';
import { readOtterHeader } from './otter.ts';
import { applyAliases } from './speakers.ts';
import { seconds, TIME } from './timed.ts';

/*
 * Transcripts written in Markdown: an optional front matter block (`---` YAML: `title`, `date`,
 * `media`, `speakers` with their roles), `#`…`######` headings that open topics, and speakers
 * labelled `**Name:** text`, `**Name**: text`, `Name: text`, or by a heading of their own
 * (`### Name：`) above what they said; a time stamp beside the label or at a line start
 * (`**Name** [00:12:03]`, `\[12:03\]`) is the paragraph's time.
 *
 * marked's lexer finds the blocks and headings; the transcript is only read, never rendered. The
 * structure (front matter, headings, the speaker label, list and quote markers at line starts) is
 * left out of what was said, and nothing else: a paragraph's text is what the file says, link URLs,
 * `*emphasis*` and raw HTML included (they are escaped wherever they are shown). Only character
 * references (`it&#39;s`) are read as the characters they stand for.
 */

export const MARKDOWN = 'markdown';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(\S.*)$/u;
// An underscore (`SPEAKER_00`) is part of the name unless the label is wrapped in `__`.
const BOLD_LABEL_INSIDE = /^(\*\*|__)[ \t]*((?:(?!\1)[^*\n]){1,60}?)[ \t]*([:：])[ \t]*\1[ \t]*/u;
const BOLD_LABEL_OUTSIDE = /^(\*\*|__)[ \t]*((?:(?!\1)[^*\n]){1,60}?)[ \t]*\1[ \t]*([:：])[ \t]*/u;
/** `**问：为什么？**`: a whole paragraph in bold with its label inside; the bold is structure. */
const BOLD_WRAPPED = /^(\*\*|__)[ \t]*([^*_\n:：]{1,60}?)[ \t]*[:：][ \t]*(\S.*?)[ \t]*\1[ \t]*$/u;
/** `**Name** [00:12:03]`: a bold name and a bracketed time, no colon. */
const BOLD_NAME_STAMP = /^(\*\*|__)[ \t]*([^*_\n:：]{1,60}?)[ \t]*\1[ \t]+(?=\\?\[|\()/u;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/u;
const QUOTE_MARKER = /^[ \t]*(?:>[ \t]?)+/u;
const FENCE = /^[ \t]*(?:```|~~~)/u;

export function detectMarkdown(text: string): number {
  const frontMatter = FRONT_MATTER.test(text);
  let headings = 0;
  let headingLabels = 0;
  let boldLabels = 0;
  let plainLabels = 0;
  let fenced = false;
  for (const raw of text.split('\n', 2000)) {
    if (FENCE.test(raw)) fenced = !fenced;
    if (fenced) continue;
    const line = raw.replace(LIST_MARKER, '').replace(QUOTE_MARKER, '');
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const label = readLabel(heading[2]!.replace(/[*_]/gu, '').trim());
      if (label?.kind === 'speaker' && label.text.trim() === '') headingLabels++;
      else headings++;
      continue;
    }
    if (BOLD_LABEL_INSIDE.test(line) || BOLD_LABEL_OUTSIDE.test(line) || boldNameWithStamp(line)) boldLabels++;
    else if (readLabel(line.trim())?.kind === 'speaker' || timedLabel(line.trim())) plainLabels++;
  }
  const labelled = boldLabels >= 2 || headingLabels >= 2;
  // Only this reader reads front matter: labelled turns under it are Markdown's, whatever their style.
  if (frontMatter && (labelled || plainLabels >= 2)) return 1.05;
  if (labelled) return 0.92;
  // Headings over `Name: text` lines are that format's topic marks: only front matter makes them Markdown.
  if (frontMatter && plainLabels >= 2) return 0.92;
  if (frontMatter) return 0.6;
  if (headings >= 2) return 0.5;
  return headings === 1 ? 0.1 : 0;
}

/** What a stretch of the document is, before the walk decides where it goes. */
type Item =
  | { kind: 'heading'; depth: number; title: string; start: number; end: number }
  | { kind: 'speaker'; name: string; labelStart: number; labelEnd: number; said: Stretch[]; time?: number; bare?: boolean }
  | { kind: 'meta'; word: string; start: number; text: string }
  | { kind: 'topic'; title: string; start: number; end: number }
  | { kind: 'text'; said: Stretch[]; time?: number };

interface FrontMatter {
  aliases: Record<string, string>;
  names: Set<string>;
  /** Roles by the name shown (after aliases). */
  roles: Map<string, string>;
  title?: string;
  date?: string;
  media?: string;
}

export function parseMarkdown(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, MARKDOWN);
  const text = clean.text;
  let offset = 0;
  let front: FrontMatter = { aliases: {}, names: new Set(), roles: new Map() };
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    front = readFrontMatter(builder, fm[1]!, fm[0].indexOf('\n') + 1, fm[0].length);
    offset = fm[0].length;
  }
  const items = readBlocks(builder, text, offset, front.names);
  const title = markDocumentTitle(builder, items) ?? front.title;
  leadLabels(items, text);
  oneWayOfLabelling(items, text, front.names);
  markQaRoles(builder, items);

  const talkSpeaker = front.names.size === 1 ? [...front.names][0]! : title === undefined ? undefined : speakerOfTitle(title);
  const walk = new LabelledWalk(builder, items.some((item) => item.kind === 'speaker'), { ...(talkSpeaker ? { talkSpeaker } : {}), textLength: text.length - offset });
  for (const item of items) {
    switch (item.kind) {
      case 'heading':
      case 'topic':
        walk.topic(item.title, item.start, item.end);
        break;
      case 'speaker': {
        const said = assemble(item.said);
        const extra = { ...(said.pieces ? { pieces: said.pieces } : {}), ...(item.time !== undefined ? { time: { start: item.time } } : {}) };
        walk.speaker(item.name, item.labelStart, item.labelEnd, said.text.trim() === '' ? undefined : { start: said.start, text: said.text, extra });
        break;
      }
      case 'meta':
        walk.editorial(item.word, item.start, item.text);
        break;
      case 'text': {
        const said = assemble(item.said);
        if (said.text.trim() !== '') walk.text(said.start, said.text, { ...(said.pieces ? { pieces: said.pieces } : {}), ...(item.time !== undefined ? { time: { start: item.time } } : {}) });
        break;
      }
    }
  }
  walk.finish();
  const built = answersAfterTalk(builder, builder.build(), walk.talk);
  const aliased = Object.keys(front.aliases).length === 0 ? built : applyAliases(built, front.aliases);
  const transcript: Transcript = {
    ...aliased,
    speakers: aliased.speakers.map((speaker) => (front.roles.has(speaker.name) ? { ...speaker, role: front.roles.get(speaker.name)! } : speaker)),
    ...(front.date ? { date: front.date } : {}),
    ...(front.media ? { media: front.media } : {}),
  };
  return builder.reporter.result(transcript);
}

/** Role labels of a Q&A (`问`/`答`, `Q`/`A`) mark the asker as host and the answerer as featured, as in the qa reader. */
function markQaRoles(builder: TranscriptBuilder, items: readonly Item[]): void {
  const names = new Set(items.flatMap((item) => (item.kind === 'speaker' ? [item.name] : [])));
  const kinds = [...names].map((name) => [name, qaKind(name)] as const);
  if (!kinds.some(([, kind]) => kind === 'host') || !kinds.some(([, kind]) => kind === 'featured')) return;
  for (const [name, kind] of kinds) if (kind) builder.setKind(name, kind);
}

/**
 * The front matter: `title:`, `date:`, `media:`, and `speakers:` as a list of names (labels to
 * trust) or of `{ name, role }`, or a map of label → full name or → `{ name, role }`.
 */
function readFrontMatter(builder: TranscriptBuilder, yaml: string, start: number, end: number): FrontMatter {
  const result: FrontMatter = { aliases: {}, names: new Set(), roles: new Map() };
  const document = parseDocument(yaml, { prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const at = start + Math.max(0, Math.min(yaml.length, error.pos[0]));
    builder.reporter.warn('front-matter', builder.span(at, Math.min(end, at + 1)), `Unexpected YAML in the front matter: ${error.message.split('\n')[0]}`, 'Fix the block between the `---` lines; it is left out of the transcript either way.');
    return result;
  }
  // Read the nodes rather than `toJS()`: aliases are not expanded, so no input can make this blow up.
  const text = (node: unknown): string | undefined => (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value).trim() || undefined : undefined);
  const field = (key: string): string | undefined => (isMap(document.contents) ? text(document.contents.get(key, true)) : undefined);
  const speakers = isMap(document.contents) ? document.contents.get('speakers', true) : undefined;
  const title = field('title');
  if (title) {
    builder.setTitle(title);
    result.title = title;
  }
  const date = field('date');
  const media = field('media');
  if (date) result.date = date;
  if (media) result.media = media;
  const role = (node: unknown, name: string): void => {
    const value = isMap(node) ? text(node.get('role', true)) : undefined;
    if (value) result.roles.set(name, value);
  };
  if (isSeq(speakers)) {
    for (const entry of speakers.items) {
      const name = text(entry) ?? (isMap(entry) ? text(entry.get('name', true)) : undefined);
      if (!name) continue;
      result.names.add(name);
      role(entry, name);
    }
  } else if (isMap(speakers)) {
    for (const pair of speakers.items) {
      const label = text(pair.key);
      if (!label) continue;
      result.names.add(label);
      const name = text(pair.value) ?? (isMap(pair.value) ? text(pair.value.get('name', true)) : undefined);
      if (name && name !== label) result.aliases[label] = name;
      role(pair.value, name ?? label);
    }
  }
  builder.reporter.info('front-matter', builder.span(0, end), 'Read the front matter block as metadata, not as part of the transcript', Object.keys(result.aliases).length > 0 ? 'Its `speakers:` map renames the labels it lists.' : undefined);
  return result;
}

/** A one-off `Label: text` in the header above the dialogue is part of the lead, as in name-colon. */
/**
 * A page keeps to one way of naming its speakers: `答：text` on the line, or `答：` alone above it.
 * A label used once in the other way (`看源码：` over a code listing in an answer) is the answer
 * going on, not a new speaker, unless the front matter names it.
 */
function oneWayOfLabelling(items: Item[], text: string, names: ReadonlySet<string>): void {
  const speakers = items.filter((item): item is Extract<Item, { kind: 'speaker' }> => item.kind === 'speaker' && item.labelEnd > item.labelStart);
  const counts = new Map<string, number>();
  for (const item of speakers) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
  const recurring = speakers.filter((item) => counts.get(item.name)! >= 2);
  const bareShare = recurring.filter((item) => item.bare).length / Math.max(1, recurring.length);
  const odd = (item: Extract<Item, { kind: 'speaker' }>): boolean => recurring.length >= 4 && counts.get(item.name) === 1 && !names.has(item.name) && (bareShare <= 0.1 ? item.bare === true : bareShare >= 0.9 ? !item.bare : false);
  // `答：` alone, then `看源码：` alone: a label with nothing said under it is followed by its speech.
  const saysNothing = (item: Item | undefined): boolean => item?.kind === 'speaker' && item.bare === true && item.said.every((s) => s.text.trim() === '');
  items.forEach((item, index) => {
    if (item.kind !== 'speaker' || !(odd(item) || (item.bare && counts.get(item.name) === 1 && !names.has(item.name) && saysNothing(items[index - 1])))) return;
    items[index] = { kind: 'text', said: [{ start: item.labelStart, text: text.slice(item.labelStart, item.labelEnd).trimEnd() }, ...item.said] };
  });
}

function leadLabels(items: Item[], text: string): void {
  const counts = new Map<string, number>();
  for (const item of items) if (item.kind === 'speaker') counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
  const firstRegular = items.findIndex((item) => item.kind === 'speaker' && counts.get(item.name)! >= 2);
  let unlabelledBelow = false;
  for (let i = firstRegular - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.kind === 'speaker' && counts.get(item.name) === 1 && unlabelledBelow) {
      items[i] = { kind: 'text', said: [{ start: item.labelStart, text: text.slice(item.labelStart, item.labelEnd) }, ...item.said] };
    } else if (item.kind === 'speaker') unlabelledBelow = false;
    else if (item.kind === 'text' || item.kind === 'meta') unlabelledBelow = true;
  }
}

/** A lone `# Title` before anyone speaks names the document, not a topic. */
function markDocumentTitle(builder: TranscriptBuilder, items: Item[]): string | undefined {
  const headings = items.filter((item): item is Extract<Item, { kind: 'heading' }> => item.kind === 'heading');
  const first = headings[0];
  if (!first || first.depth !== 1 || headings.filter((h) => h.depth === 1).length !== 1) return undefined;
  const index = items.indexOf(first);
  if (items.slice(0, index).some((item) => item.kind === 'speaker')) return undefined;
  items.splice(index, 1);
  if (!builder.hasTitle) builder.setTitle(first.title);
  builder.reporter.info('document-title', builder.span(first.start, first.end), `Read \`# ${first.title}\` as the title of the document, not as a topic`, 'Use `##` headings for topics.');
  return first.title;
}

function readBlocks(builder: TranscriptBuilder, text: string, from: number, names: ReadonlySet<string>): Item[] {
  const items: Item[] = [];
  let offset = from;
  const tokens = Lexer.lex(text.slice(from), { gfm: true });
  for (const token of tokens) {
    let at = text.startsWith(token.raw, offset) ? offset : text.indexOf(token.raw, offset);
    if (at < 0) {
      // The lexer changed the text (it should not): read the rest line by line rather than lose it.
      readLines(items, text.slice(offset), offset, names, 'plain');
      return items;
    }
    if (at > offset) readLines(items, text.slice(offset, at), offset, names, 'plain');
    readToken(builder, items, token, at, names);
    offset = at + token.raw.length;
  }
  if (offset < text.length) readLines(items, text.slice(offset), offset, names, 'plain');
  return items;
}

function readToken(builder: TranscriptBuilder, items: Item[], token: Token, at: number, names: ReadonlySet<string>): void {
  switch (token.type) {
    case 'space':
    case 'hr':
      return;
    case 'heading': {
      const heading = token as Tokens.Heading;
      const firstLine = heading.raw.split('\n')[0]!;
      const atx = /^ {0,3}#{1,6}[ \t]+/u.exec(firstLine);
      const textStart = atx ? at + atx[0].length : at;
      const textRaw = atx ? firstLine.slice(atx[0].length).replace(/[ \t]+#+[ \t]*$/u, '').trimEnd() : firstLine.trimEnd();
      const title = assemble(plainStretches(textRaw, textStart)).text.trim();
      const label = readLabel(title);
      // `### Q5:` numbers a question the page goes on to answer: a topic, where `### 主持人：` is a speaker.
      if (label?.kind === 'speaker' && label.text.trim() === '' && !/^Q\d+$/iu.test(label.name)) {
        items.push({ kind: 'speaker', name: label.name, labelStart: at, labelEnd: textStart + textRaw.length, said: [] });
        return;
      }
      items.push({ kind: 'heading', depth: heading.depth, title, start: textStart, end: textStart + textRaw.length });
      return;
    }
    case 'code':
      readLines(items, token.raw, at, names, 'code');
      return;
    case 'html': {
      if (/^\s*<!--[\s\S]*-->\s*$/u.test(token.raw)) {
        builder.reporter.info('markdown-comment', builder.span(at, at + token.raw.trimEnd().length), 'Left out an HTML comment: it is not part of what was said');
        return;
      }
      readLines(items, token.raw, at, names, 'code');
      return;
    }
    case 'list':
      readLines(items, token.raw, at, names, 'list');
      return;
    case 'blockquote':
      readLines(items, token.raw, at, names, 'quote');
      return;
    case 'table':
      readLines(items, token.raw, at, names, 'code');
      return;
    default:
      readLines(items, token.raw, at, names, 'plain');
  }
}

/**
 * Reads the lines of one block: a line with a label starts a new item, a line without one continues
 * the item before it within the block (a wrapped paragraph), and a new block starts a new item.
 */
function readLines(items: Item[], raw: string, at: number, names: ReadonlySet<string>, mode: 'plain' | 'list' | 'quote' | 'code'): void {
  let current: Item | undefined;
  let lineStart = 0;
  for (const line of raw.split('\n')) {
    const start = at + lineStart;
    lineStart += line.length + 1;
    if (mode === 'code' && FENCE.test(line)) continue;
    const marker = mode === 'list' ? LIST_MARKER.exec(line) : mode === 'quote' ? QUOTE_MARKER.exec(line) : null;
    const indent = marker ? marker[0].length : line.length - line.trimStart().length;
    const body = line.slice(indent).trimEnd();
    if (body === '') {
      current = undefined;
      continue;
    }
    const bodyStart = start + indent;
    if (mode === 'code') {
      items.push({ kind: 'text', said: [{ start: bodyStart, text: body }] });
      continue;
    }
    const onlyTime = TIME_ONLY.exec(body);
    const previous = onlyTime ? [...items].reverse().find((item) => item.kind === 'speaker') : undefined;
    if (onlyTime && previous?.kind === 'speaker') {
      // `(00:20):` alone: the same speaker goes on, from that time.
      const time = seconds(onlyTime[1]!);
      items.push((current = { kind: 'speaker', name: previous.name, labelStart: bodyStart, labelEnd: bodyStart + body.length, said: [], ...(time !== undefined ? { time } : {}) }));
      continue;
    }
    const stamp = /^[\\[(]/u.test(body) ? readStamp(body) : undefined;
    if (stamp && stamp.length < body.length) {
      // `[12:03] text`, `\[12:03\] text`: the same speaker goes on, from that time, in a new paragraph.
      items.push((current = { kind: 'text', said: inlineStretches(body.slice(stamp.length), bodyStart + stamp.length), time: stamp.time }));
      continue;
    }
    // `1. 高频创建新连接：…`: a numbered item's `Term：` is a definition in an answer, not a speaker.
    const numbered = marker !== null && /\d[.)]/u.test(marker[0]);
    const label = numbered ? undefined : markdownLabel(body, names);
    if (label) {
      const saidRaw = label.text;
      const saidStart = bodyStart + label.textStart;
      if (label.kind === 'speaker') current = { kind: 'speaker', name: label.name, labelStart: bodyStart, labelEnd: saidStart, said: inlineStretches(saidRaw, saidStart), ...(label.time !== undefined ? { time: label.time } : {}), ...(saidRaw.trim() === '' ? { bare: true } : {}) };
      else if (label.kind === 'topic') {
        const title = assemble(plainStretches(saidRaw, saidStart)).text.trim() || label.name;
        items.push({ kind: 'topic', title, start: saidRaw.trim() ? saidStart : bodyStart, end: bodyStart + body.length });
        current = undefined;
        continue;
      } else current = { kind: 'meta', word: label.name, start: bodyStart, text: body };
      items.push(current);
      continue;
    }
    // A list item or a new `>` line with a marker is its own paragraph.
    if (marker && mode === 'list') current = undefined;
    const said = inlineStretches(body, bodyStart);
    if (current && (current.kind === 'speaker' || current.kind === 'text')) {
      // A wrapped line joins the paragraph with a space (or nothing, between Chinese characters).
      current.said.push(...said.map((s, i) => (i === 0 ? { start: s.start, text: s.text } : s)));
    } else {
      items.push((current = { kind: 'text', said }));
    }
  }
}

/**
 * A speaker line with a time, as machine transcripts pasted into Markdown pages have them:
 * `Name (00:02):`, `[Speaker 1] [12:03]`, Otter's `**Name**  0:33`.
 */
function timedLabel(line: string): (Label & { time: number }) | undefined {
  const timed = readOtterHeader(line) ?? readDiarizedLabel(line);
  return timed ? { kind: 'speaker', name: timed.name, textStart: timed.textStart, text: timed.text, time: timed.time } : undefined;
}

const TIME_ONLY = new RegExp(String.raw`^[\[(]?(${TIME})[\])]?[ \t]*[:：]?$`, 'u');

/** `**Name:** text`, `**Name**: text`, `Name: text`, or a {@link timedLabel}. */
function markdownLabel(line: string, names: ReadonlySet<string>): (Label & { time?: number }) | undefined {
  const timed = timedLabel(line);
  if (timed) return timed;
  const wrapped = BOLD_WRAPPED.exec(line);
  if (wrapped && !wrapped[3]!.includes(wrapped[1]!)) {
    const label = readLabel(`${wrapped[2]!.trim()}: ${wrapped[3]}`);
    const textStart = line.indexOf(wrapped[3]!, wrapped[1]!.length + wrapped[2]!.length);
    if (label && label.kind !== 'meta') return { ...label, textStart: textStart + (wrapped[3]!.length - label.text.length), text: label.text };
  }
  const bold = BOLD_LABEL_INSIDE.exec(line) ?? BOLD_LABEL_OUTSIDE.exec(line) ?? boldNameWithStamp(line);
  if (bold) {
    // `**[00:01] SPEAKER_00:**`: Deepgram's and WhisperX's pages put the time first, inside the bold.
    const lead = readStamp(bold[2]!.trim());
    const name = lead ? bold[2]!.trim().slice(lead.length).trim() : bold[2]!.trim();
    const label = readLabel(`${name}:`);
    const stamp = readStamp(line.slice(bold[0].length));
    const textStart = bold[0].length + (stamp?.length ?? 0);
    const timed = stamp ? { time: stamp.time } : lead ? { time: lead.time } : label?.time !== undefined ? { time: label.time } : {};
    if (label && label.kind !== 'speaker') return { ...label, textStart, text: line.slice(textStart) };
    if (label || names.has(name) || looksLikeName(name)) return { kind: 'speaker', name: label?.name ?? name, textStart, text: line.slice(textStart), ...timed };
    return undefined;
  }
  const plain = readLabel(line);
  if (plain) return plain;
  // A name listed in the front matter is a speaker even when it does not look like one.
  const colon = /^([^:：\n]{1,60}?)[ \t]*[:：][ \t]*/u.exec(line);
  if (colon && names.has(colon[1]!.trim())) return { kind: 'speaker', name: colon[1]!.trim(), textStart: colon[0].length, text: line.slice(colon[0].length) };
  return undefined;
}

/** `**Name** [00:12:03]`, as a match shaped like the bold labels' (the name in group 2). */
function boldNameWithStamp(line: string): RegExpExecArray | null {
  const match = BOLD_NAME_STAMP.exec(line);
  return match && readStamp(line.slice(match[0].length)) ? match : null;
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gu;

/**
 * Markdown text with its character references (`you&#39;re`, `&quot;`) read as the characters
 * they stand for, as a Markdown renderer would show them; each reference is a stretch of its own,
 * so positions inside the paragraph still point into the file. Decoding is the `entities`
 * package's (the HTML standard's table).
 */
function pushDecoded(out: Stretch[], start: number, text: string): void {
  let cursor = 0;
  for (const match of text.matchAll(ENTITY)) {
    const decoded = decodeHTML(match[0]);
    if (decoded === match[0]) continue;
    if (match.index > cursor) out.push({ start: start + cursor, text: text.slice(cursor, match.index), join: '' });
    out.push({ start: start + match.index, text: decoded, join: '' });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) out.push({ start: start + cursor, text: text.slice(cursor), join: '' });
}

/**
 * What was said on a line of Markdown, as stretches of the clean text: the line as written, links,
 * emphasis and HTML included, with only its character references read as characters.
 */
export function inlineStretches(raw: string, base: number): Stretch[] {
  const out: Stretch[] = [];
  pushDecoded(out, base, raw);
  return out;
}

/** A heading's text with its inline markup left out (`## **Costs**` → `Costs`): a topic title, not what was said. */
function plainStretches(raw: string, base: number): Stretch[] {
  const out: Stretch[] = [];
  walkInline(Lexer.lexInline(raw, { gfm: true }), raw, 0, base, out);
  return out;
}

function walkInline(tokens: readonly Token[], raw: string, from: number, base: number, out: Stretch[]): void {
  let cursor = from;
  for (const token of tokens) {
    const found = raw.indexOf(token.raw, cursor);
    const at = found < 0 ? cursor : found;
    const push = (start: number, text: string): void => {
      if (text.length > 0) pushDecoded(out, base + start, text);
    };
    switch (token.type) {
      case 'text': {
        const children = (token as Tokens.Text).tokens;
        if (children && children.length > 0) walkInline(children, raw, at, base, out);
        else push(at, token.raw);
        break;
      }
      case 'escape':
        push(at + token.raw.length - (token as Tokens.Escape).text.length, (token as Tokens.Escape).text);
        break;
      case 'codespan': {
        const inner = (token as Tokens.Codespan).text;
        const index = token.raw.indexOf(inner);
        push(at + Math.max(0, index), index < 0 ? token.raw : inner);
        break;
      }
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        walkInline((token as Tokens.Strong).tokens ?? [], raw, at, base, out);
        break;
      case 'image':
      case 'html':
      case 'br':
        break;
      default:
        push(at, token.raw);
    }
    cursor = at + token.raw.length;
  }
}
