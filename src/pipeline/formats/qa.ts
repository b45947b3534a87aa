import type { CleanText, Result, Speaker, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { type Label, readLabel } from './labels.ts';
import { walkLabelledLines } from './name-colon.ts';
import { applyAliases } from './speakers.ts';

/*
 * Question-and-answer write-ups: `问：` / `答：` (Traditional `問：`), `Q:` / `A:`, `主持人：`, `記者：`.
 * The asker is a host, the answerer the featured speaker; the labels are kept as written (`答`), and
 * other `Name:` labels in the same text are read as in a podcast page. After a talk (headings over
 * unlabelled paragraphs), the answers are the talk's speaker's.
 */

export const QA = 'qa';

const ASKER = /^(?:问|問|提问|提問|Q|Question|记者|記者|主持人|主持|Host|Interviewer|Moderator|MC|聞き手|司会|インタビュアー)$/iu;
const ANSWERER = /^(?:答|回答|A|Answer|受访者|受訪者|Interviewee|回答者)$/iu;

/** `Q1` → `Q`: numbered questions are one asker. */
function unnumbered(name: string): string {
  return name.replace(/^([QA])\s*\d+$/iu, '$1');
}

/** The part a Q&A role label plays: `问`, `Q`, `主持人` ask (hosts), `答`, `A` answer (featured). */
export function qaKind(name: string): Speaker['kind'] | undefined {
  if (ASKER.test(name)) return 'host';
  if (ANSWERER.test(name)) return 'featured';
  return undefined;
}

/**
 * In a Q&A after a talk, the one answering is the one who gave it: the answer label (`答`, `A`) is
 * read as the talk's speaker, so the talk and its answers have one featured speaker.
 */
export function answersByTalkSpeaker(builder: TranscriptBuilder, transcript: Transcript, talk: string | undefined): Transcript {
  if (talk === undefined) return transcript;
  const answerers = transcript.speakers.filter((s) => qaKind(s.name) === 'featured' && s.name !== talk);
  if (answerers.length !== 1) return transcript;
  const label = answerers[0]!.name;
  const first = transcript.topics.flatMap((t) => t.turns).find((turn) => turn.speaker === label)!;
  builder.diagnostics.push({ severity: 'info', rule: 'talk-answers', message: `\`${label}\` answers after the talk: read as its speaker \`${talk}\``, file: builder.file, span: first.span });
  return applyAliases(transcript, { [label]: talk });
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
  const { talk } = walkLabelledLines(builder, clean, (line) => {
    const label = readQaLabel(line);
    if (label?.kind === 'speaker' && !seen.has(label.name)) {
      seen.add(label.name);
      const kind = qaKind(label.name);
      if (kind) builder.setKind(label.name, kind);
    }
    return label;
  });
  return { value: answersByTalkSpeaker(builder, builder.build(), talk), diagnostics: builder.diagnostics };
}
