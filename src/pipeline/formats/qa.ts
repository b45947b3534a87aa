import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { type Label, readLabel } from './labels.ts';
import { walkLabelledLines } from './name-colon.ts';

/*
 * Question-and-answer write-ups: `问：` / `答：` (Traditional `問：`), `Q:` / `A:`, `主持人：`, `記者：`.
 * The asker is a host, the answerer the featured speaker; the labels are kept as written (`答`), and
 * other `Name:` labels in the same text are read as in a podcast page.
 */

export const QA = 'qa';

const ASKER = /^(?:问|問|提问|提問|Q|Question|记者|記者|主持人|主持|Host|Interviewer|Moderator|MC|聞き手|司会|インタビュアー)$/iu;
const ANSWERER = /^(?:答|回答|A|Answer|受访者|受訪者|Interviewee|回答者)$/iu;

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
    if (ASKER.test(label.name)) askers++;
    else if (ANSWERER.test(label.name)) answers++;
  }
  if (askers === 0 || answers === 0 || askers + answers < 3) return 0;
  return (askers + answers) / labelled >= 0.5 ? 0.95 : 0.5;
}

export function parseQa(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, QA);
  const seen = new Set<string>();
  walkLabelledLines(builder, clean, (line) => {
    const label = readQaLabel(line);
    if (label?.kind === 'speaker' && !seen.has(label.name)) {
      seen.add(label.name);
      if (ASKER.test(label.name)) builder.setKind(label.name, 'host');
      else if (ANSWERER.test(label.name)) builder.setKind(label.name, 'featured');
    }
    return label;
  });
  return { value: builder.build(), diagnostics: builder.diagnostics };
}
