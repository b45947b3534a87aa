import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { LabelledWalk } from './labelled.ts';
import { type Label, readLabel } from './labels.ts';
import { splitLines, type TextLine, trimLine } from './lines.ts';

/*
 * Podcast pages and interview write-ups: `Name: text` or `Name：text` lines, unlabelled lines that
 * continue the speaker, `Topic:` / `主題：` lines that open topics, an introduction before the first
 * speaker and credits after the last.
 */

export const NAME_COLON = 'name-colon';

/** Labels of the lines of a text (at most the first 2000 lines): how detection sees it. */
export function labelStats(text: string): { lines: number; speakerLines: number; names: Map<string, number>; topicLines: number } {
  const names = new Map<string, number>();
  let lines = 0;
  let speakerLines = 0;
  let topicLines = 0;
  for (const raw of text.split('\n', 2000)) {
    const line = raw.trim();
    if (line === '') continue;
    lines++;
    const label = readLabel(line);
    if (label?.kind === 'speaker' && label.text.trim() !== '') {
      speakerLines++;
      names.set(label.name, (names.get(label.name) ?? 0) + 1);
    } else if (label?.kind === 'speaker') {
      // A bare `Name:` line counts as a label only when the name is short.
      if (label.name.length <= 24) {
        speakerLines++;
        names.set(label.name, (names.get(label.name) ?? 0) + 1);
      }
    } else if (label?.kind === 'topic') topicLines++;
  }
  return { lines, speakerLines, names, topicLines };
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

/** Walks `Name: text` lines; `classify` lets the Q&A reader read its own labels. */
export function walkLabelledLines(builder: TranscriptBuilder, clean: CleanText, classify: (line: string) => Label | undefined = readLabel): void {
  const lines = splitLines(clean.text).map(trimLine);
  const labels = lines.map((line) => (line.text === '' ? undefined : classify(line.text)));
  // A one-off `Title: subtitle` line in the header above the dialogue is part of the lead: a label
  // used once, with unlabelled lines between it and the first speaker who speaks again.
  const counts = new Map<string, number>();
  for (const label of labels) if (label?.kind === 'speaker') counts.set(label.name, (counts.get(label.name) ?? 0) + 1);
  const firstRegular = labels.findIndex((label) => label?.kind === 'speaker' && counts.get(label.name)! >= 2);
  let unlabelledBelow = false;
  for (let i = firstRegular - 1; i >= 0; i--) {
    const label = labels[i];
    if (label?.kind === 'speaker' && counts.get(label.name) === 1 && unlabelledBelow) labels[i] = undefined;
    else if (label?.kind === 'speaker') unlabelledBelow = false;
    if (!label && lines[i]!.text !== '') unlabelledBelow = true;
  }
  const walk = new LabelledWalk(builder, labels.some((label) => label?.kind === 'speaker'));
  lines.forEach((line, index) => feedLine(walk, builder, line, labels[index]));
  walk.finish();
}

function feedLine(walk: LabelledWalk, builder: TranscriptBuilder, line: TextLine, label: Label | undefined): void {
  if (line.text === '') return;
  const end = line.start + line.text.length;
  if (!label) return walk.text(line.start, line.text);
  const textStart = line.start + label.textStart;
  const said = label.text.trimEnd();
  switch (label.kind) {
    case 'topic': {
      const title = said.trim();
      if (title === '') {
        builder.report('warning', 'empty-topic-title', line.start, end, `Unexpected empty topic title, expected text after \`${label.name}:\``, 'Write the topic after the colon.');
      }
      return walk.topic(title || label.name, title ? textStart : line.start, title ? textStart + title.length : end);
    }
    case 'meta':
      return walk.editorial(label.name, line.start, line.text);
    case 'speaker':
      return walk.speaker(label.name, line.start, textStart, { start: textStart, text: said });
  }
}

export function parseNameColon(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, NAME_COLON);
  walkLabelledLines(builder, clean);
  return { value: builder.build(), diagnostics: builder.diagnostics };
}
