import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { isNeverAName, readLabel, readStamp } from './labels.ts';
import { splitLines, trimLine } from './lines.ts';

/*
 * The format of Chinese news reports of a talk: a lead written by the reporter, a line such as
 * `以下是姚順雨主要發言內容:` that opens the verbatim part, `主題:` lines that open topics,
 * `[Name] text` turns (with or without a space after `]`), unlabelled lines that continue the
 * previous speaker, empty `![]()` images, and a closing disclaimer (`特別聲明:` / `Notice:`).
 * `Topic:` lines open topics as in every labelled format; a bracketed time stamp (`[00:12:03]`) is
 * the time of the line it starts, and brackets holding what is never a name (`[(笑)]`, `[?]`, a URL,
 * a number) are text.
 */

export const NEWS_INTERVIEW = 'news-interview';

const TOPIC = /^(?:主題|主题|話題|话题|議題|议题)\s*[:：]\s*(.*)$/u;
const SPEAKER = /^\[([^\[\]\n]*)\]\s*(.*)$/u;
const UNCLOSED_SPEAKER = /^\[([^\[\]\n]{1,40})\s+(\S.*)$/u;
const VERBATIM_OPENER = /^以下[是为為].{0,40}[:：]\s*$/u;
const DISCLAIMER = /^(?:特別聲明|特别声明|免責聲明|免责声明|聲明|声明|Notice|Disclaimer)\s*[:：]/iu;
const EMPTY_IMAGE = /^!\[[^\]]*\]\(\s*\)$/u;
const MAX_SPEAKER_LENGTH = 60;

/** How sure we are that a text is in this format: 0 (not) to 1 (certain). */
export function detectNewsInterview(text: string): number {
  const lines = text.split('\n', 2000);
  let speakerLines = 0;
  let topicLines = 0;
  for (const line of lines) {
    if (SPEAKER.test(line.trim())) speakerLines++;
    else if (TOPIC.test(line.trim())) topicLines++;
  }
  if (speakerLines === 0) return 0;
  return Math.min(1, 0.5 + speakerLines / 20 + topicLines / 4);
}

export function parseNewsInterview(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, NEWS_INTERVIEW);
  const hasOpener = splitLines(clean.text).some((line) => VERBATIM_OPENER.test(line.text.trim()));
  let part: 'lead' | 'body' | 'credits' = hasOpener ? 'lead' : 'body';

  for (const rawLine of splitLines(clean.text)) {
    const line = trimLine(rawLine);
    if (line.text === '') continue;
    const end = line.start + line.text.length;

    if (EMPTY_IMAGE.test(line.text)) {
      builder.reporter.info('empty-image', builder.span(line.start, end), 'Dropped an empty image `![]()`: it has no address and no text', 'Nothing to do; it carried nothing.');
      continue;
    }
    if (part !== 'credits' && DISCLAIMER.test(line.text)) part = 'credits';
    if (part === 'credits') {
      builder.addCredit(line.start, line.text);
      continue;
    }
    if (part === 'lead') {
      if (VERBATIM_OPENER.test(line.text)) part = 'body';
      else builder.addLead(line.start, line.text);
      continue;
    }

    const topic = TOPIC.exec(line.text) ?? topicLabel(line.text);
    if (topic) {
      const title = topic[1]!.trim();
      const titleStart = end - topic[1]!.length + (topic[1]!.length - topic[1]!.trimStart().length);
      if (title === '') builder.reporter.warn('empty-topic-title', builder.span(line.start, end), 'Unexpected empty topic title, expected text after `主題:`', 'Write the topic after the colon.');
      builder.startTopic(title, titleStart, titleStart + title.length);
      continue;
    }

    const stamp = readStamp(line.text);
    if (stamp && stamp.length < line.text.length) {
      const said = line.text.slice(stamp.length);
      const extra = { time: { start: stamp.time } };
      if (!builder.continueTurn(line.start + stamp.length, said, extra)) {
        builder.reporter.warn('unattributed-line', builder.span(line.start, end), 'Unexpected text before any speaker, expected a `[Name]` label', 'Start the line with `[Name]`; it is kept, attributed to an unknown speaker.');
        builder.say('?', line.start + stamp.length, said, extra);
      }
      continue;
    }

    const bracketed = SPEAKER.exec(line.text);
    const speaker = bracketed && (bracketed[1]!.trim() === '' || !isNeverAName(bracketed[1]!)) ? bracketed : null;
    if (speaker) {
      const name = speaker[1]!.trim();
      const said = speaker[2]!;
      const saidStart = end - said.length;
      if (name === '') {
        builder.reporter.error('empty-speaker', builder.span(line.start, line.start + 2), 'Unexpected empty speaker label `[]`, expected a name such as `[主持人]`', 'Put the speaker\'s name between the brackets.');
        if (!builder.continueTurn(saidStart, said)) builder.say('?', saidStart, said);
        continue;
      }
      if (name.length > MAX_SPEAKER_LENGTH) {
        builder.reporter.error('speaker-name-too-long', builder.span(line.start, line.start + name.length + 2), `Unexpected speaker label of ${name.length} characters, expected a name of at most ${MAX_SPEAKER_LENGTH}`, 'Is a `]` missing after the name?');
      }
      if (said.trim() === '') {
        builder.reporter.warn('empty-turn', builder.span(line.start, end), `Unexpected empty turn of \`${name}\`, expected what they said after \`[${name}]\``, 'Remove the line or add the text.');
        continue;
      }
      builder.say(name, saidStart, said);
      continue;
    }

    const unclosed = UNCLOSED_SPEAKER.exec(line.text);
    if (unclosed) {
      builder.reporter.error('unclosed-speaker', builder.span(line.start, line.start + 1 + unclosed[1]!.length), `Unexpected \`[${unclosed[1]}\` without \`]\`, expected a speaker label such as \`[${unclosed[1]}]\``, 'Close the bracket after the name.');
    }
    if (!builder.continueTurn(line.start, line.text)) {
      builder.reporter.warn('unattributed-line', builder.span(line.start, end), 'Unexpected text before any speaker, expected a `[Name]` label', 'Start the line with `[Name]`; it is kept, attributed to an unknown speaker.');
      builder.say('?', line.start, line.text);
    }
  }

  const transcript = builder.build();
  return builder.reporter.result(transcript);
}

/** `Topic: …`, `Chapter 2: …`: the topic lines of the other labelled formats, as a {@link TOPIC} match. */
function topicLabel(line: string): [string, string] | undefined {
  const label = readLabel(line);
  return label?.kind === 'topic' ? [line, label.text] : undefined;
}
