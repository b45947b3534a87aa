import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { answersAfterTalk } from './labelled.ts';
import { type Label, qaKind, readLabel } from './labels.ts';
import { walkLabelledLines } from './name-colon.ts';

/*
 * Question-and-answer write-ups: `问：` / `答：` (Traditional `問：`), `Q:` / `A:`, `主持人：`, `記者：`.
 * The asker is a host, the answerer the featured speaker; the labels are kept as written (`答`), and
 * other `Name:` labels in the same text are read as in a podcast page. After a talk (headings over
 * unlabelled paragraphs), the answers are the talk's speaker's.
 */

export const QA = 'qa';


/** `Q1` → `Q`: numbered questions are one asker. */
function unnumbered(name: string): string {
  return name.replace(/^([QA])\s*\d+$/iu, '$1');
}

export function readQaLabel(line: string): Label | undefined {
  const label = readLabel(line);
  if (label?.kind === 'speaker') return { ...label, name: unnumbered(label.name) };
  return label;
}

export function detectQa(text: string): number {
  let askers = 0;
  let answers = 0;
  let labelled = 0;
  for (const raw of text.split('\n', 2000)) {
    const label = readQaLabel(raw.trim());
    if (label?.kind !== 'speaker') continue;
    labelled++;
    const kind = qaKind(label.name);
    if (kind === 'host') askers++;
    else if (kind === 'featured') answers++;
  }
  if (askers === 0 || answers === 0 || askers + answers < 3) return 0;
  return (askers + answers) / labelled >= 0.5 ? 0.95 : 0.5;
}

export function parseQa(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, QA);
  const seen = new Set<string>();
  const { talk } = walkLabelledLines(builder, clean, (line) => {
    const label = readQaLabel(line);
    if (label?.kind === 'speaker' && !seen.has(label.name)) {
      seen.add(label.name);
      const kind = qaKind(label.name);
      if (kind) builder.setKind(label.name, kind);
    }
    return label;
  });
  return builder.reporter.result(answersAfterTalk(builder, builder.build(), talk));
}
