import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { answersAfterTalk, LabelledWalk, speakerOfTitle } from './labelled.ts';
import { readAozoraHeading } from './aozora.ts';
import { type Label, readBracketLabel, readDialogueLine, readLabel, readStamp, shoutedName } from './labels.ts';
import { keepToOneWayOfLabelling, type LabelledLines, RULE, shoutedHeadings, shoutedLabels, titlesBelowLabels } from './label-rules.ts';
import { splitLines, type TextLine, trimLine } from './lines.ts';

/*
 * Podcast pages and interview write-ups: `Name: text` or `Name：text` lines, unlabelled lines that
 * continue the speaker, `Topic:` / `主題：` lines, `## Heading` lines and `> (第一題：…)` section
 * lines that open topics, time stamps (`Name (12:03):`, `[12:03]` at a line start) that time the
 * paragraph, an introduction before the first speaker and credits after the last. Every line's text
 * is kept as written: a `*` or a `[link](…)` in a podcast page is what the page says.
 */

export const NAME_COLON = 'name-colon';

/** Labels of the lines of a text (at most the first 2000 lines): how detection sees it. */
export function labelStats(text: string): { lines: number; speakerLines: number; names: Map<string, number>; topicLines: number } {
  const names = new Map<string, number>();
  const shoutedNames = new Map<string, number>();
  let lines = 0;
  let speakerLines = 0;
  let topicLines = 0;
  let previous = '';
  const printed = printedLabels(text.split('\n', 2000).map((raw) => raw.trim()));
  for (const raw of text.split('\n', 2000)) {
    const line = raw.trim();
    const afterBreak = previous === '' || RULE.test(previous);
    previous = line;
    if (line === '') continue;
    lines++;
    const label = printed(line) ?? readLabel(line);
    // `Name (00:12):` lines are a machine transcript's (diarized), not a podcast page's.
    if (label?.time !== undefined) continue;
    if (label?.kind === 'speaker' && label.text.trim() !== '') {
      speakerLines++;
      names.set(label.name, (names.get(label.name) ?? 0) + 1);
    } else if (label?.kind === 'speaker') {
      // A bare `Name:` line counts as a label only when the name is a name's length.
      if (label.name.length <= 60) {
        speakerLines++;
        names.set(label.name, (names.get(label.name) ?? 0) + 1);
      }
    } else if (label?.kind === 'topic') topicLines++;
    else if (!label && afterBreak) {
      const shouted = shoutedName(line);
      if (shouted) shoutedNames.set(shouted, (shoutedNames.get(shouted) ?? 0) + 1);
    }
  }
  if (shoutedLabels(shoutedNames)) {
    for (const [name, count] of shoutedNames) {
      names.set(name, (names.get(name) ?? 0) + count);
      speakerLines += count;
    }
  }
  return { lines, speakerLines, names, topicLines };
}

/** Lines a dialogue name needs before it counts as a speaker's (and two names must have them). */
const DIALOGUE_LINES = 3;

/**
 * Japanese print's labels, judged over the whole text, since one such line is a weak sign: a
 * `Name　text` dialogue name when two names or more recur on {@link DIALOGUE_LINES} lines each, a
 * `〈Name〉` or `（Name）` label when it recurs, or when the text has two of them and no other labels;
 * one standing alone before another label heads nothing, and is a stage note (`（進行投票）`).
 */
function printedLabels(lines: readonly string[]): (line: string) => Label | undefined {
  const dialogue = new Map<string, number>();
  const bracket = new Map<string, number>();
  const stageNotes = new Set<string>();
  let colonLabels = 0;
  let bareBracket: string | undefined;
  for (const line of lines) {
    if (line === '') continue;
    const spoken = readDialogueLine(line);
    if (spoken) dialogue.set(spoken.name, (dialogue.get(spoken.name) ?? 0) + 1);
    const bracketed = readBracketLabel(line);
    if (bracketed) bracket.set(bracketed.name, (bracket.get(bracketed.name) ?? 0) + 1);
    const colon = !spoken && !bracketed && readLabel(line)?.kind === 'speaker';
    if (colon) colonLabels++;
    if (bareBracket !== undefined && (spoken || bracketed || colon)) stageNotes.add(bareBracket);
    bareBracket = bracketed && bracketed.text.trim() === '' ? bracketed.name : undefined;
  }
  for (const name of stageNotes) bracket.delete(name);
  const recurring = [...dialogue].filter(([, count]) => count >= DIALOGUE_LINES).map(([name]) => name);
  const dialogueNames = new Set(recurring.length >= 2 ? recurring : []);
  const onlyBrackets = colonLabels === 0 && dialogueNames.size === 0 && bracket.size >= 2;
  const bracketNames = new Set([...bracket].filter(([, count]) => count >= 2 || onlyBrackets).map(([name]) => name));
  return (line) => {
    const spoken = readDialogueLine(line);
    if (spoken && dialogueNames.has(spoken.name)) return spoken;
    const bracketed = readBracketLabel(line);
    return bracketed && bracketNames.has(bracketed.name) ? bracketed : undefined;
  };
}

export function detectNameColon(text: string): number {
  const { lines, speakerLines, names } = labelStats(text);
  if (speakerLines < 2 || lines === 0) return 0;
  const repeated = [...names.values()].filter((n) => n >= 2).length;
  if (repeated === 0) return 0.05;
  const ratio = speakerLines / lines;
  let score = 0.3 + 0.6 * Math.min(1, ratio / 0.3);
  // Dozens of different "names" are more likely colons in prose than a cast.
  if (names.size > 30 && names.size > speakerLines / 3) score *= 0.5;
  return Math.min(0.9, score);
}

const ATX_HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;
const QUOTE_MARKER = /^(?:>[ \t]?)+/u;

/** What a line is besides a label: a heading, a section line, a line opened by a time stamp. */
type LineMark = { kind: 'heading'; depth: number; title: string; titleStart: number } | { kind: 'stamp'; time: number; textStart: number };

/** `## Title`, `> (第一題：…)` or `[12:03] text`, read before labels are. */
function lineMark(text: string): LineMark | undefined {
  const noted = readAozoraHeading(text);
  if (noted) return { kind: 'heading', depth: 0, ...noted };
  const heading = ATX_HEADING.exec(text);
  if (heading && heading[2]!.trim() !== '') return { kind: 'heading', depth: heading[1]!.length, title: heading[2]!.trim(), titleStart: text.indexOf(heading[2]!.trim(), heading[1]!.length) };
  const quote = QUOTE_MARKER.exec(text)?.[0].length ?? 0;
  const section = quote > 0 ? readLabel(text.slice(quote)) : undefined;
  if (section?.kind === 'topic' && section.text.trim() !== '') {
    const title = section.text.trim();
    return { kind: 'heading', depth: 0, title, titleStart: quote + section.textStart };
  }
  const stamp = /^[\\[(]/u.test(text) ? readStamp(text) : undefined;
  if (stamp && stamp.length < text.length) return { kind: 'stamp', time: stamp.time, textStart: stamp.length };
  return undefined;
}

/**
 * Walks `Name: text` lines; `classify` lets the Q&A reader read its own labels. Returns the speaker
 * of a talk read before the labelled part, if there was one.
 */
export function walkLabelledLines(builder: TranscriptBuilder, clean: CleanText, classify: (line: string) => Label | undefined = readLabel): { talk?: string } {
  const lines = splitLines(clean.text).map(trimLine);
  const marks = lines.map((line) => (line.text === '' ? undefined : lineMark(line.text)));
  const printed = printedLabels(lines.map((line) => line.text));
  const labels = lines.map((line, index) => (line.text === '' || marks[index] ? undefined : (printed(line.text) ?? classify(line.text))));
  const read: LabelledLines = { lines, marked: (index) => marks[index] !== undefined, labels, source: clean.text };
  const headings = shoutedHeadings(read);
  const title = documentTitle(builder, lines, marks, labels);
  keepToOneWayOfLabelling(read, headings);
  const walk = new LabelledWalk(builder, labels.some((label) => label?.kind === 'speaker'), { ...talkOptions(title, labels), textLength: clean.text.length });
  const { titleBelow, consumed } = titlesBelowLabels(read);
  lines.forEach((line, index) => {
    if (consumed.has(index)) return;
    const below = titleBelow.get(index);
    if (below) return walk.topic(below.title, below.start, below.end);
    feedLine(walk, builder, line, labels[index], marks[index]);
  });
  walk.finish();
  return walk.talk ? { talk: walk.talk } : {};
}

/** A lone `# Title` before anyone speaks names the document, as in Markdown. */
function documentTitle(builder: TranscriptBuilder, lines: TextLine[], marks: Array<LineMark | undefined>, labels: Array<Label | undefined>): string | undefined {
  const tops = marks.flatMap((mark, index) => (mark?.kind === 'heading' && mark.depth === 1 ? [index] : []));
  if (tops.length !== 1) return undefined;
  const index = tops[0]!;
  if (labels.slice(0, index).some((label) => label?.kind === 'speaker')) return undefined;
  const mark = marks[index] as Extract<LineMark, { kind: 'heading' }>;
  const line = lines[index]!;
  marks[index] = undefined;
  lines[index] = { text: '', start: line.start };
  if (!builder.hasTitle) builder.setTitle(mark.title);
  builder.reporter.info('document-title', builder.span(line.start + mark.titleStart, line.start + mark.titleStart + mark.title.length), `Read \`# ${mark.title}\` as the title of the document, not as a topic`, 'Use `##` headings for topics.');
  return mark.title;
}

/**
 * Who gives a talk before the labelled part: the speaker the title names, or else one whose first
 * label says they speak again (`（浅沼委員長ふたたび）`), who must have spoken before it unlabelled.
 */
function talkOptions(title: string | undefined, labels: ReadonlyArray<Label | undefined>): { talkSpeaker?: string } {
  const speaker = title === undefined ? undefined : speakerOfTitle(title);
  if (speaker) return { talkSpeaker: speaker };
  const seen = new Set<string>();
  for (const label of labels) {
    if (label?.kind !== 'speaker') continue;
    if (label.resumes && !seen.has(label.name)) return { talkSpeaker: label.name };
    seen.add(label.name);
  }
  return {};
}

function feedLine(walk: LabelledWalk, builder: TranscriptBuilder, line: TextLine, label: Label | undefined, mark: LineMark | undefined): void {
  if (line.text === '') return;
  const end = line.start + line.text.length;
  if (RULE.test(line.text)) return;
  if (mark?.kind === 'heading') return walk.topic(mark.title, line.start + mark.titleStart, line.start + mark.titleStart + mark.title.length);
  if (mark?.kind === 'stamp') return walk.text(line.start + mark.textStart, line.text.slice(mark.textStart), { time: { start: mark.time } });
  if (!label) return walk.text(line.start, line.text);
  const textStart = line.start + label.textStart;
  const said = label.text.trimEnd();
  switch (label.kind) {
    case 'topic': {
      const title = said.trim();
      if (title === '') {
        builder.reporter.warn('empty-topic-title', builder.span(line.start, end), `Unexpected empty topic title, expected text after \`${label.name}:\``, 'Write the topic after the colon.');
      }
      return walk.topic(title || label.name, title ? textStart : line.start, title ? textStart + title.length : end);
    }
    case 'meta':
      return walk.editorial(label.name, line.start, line.text);
    case 'speaker':
      return walk.speaker(label.name, line.start, textStart, { start: textStart, text: said, ...(label.time !== undefined ? { extra: { time: { start: label.time } } } : {}) });
  }
}

export function parseNameColon(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, NAME_COLON);
  const { talk } = walkLabelledLines(builder, clean);
  return builder.reporter.result(answersAfterTalk(builder, builder.build(), talk));
}
