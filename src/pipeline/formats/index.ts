import { segmentTopics, titleUntitledTopics, withoutEmptyTopics } from '../topics/segment.ts';
import { type Reporter, reporterFor } from '../reporter.ts';
import type { CleanText, Result, Transcript } from '../types.ts';
import { applyChapters, type Chapter } from './chapters.ts';
import { DIARIZED, detectDiarized, parseDiarized } from './diarized.ts';
import { detectMarkdown, MARKDOWN, parseMarkdown } from './markdown.ts';
import { detectNameColon, NAME_COLON, parseNameColon } from './name-colon.ts';
import { detectNewsInterview, NEWS_INTERVIEW, parseNewsInterview } from './news-interview.ts';
import { detectOtter, OTTER, parseOtter } from './otter.ts';
import { parsePlain, PLAIN } from './plain.ts';
import { detectQa, parseQa, QA } from './qa.ts';
import { detectSbv, parseSbv, SBV } from './sbv.ts';
import { isNeverAName, qaKind } from './labels.ts';
import { IMPLAUSIBLE, type Plausibility, plausibility } from './plausibility.ts';
import { applyAliases, speakerVariants } from './speakers.ts';
import { detectSrt, parseSrt, SRT } from './srt.ts';
import { detectSttJson, parseSttJson, STT_JSON } from './stt-json.ts';
import { detectWebvtt, parseWebvtt, WEBVTT } from './webvtt.ts';
import { detectWhisperJson, parseWhisperJson, WHISPER_JSON } from './whisper-json.ts';
import { detectWhisperText, parseWhisperText, WHISPER_TEXT } from './whisper-text.ts';
import { detectYoutubeCopied, parseYoutubeCopied, YOUTUBE_COPIED } from './youtube-copied.ts';

export { applyAliases } from './speakers.ts';

/** A transcript format: how sure it is that a text is its own, and how to read it. */
export interface FormatReader {
  id: string;
  detect(text: string): number;
  parse(clean: CleanText): Result<Transcript>;
}

/**
 * `[laughter]` and `[inaudible]` lines are brackets too: a news interview needs `[Name] text` lines
 * with something said after the name, or a podcast page with a few sound cues would be taken for one.
 */
function detectNewsInterviewTurns(text: string): number {
  let said = 0;
  let lines = 0;
  for (const line of text.split('\n', 2000)) {
    if (line.trim() === '') continue;
    lines++;
    // A bracket that holds a time or a number (`[12.3s] text`) is a stamp, not a `[Name]`.
    const bracket = /^\s*\[([^\[\]\n]{1,60})\]\s*\S/u.exec(line);
    if (bracket && !isNeverAName(bracket[1]!) && !/^\d+(?:\.\d+)?s$/u.test(bracket[1]!)) said++;
  }
  const score = detectNewsInterview(text);
  if (said < 2) return Math.min(score, 0.3);
  // A few bracketed asides in a long record (`[CDU/CSU]: Sehr wahr!`) are not a news interview's turns.
  return score * Math.min(1, said / lines / 0.05);
}

/**
 * Readers, most specific first: on equal scores the earlier wins (a diarised `[Speaker 1] [12:03]`
 * line is also a `[Name] text` line of a news interview). `plain` takes anything.
 */
export const readers: readonly FormatReader[] = [
  { id: WHISPER_JSON, detect: detectWhisperJson, parse: parseWhisperJson },
  { id: STT_JSON, detect: detectSttJson, parse: parseSttJson },
  { id: WEBVTT, detect: detectWebvtt, parse: parseWebvtt },
  { id: SRT, detect: detectSrt, parse: parseSrt },
  { id: SBV, detect: detectSbv, parse: parseSbv },
  { id: WHISPER_TEXT, detect: detectWhisperText, parse: parseWhisperText },
  { id: YOUTUBE_COPIED, detect: detectYoutubeCopied, parse: parseYoutubeCopied },
  { id: DIARIZED, detect: detectDiarized, parse: parseDiarized },
  { id: NEWS_INTERVIEW, detect: detectNewsInterviewTurns, parse: parseNewsInterview },
  { id: MARKDOWN, detect: detectMarkdown, parse: parseMarkdown },
  { id: QA, detect: detectQa, parse: parseQa },
  { id: OTTER, detect: detectOtter, parse: parseOtter },
  { id: NAME_COLON, detect: detectNameColon, parse: parseNameColon },
  { id: PLAIN, detect: () => 0.01, parse: parsePlain },
];

export interface ParseOptions {
  /** A reader id that overrides detection. */
  format?: string;
  /** Bounds on the number of topics found when the transcript marks none. */
  minTopics?: number;
  maxTopics?: number;
  /** Chapters from a file beside the transcript: they open the topics of a timed transcript. */
  chapters?: { path: string; chapters: readonly Chapter[] };
}

/** The reader whose detection is surest of the text (the earlier on a tie). */
export function detectFormat(text: string): FormatReader {
  let best = readers[readers.length - 1]!;
  let bestScore = -1;
  for (const reader of readers) {
    const score = reader.detect(text);
    if (score > bestScore) {
      best = reader;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A first line that reads as a headline (short, not a sentence: `古籍修复师周兰：一张纸的三百年`) is the
 * transcript's title.
 */
function titleLine(text: string | undefined): string | undefined {
  const line = text?.trim();
  if (!line || line.includes('\n') || [...line].length > 60 || /[。.!！?？…]["'”’」』)）]*$/u.test(line)) return undefined;
  return line;
}

/**
 * A Q&A page whose questions are its headings (`### Q4: …`) and whose one label is the answer's
 * (`答：`): the answers it leaves unlabelled are the answerer's too, not an unknown speaker's.
 */
function answererSpeaksUnlabelled(transcript: Transcript, reporter: Reporter): Transcript {
  const named = transcript.speakers.filter((s) => s.name !== '?');
  const answerer = named.length === 1 && qaKind(named[0]!.name) === 'featured' ? named[0]!.name : undefined;
  const questions = transcript.topics.filter((t) => /[?？]\s*$|^Q\d+\s*[:：]/iu.test(t.title.trim())).length;
  if (!answerer || questions < 2 || !transcript.speakers.some((s) => s.name === '?')) return transcript;
  const first = transcript.topics.flatMap((t) => t.turns).find((turn) => turn.speaker === '?')!;
  reporter.info('unlabelled-answers', first.span, `The page's questions are its headings and only \`${answerer}\` is labelled: its unlabelled answers are read as \`${answerer}\`'s`, 'Label them, or name the speakers in deck.yaml, to say otherwise.');
  return applyAliases(transcript, { '?': answerer });
}

/** One reader's parse of a text, and how believable it is. */
interface Reading {
  reader: FormatReader;
  /** How sure the reader's detection is that the text is its own. */
  prior: number;
  result: Result<Transcript>;
  plausibility: Plausibility;
}

/** At most this many readers parse a text: the likeliest by detection, then plain. */
const MAX_READINGS = 4;

function read(reader: FormatReader, clean: CleanText, prior: number): Reading {
  const parsed = reader.parse(clean);
  const reporter = reporterFor(clean.source.path, [...parsed.diagnostics]);
  const result = reporter.result(answererSpeaksUnlabelled(parsed.value, reporter));
  return { reader, prior, result, plausibility: plausibility(result.value) };
}

/**
 * Detection proposes, plausibility decides: the readers whose detection accepts the text parse it,
 * and the parse that is likeliest by both (detection's confidence times the parse's plausibility)
 * wins. A reader that matches the first lines but makes nonsense of the file (every timestamp a
 * speaker) loses to one whose parse holds together, and plain text is the last resort.
 */
function readings(clean: CleanText): Reading[] {
  const proposed = readers
    .map((reader, index) => ({ reader, index, prior: reader.detect(clean.text) }))
    .filter((p) => p.prior > 0)
    .sort((a, b) => b.prior - a.prior || a.index - b.index);
  const best = proposed[0]?.prior ?? 0;
  const chosen = proposed.filter((p) => p.prior >= Math.max(0.05, best * 0.25) && p.reader.id !== PLAIN).slice(0, MAX_READINGS - 1);
  const plain = readers.find((r) => r.id === PLAIN)!;
  return [...chosen.map((p) => read(p.reader, clean, p.prior)), read(plain, clean, plain.detect(clean.text))];
}

function likeliest(all: readonly Reading[]): Reading {
  let best = all[0]!;
  for (const reading of all) if (reading.prior * reading.plausibility.score > best.prior * best.plausibility.score) best = reading;
  return best;
}

/** A warning when even the chosen parse is doubtful, naming what looks wrong and what else to try. */
function reportDoubts(chosen: Reading, all: readonly Reading[], reporter: Reporter, forced: boolean): void {
  const rejected = chosen.reader.id === PLAIN && !forced ? all.find((r) => r.reader.id !== PLAIN && r.prior >= 0.5) : undefined;
  if (rejected) {
    // The layout looked like a reader's, but its parse made no sense: the text is kept, unstructured.
    reporter.warn(
      'implausible-parse',
      undefined,
      `The transcript looks like \`${rejected.reader.id}\` but does not read as it (${rejected.plausibility.doubts.map((d) => d.reason).join('; ')}): it is read as plain text with no speakers`,
      `If it is one of the known layouts, set \`format:\` in deck.yaml to one of ${readers.map((r) => r.id).join(', ')}.`,
    );
    return;
  }
  if (chosen.plausibility.score >= IMPLAUSIBLE && !chosen.plausibility.doubts.some((d) => d.warn)) return;
  const other = all.filter((r) => r !== chosen && r.reader.id !== PLAIN).sort((a, b) => b.plausibility.score - a.plausibility.score)[0];
  const why = chosen.plausibility.doubts.map((d) => d.reason).join('; ');
  const alternative = other && other.plausibility.score > chosen.plausibility.score ? `\`format: ${other.reader.id}\`` : undefined;
  reporter.warn(
    'implausible-parse',
    undefined,
    `The transcript reads doubtfully as \`${chosen.reader.id}\`${forced ? ' (set by `format:`)' : ''}: ${why}`,
    alternative
      ? `If it is another layout, try ${alternative} in deck.yaml (formats: ${readers.map((r) => r.id).join(', ')}).`
      : `Check the file's layout, or set \`format:\` in deck.yaml to one of ${readers.map((r) => r.id).join(', ')}.`,
  );
}

export function parse(clean: CleanText, options: ParseOptions = {}): Result<Transcript> {
  const reporter = reporterFor(clean.source.path);
  let forcedReader: FormatReader | undefined;
  if (options.format) {
    forcedReader = readers.find((r) => r.id === options.format);
    if (!forcedReader) {
      reporter.error('unknown-format', undefined, `Unexpected format \`${options.format}\`, expected one of ${readers.map((r) => `\`${r.id}\``).join(', ')}`, 'Fix `format:` in deck.yaml or leave it out to detect the format.');
    }
  }
  const all = readings(clean);
  const chosen = forcedReader ? all.find((r) => r.reader === forcedReader) ?? read(forcedReader, clean, 1) : likeliest(all);
  reportDoubts(chosen, all, reporter, forcedReader !== undefined);
  let transcript = reporter.collect(chosen.result);
  reporter.collect(speakerVariants(transcript, clean.source.path));

  for (const topic of transcript.topics) {
    if (topic.turns.length > 0 || topic.title.trim() === '' || transcript.topics.every((t) => t.turns.length === 0)) continue;
    reporter.info('empty-topic', topic.span, `Nothing is said under \`${topic.title}\`: it gets no section`, 'Whatever is there (a list, a picture) was read into the lead or the notes; remove the heading to silence this.');
  }
  transcript = withoutEmptyTopics(transcript);
  if (options.chapters && options.chapters.chapters.length > 0) {
    transcript = reporter.collect(applyChapters(transcript, options.chapters.chapters, clean.source.path, options.chapters.path));
  }
  const leadTitle = transcript.title ? undefined : titleLine(transcript.lead[0]?.text);
  if (leadTitle) transcript = { ...transcript, title: leadTitle };
  if (transcript.topics.length <= 1 && transcript.topics.some((t) => t.turns.length > 0) && !options.chapters?.chapters.length) {
    const segmented = reporter.collect(segmentTopics(transcript, { file: clean.source.path, ...(options.minTopics ? { minTopics: options.minTopics } : {}), ...(options.maxTopics ? { maxTopics: options.maxTopics } : {}) }));
    if (segmented.topics.length > 1) {
      // One marked topic over everything (a `## Q&A` heading) is still cut, or the deck would be one
      // section of a few quotes; its first part keeps the transcript's own title.
      const marked = transcript.topics.find((t) => t.turns.length > 0 && t.title.trim() !== '');
      transcript = marked ? { ...segmented, topics: segmented.topics.map((t, i) => (i === 0 ? { ...t, title: marked.title } : t)) } : segmented;
      reporter.info('inferred-topics', undefined, marked
          ? `One topic marked (\`${marked.title}\`): cut into ${transcript.topics.length} where the vocabulary changes; the first keeps its title, the others are titled by what they say`
          : `No topic markers found: ${transcript.topics.length} topics inferred where the vocabulary changes, each titled by a phrase said in it`, 'Mark topics yourself (a `主題：` line, a Markdown heading, a `NOTE Chapter:` block) to choose them and their titles.');
    }
  }
  // After segmentation, which titles the topics it finds: a topic still untitled gets its key terms once.
  return reporter.result(titleUntitledTopics(transcript));
}
