import { cleanOffsetIn } from '../formats/builder.ts';
import type { Paragraph, Quote, Transcript } from '../types.ts';

/**
 * When a quote was said: from the start of the cue (or segment) its first character is in to the end
 * of the cue its last character is in, or the paragraph's own time when it was not joined from
 * several. A paragraph with no end (a machine transcript's label gives only its start) ends where the
 * next timed paragraph of the transcript starts. Untimed transcripts give no time.
 */
export function quoteTime(quote: Quote, transcript: Transcript): Quote['time'] {
  const turns = transcript.topics.flatMap((topic) => topic.turns);
  const turnIndex = turns.findIndex((turn) => turn.id === quote.turnId);
  const paragraph = turns[turnIndex]?.paragraphs[quote.paragraph];
  if (!paragraph?.time) return undefined;
  const first = cueAt(paragraph, quote.start);
  const last = cueAt(paragraph, Math.max(quote.start, quote.end - 1));
  const start = first?.start ?? paragraph.time.start;
  const end = last ? last.end : paragraph.time.end;
  const until = end ?? nextStart(turns.slice(turnIndex).flatMap((turn) => turn.paragraphs), paragraph);
  return until !== undefined && until > start ? { start, end: until } : undefined;
}

/** The timed cue of the paragraph holding `paragraph.text[index]`. */
function cueAt(paragraph: Paragraph, index: number): { start: number; end?: number } | undefined {
  const timeline = paragraph.timeline;
  if (!timeline || timeline.length === 0) return undefined;
  const offset = cleanOffsetIn(paragraph, index);
  let found = timeline[0]!;
  for (const cue of timeline) if (cue.offset <= offset) found = cue;
  return found;
}

function nextStart(paragraphs: readonly Paragraph[], after: Paragraph): number | undefined {
  const from = paragraphs.indexOf(after);
  for (const paragraph of paragraphs.slice(from + 1)) if (paragraph.time) return paragraph.time.start;
  return undefined;
}

/** The quotes, each with its time when the transcript has one. */
export function withTimes(quotes: readonly Quote[], transcript: Transcript): Quote[] {
  return quotes.map((quote) => {
    const time = quoteTime(quote, transcript);
    return time ? { ...quote, time } : quote;
  });
}
