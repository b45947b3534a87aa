import { CJK_LETTER } from '../text/cjk.ts';
import { assemble, type Stretch, type TranscriptBuilder } from './builder.ts';
import { readLabel } from './labels.ts';
import { splitLines, type TextLine, trimLine } from './lines.ts';
import { parseTimestamp } from './timestamp.ts';

/*
 * Subtitle files (WebVTT, SubRip): cues with a start and end time and a few lines of text. Both are
 * scanned line by line (so a missing blank line or index does not lose a cue), then read the same
 * way: speakers from `<v Name>` voice tags or `Name:` prefixes, inline tags left out, consecutive
 * cues of one speaker joined into paragraphs that keep their times.
 */

export { parseTimestamp };

export const TIMING = /^((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[ \t]*-->[ \t]*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)(?:[ \t]+.*)?$/u;

export interface Cue {
  /** The cue's identifier line (WebVTT) or index (SRT), when it has one. */
  id?: TextLine;
  /** Clean offset and text of the timing line (absent for text found outside any cue). */
  timing?: TextLine;
  time?: { start: number; end: number };
  lines: TextLine[];
}

export interface ScanOptions {
  flavour: 'webvtt' | 'srt';
  /** Called for a WebVTT `NOTE` block: its text without `NOTE`, and where it is. */
  note?: (text: string, start: number, end: number, cueIndex: number) => void;
}

/** What the scan found, in order: cues, and where NOTE topic markers fall between them. */
export function scanCues(builder: TranscriptBuilder, text: string, options: ScanOptions): Cue[] {
  const lines = splitLines(text);
  const cues: Cue[] = [];
  let open: Cue | undefined;
  let afterBlank = true;
  let warnedSeparator = false;
  let id: TextLine | undefined;
  let i = 0;
  if (options.flavour === 'webvtt') {
    // The header: `WEBVTT` and any lines up to the first blank line.
    if (/^(?:\uFEFF)?WEBVTT(?:[ \t]|$)/u.test(lines[0]?.text ?? '')) {
      while (i < lines.length && lines[i]!.text.trim() !== '') i++;
    } else {
      builder.reporter.warn('webvtt-header', builder.span(0, Math.min(text.length, (lines[0]?.text.length ?? 0))), 'Unexpected first line, expected `WEBVTT`', 'Start the file with `WEBVTT` if it is a WebVTT file.');
    }
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (trimmed === '') {
      open = undefined;
      afterBlank = true;
      continue;
    }
    const timing = TIMING.exec(trimmed);
    if (timing) {
      // A cue with no blank line before it: its index or identifier ended the cue before.
      if (open && !afterBlank && open.lines.length > 0 && isIdentifier(open.lines[open.lines.length - 1]!.text, options.flavour)) id = open.lines.pop();
      const leading = line.text.length - line.text.trimStart().length;
      open = { ...(id ? { id: trimLine(id) } : {}), timing: { text: trimmed, start: line.start + leading }, lines: [] };
      id = undefined;
      const start = parseTimestamp(timing[1]!);
      const end = parseTimestamp(timing[2]!);
      if (start === undefined || end === undefined) {
        builder.reporter.warn('bad-timestamp', builder.span(line.start + leading, line.start + leading + trimmed.length), `Unexpected timing \`${trimmed}\`, expected \`00:00:01${options.flavour === 'srt' ? ',' : '.'}000 --> 00:00:04${options.flavour === 'srt' ? ',' : '.'}000\``, 'Fix the time; the cue\'s text is kept without it.');
      } else open.time = { start, end };
      const foreign = options.flavour === 'srt' ? '.' : ',';
      if (!warnedSeparator && /\d[.,]\d{1,3}/u.test(trimmed) && (timing[1]!.includes(foreign) || timing[2]!.includes(foreign))) {
        // Read either way, but said once: another player may not accept the file.
        warnedSeparator = true;
        const wanted = foreign === ',' ? '.' : ',';
        builder.reporter.info('timestamp-separator', builder.span(line.start + leading, line.start + leading + trimmed.length), `Unexpected \`${foreign}\` before the milliseconds in \`${trimmed}\`, expected \`${wanted}\` in ${options.flavour === 'srt' ? 'SRT' : 'WebVTT'}; the times are read anyway`);
      }
      cues.push(open);
      afterBlank = false;
      continue;
    }
    if (open) {
      open.lines.push(line);
      afterBlank = false;
      continue;
    }
    if (options.flavour === 'webvtt' && afterBlank && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/u.test(trimmed)) {
      const blockStart = line.start;
      let j = i;
      while (j + 1 < lines.length && lines[j + 1]!.text.trim() !== '') j++;
      const blockEnd = lines[j]!.start + lines[j]!.text.length;
      if (trimmed.startsWith('NOTE')) {
        const body = text.slice(blockStart + line.text.indexOf('NOTE') + 4, blockEnd);
        const bodyStart = blockEnd - body.length + (body.length - body.trimStart().length);
        options.note?.(body.trim(), bodyStart, bodyStart + body.trim().length, cues.length);
      }
      i = j;
      afterBlank = false;
      continue;
    }
    const next = lines[i + 1];
    if (next && TIMING.test(next.text.trim())) {
      afterBlank = false;
      id = line;
      continue; // a cue identifier (WebVTT) or index (SRT)
    }
    if (options.flavour === 'srt' && /^\d+$/u.test(trimmed)) continue;
    // Text outside any cue: kept, as a cue without a time.
    builder.reporter.warn('text-outside-cue', builder.span(line.start, line.start + line.text.length), 'Unexpected text outside a cue, expected a timing line such as `00:00:01.000 --> 00:00:04.000` before it', 'It is kept, said by whoever spoke last.');
    open = { lines: [line] };
    cues.push(open);
    afterBlank = false;
  }
  return cues;
}

function isIdentifier(line: string, flavour: 'webvtt' | 'srt'): boolean {
  return flavour === 'srt' ? /^\d+$/u.test(line.trim()) || SLIDE_ID.test(line.trim()) : !line.includes('-->');
}

/** A cue identifier that names the presenter's slide: `slide-7`, `Slide 7`, `s07`, `スライド7`. */
export const SLIDE_ID = /^(?:slides?|folie|diapositiva|diapositive|diapo|dia|スライド|幻灯片|投影片|投影片|슬라이드|s)[ \t_.#-]*(\d{1,4})(?:[ \t_.-].*)?$/iu;

/** Tags and character references inside cue text. */
const INLINE = /<\/?(?:[a-zA-Z]+(?:\.[\w-]+)*(?:[ \t][^<>\n]*)?|\d{1,2}(?::\d{2}){1,2}[.,]\d{3})>|\{\\[^{}\n]*\}|&(?:amp|lt|gt|nbsp|lrm|rlm|quot|apos|#\d{1,6}|#x[0-9a-fA-F]{1,5});/gu;
const VOICE = /^<v(?:\.[\w-]+)*[ \t]+([^<>\n]+)>$/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '', rlm: '', quot: '"', apos: "'" };

/** When each joined cue or segment of a paragraph was said (Paragraph.timeline). */
export type Timeline = Array<{ offset: number; start: number; end?: number }>;

export interface CueLine {
  voice?: string;
  /** `>>` before the text: broadcast captions' mark of a new speaker. */
  change: boolean;
  /** The text with tags left out, as stretches of the clean text (joined with nothing). */
  stretches: Stretch[];
}

/** Reads one line of cue text: its voice tag, and its text without tags. */
export function readCueLine(line: TextLine): CueLine {
  let voice: string | undefined;
  const stretches: Stretch[] = [];
  let cursor = 0;
  const text = line.text;
  const push = (from: number, to: number): void => {
    if (to > from) stretches.push({ start: line.start + from, text: text.slice(from, to), join: '' });
  };
  for (const match of text.matchAll(INLINE)) {
    push(cursor, match.index);
    const tag = match[0];
    const v = VOICE.exec(tag);
    if (v && voice === undefined) voice = v[1]!.trim();
    else if (tag.startsWith('&')) {
      const name = tag.slice(1, -1);
      const char = name.startsWith('#x') ? String.fromCodePoint(Number.parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name] ?? '';
      if (char !== '') stretches.push({ start: line.start + match.index, text: char, join: '' });
    }
    cursor = match.index + tag.length;
  }
  push(cursor, text.length);
  // Leading `>>` or a dialogue dash, and surrounding white space, are not part of what was said.
  let change = false;
  trimStart(stretches, (s) => {
    const m = /^(?:[ \t]*(?:>>+|[-–—](?=[ \t])))*[ \t]*/u.exec(s)!;
    if (m[0].includes('>>')) change = true;
    return m[0].length;
  });
  trimEnd(stretches);
  return { ...(voice ? { voice } : {}), change, stretches };
}

/** Drops `count(text)` leading characters from the stretches' joined text. */
export function trimStart(stretches: Stretch[], count: (text: string) => number): void {
  const joined = stretches.map((s) => s.text).join('');
  let n = count(joined);
  while (n > 0 && stretches.length > 0) {
    const first = stretches[0]!;
    if (first.text.length <= n) {
      n -= first.text.length;
      stretches.shift();
    } else {
      stretches[0] = { ...first, start: first.start + n, text: first.text.slice(n) };
      n = 0;
    }
  }
}

function trimEnd(stretches: Stretch[]): void {
  while (stretches.length > 0) {
    const last = stretches[stretches.length - 1]!;
    const text = last.text.trimEnd();
    if (text === '') stretches.pop();
    else {
      stretches[stretches.length - 1] = { ...last, text };
      return;
    }
  }
}

const SENTENCE_END = /[.!?。！？…」』”"]\s*$/u;

/**
 * Gives the cues' text to the builder: speaker from the voice tag, else from a `Name:` prefix (a name
 * used at least twice in the file, so that `Look: …` in a sentence is not a speaker), else the
 * speaker before. Consecutive cues of one speaker become paragraphs of a few sentences.
 */
export function readCues(builder: TranscriptBuilder, cues: readonly Cue[], topicAt: ReadonlyMap<number, Array<{ title: string; start: number; end: number }>> = new Map()): void {
  const read = cues.map((cue) => cue.lines.map(readCueLine));
  const prefixCounts = new Map<string, number>();
  for (const lines of read) {
    for (const line of lines) {
      if (line.voice) continue;
      const label = readLabel(line.stretches.map((s) => s.text).join(''), 30);
      if (label?.kind === 'speaker' && label.text.trim() !== '') prefixCounts.set(label.name, (prefixCounts.get(label.name) ?? 0) + 1);
    }
  }
  const anySpeaker = read.some((lines) => lines.some((l) => l.voice)) || [...prefixCounts].some(([name, n]) => n >= 2 || isShouted(name));

  let pending: { speaker: string; stretches: Stretch[]; time?: { start: number; end: number }; timeline: Timeline } | undefined;
  let current: string | undefined;
  let previousLine = '';
  let warnedUnknown = false;
  let repeated = 0;
  let lastEnd: number | undefined;
  const flush = (): void => {
    if (!pending) return;
    builder.sayStretches(pending.speaker, pending.stretches, pending.time, pending.timeline);
    pending = undefined;
  };

  read.forEach((lines, index) => {
    for (const topic of topicAt.get(index) ?? []) {
      flush();
      builder.startTopic(topic.title, topic.start, topic.end);
    }
    const cue = cues[index]!;
    const cueText = lines.map((l) => l.stretches.map((s) => s.text).join('')).join('');
    if (cueText.trim() === '') {
      const at = cue.timing ?? cue.lines[0];
      if (at) builder.reporter.info('empty-cue', builder.span(at.start, at.start + at.text.length), 'Skipped a cue with no text', 'Nothing to do; it carried nothing.');
      return;
    }
    const gap = cue.time && lastEnd !== undefined ? cue.time.start - lastEnd : 0;
    if (cue.time) lastEnd = cue.time.end;
    lines.forEach((line) => {
      let speaker = line.voice;
      const stretches = [...line.stretches];
      const joined = stretches.map((s) => s.text).join('');
      if (joined === '') return;
      if (!speaker) {
        const label = readLabel(joined, 30);
        if (label?.kind === 'speaker' && label.text.trim() !== '' && ((prefixCounts.get(label.name) ?? 0) >= 2 || line.change || isShouted(label.name))) {
          speaker = label.name;
          trimStart(stretches, () => label.textStart);
        }
      }
      const said = stretches.map((s) => s.text).join('');
      // Rolling captions repeat the last line of a cue as the first line of the next.
      if (said === previousLine) {
        repeated++;
        return;
      }
      previousLine = said;
      if (!speaker && line.change && current !== undefined) speaker = '?';
      speaker ??= current ?? '?';
      if (speaker === '?' && anySpeaker && !warnedUnknown) {
        warnedUnknown = true;
        const first = stretches[0]!;
        builder.reporter.warn('unattributed-line', builder.span(first.start, first.start + first.text.length), 'Unexpected cue text with no speaker, expected a `<v Name>` voice tag or a `Name:` prefix', 'It is kept, said by an unknown speaker `?`.');
      }
      current = speaker;
      if (pending && (pending.speaker !== speaker || shouldBreak(pending.stretches, gap))) flush();
      if (!pending) pending = { speaker, stretches: [], ...(cue.time ? { time: { ...cue.time } } : {}), timeline: [] };
      // Each cue's own time, where its text begins: a quote within the paragraph is timed by its cues.
      if (cue.time && pending.timeline[pending.timeline.length - 1]?.start !== cue.time.start) pending.timeline.push({ offset: stretches[0]!.start, ...cue.time });
      pending.stretches.push({ start: stretches[0]!.start, text: stretches[0]!.text }, ...stretches.slice(1));
      if (cue.time) pending.time = { start: pending.time?.start ?? cue.time.start, end: cue.time.end };
    });
  });
  flush();
  if (repeated > 0 && cues[0]) {
    builder.reporter.info('repeated-caption', undefined, `Left out ${repeated} caption line${repeated === 1 ? '' : 's'} repeating the line just before (rolling captions)`);
  }
  if (!anySpeaker && cues.length > 0) {
    builder.reporter.info('no-speakers', undefined, 'No speaker names in the cues (no `<v Name>` voice tags or `Name:` prefixes): everything is said by `?`', 'Name the speakers in deck.yaml, or add voice tags to the file.');
  }
}

/** `JUDGE HALE`: captions write speaker names in capitals, which sentences never are. */
function isShouted(name: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(name) && name === name.toUpperCase();
}

/** A paragraph ends at a sentence end once it is long enough, or at a pause. */
export function shouldBreak(stretches: readonly Stretch[], gap: number): boolean {
  const text = stretches.map((s) => s.text).join(' ');
  const wide = CJK_LETTER.test(text);
  const length = text.length;
  if (gap >= 4 && SENTENCE_END.test(text)) return true;
  if (SENTENCE_END.test(text) && length >= (wide ? 70 : 240)) return true;
  return length >= (wide ? 300 : 800);
}
