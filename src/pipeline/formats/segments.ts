import { assemble, type Stretch, type TranscriptBuilder } from './builder.ts';
import { shouldBreak, type Timeline } from './cues.ts';

/*
 * Timed segments of a JSON transcript (Whisper segments, a service's utterances or sentences), given
 * to the builder the way subtitle cues are: consecutive segments of one speaker join into paragraphs
 * of a few sentences (a segment boundary is not a paragraph end), each paragraph timed from its first
 * segment's start to its last one's end.
 */

export interface TimedSegment {
  /** The speaker's label as the deck shows it; absent when the file names no one for this segment. */
  speaker?: string;
  time?: { start: number; end?: number };
  /** What was said, as stretches of the clean text (a word's or string's stretches join with nothing). */
  stretches: Stretch[];
  /** Clean offsets of the segment in the file, for diagnostics. */
  at: { start: number; end: number };
}

/** A segment from what a reader found: a time only with a start, an end only when not before it. */
export function timedSegment(stretches: Stretch[], at: { start: number; end: number }, speaker: string | undefined, start: number | undefined, end: number | undefined): TimedSegment {
  return { stretches, at, ...(speaker !== undefined ? { speaker } : {}), ...(start !== undefined ? { time: { start, ...(end !== undefined && end >= start ? { end } : {}) } } : {}) };
}

/** The stretches without white space at either end. */
export function trimStretches(stretches: readonly Stretch[]): Stretch[] {
  const out = stretches.map((s) => ({ ...s }));
  while (out.length > 0) {
    const first = out[0]!;
    const text = first.text.replace(/^\s+/u, '');
    if (text === '') out.shift();
    else {
      out[0] = { ...first, start: first.start + first.text.length - text.length, text };
      break;
    }
  }
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    const text = last.text.replace(/\s+$/u, '');
    if (text === '') out.pop();
    else {
      out[out.length - 1] = { ...last, text };
      break;
    }
  }
  return out;
}

export function readSegments(builder: TranscriptBuilder, segments: readonly TimedSegment[]): void {
  const named = segments.some((s) => s.speaker !== undefined);
  let pending: { speaker: string; stretches: Stretch[]; time?: { start: number; end?: number }; timeline: Timeline } | undefined;
  let lastEnd: number | undefined;
  let warnedUnnamed = false;
  const flush = (): void => {
    if (!pending) return;
    builder.sayStretches(pending.speaker, pending.stretches, pending.time, pending.timeline);
    pending = undefined;
  };
  for (const segment of segments) {
    const stretches = trimStretches(segment.stretches);
    if (stretches.length === 0) {
      builder.reporter.info('empty-segment', builder.span(segment.at.start, segment.at.end), 'Skipped a segment with no text', 'Nothing to do; it carried nothing.');
      continue;
    }
    if (named && segment.speaker === undefined && !warnedUnnamed) {
      warnedUnnamed = true;
      builder.reporter.warn('unattributed-segment', builder.span(segment.at.start, segment.at.end), 'Unexpected segment with no speaker, expected a `speaker` like the others', 'It is kept, said by an unknown speaker `?`.');
    }
    const speaker = segment.speaker ?? '?';
    const gap = segment.time && lastEnd !== undefined ? segment.time.start - lastEnd : 0;
    if (segment.time?.end !== undefined) lastEnd = segment.time.end;
    if (pending && (pending.speaker !== speaker || shouldBreak(pending.stretches, gap))) flush();
    if (!pending) pending = { speaker, stretches: [], ...(segment.time ? { time: { ...segment.time } } : {}), timeline: [] };
    // The first stretch of a segment joins the one before by script (a space between Latin words).
    const [first, ...rest] = stretches;
    if (segment.time) pending.timeline.push({ offset: first!.start, ...segment.time });
    pending.stretches.push({ start: first!.start, text: first!.text }, ...rest);
    if (segment.time) {
      const end = segment.time.end ?? pending.time?.end;
      pending.time = { start: pending.time?.start ?? segment.time.start, ...(end !== undefined ? { end } : {}) };
    }
  }
  flush();
  if (!named && segments.length > 0) {
    builder.reporter.info('no-speakers', undefined, 'No speaker names in the segments: everything is said by `?`', 'Name the speakers in deck.yaml, or transcribe with speaker labels (diarisation).');
  }
}
