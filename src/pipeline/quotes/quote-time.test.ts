import { describe, expect, it } from 'vitest';
import { parse } from '../formats/index.ts';
import { cleanFromString } from '../testing/fixtures.ts';
import type { Quote, Transcript } from '../types.ts';
import { pickQuotes } from './pick.ts';
import { quoteTime } from './quote-time.ts';
import { prepare } from './testing.ts';

const VTT = `WEBVTT

00:00:01.000 --> 00:00:03.500
<v Ada>The first cue says one thing.

00:00:03.500 --> 00:00:06.250
<v Ada>The second cue says another,

00:00:06.250 --> 00:00:09.000
<v Ada>and the third one ends it.
`;

/** A quote of `text` in the first paragraph of the transcript (as the picker would make it). */
function quoteOf(transcript: Transcript, text: string): Quote {
  const turn = transcript.topics[0]!.turns[0]!;
  const start = turn.paragraphs[0]!.text.indexOf(text);
  expect(start).toBeGreaterThanOrEqual(0);
  return { turnId: turn.id, topicId: 'topic-1', speaker: turn.speaker, paragraph: 0, start, end: start + text.length, text, score: 1, why: [], span: turn.span };
}

describe('a quote’s time', () => {
  const transcript = parse(cleanFromString(VTT, 'talk.vtt')).value;

  it('joins the cues into one paragraph that keeps each cue’s time', () => {
    const paragraph = transcript.topics[0]!.turns[0]!.paragraphs;
    expect(paragraph).toHaveLength(1);
    expect(paragraph[0]!.timeline?.map((cue) => [cue.start, cue.end])).toEqual([[1, 3.5], [3.5, 6.25], [6.25, 9]]);
  });

  it('runs from the start of its first cue to the end of its last', () => {
    expect(quoteTime(quoteOf(transcript, 'The second cue says another,'), transcript)).toEqual({ start: 3.5, end: 6.25 });
    expect(quoteTime(quoteOf(transcript, 'The second cue says another, and the third one ends it.'), transcript)).toEqual({ start: 3.5, end: 9 });
    expect(quoteTime(quoteOf(transcript, 'The first cue says one thing.'), transcript)).toEqual({ start: 1, end: 3.5 });
  });

  it('is the paragraph’s time when a machine transcript times only the label, ending at the next label', () => {
    const otter = parse(cleanFromString('Ada  0:05\nWe shipped it on a Friday and nobody noticed for a week.\n\nBen  0:12\nThat is remarkable.\n', 'talk.txt')).value;
    expect(quoteTime(quoteOf(otter, 'We shipped it on a Friday'), otter)).toEqual({ start: 5, end: 12 });
  });

  it('is absent for an untimed transcript, and every picked quote of a timed one has one', () => {
    const untimed = parse(cleanFromString('Ada: We shipped it on a Friday and nobody noticed for a week.\nBen: Really?\nAda: Really.\n', 'talk.txt')).value;
    expect(quoteTime(quoteOf(untimed, 'We shipped it'), untimed)).toBeUndefined();
    const lines = ['The tests ran for three hours because the database was never mocked at all.', 'We moved the whole team to one repository, and the builds got twice as fast.', 'Nobody reads a design document after the first week, so we write short ones.'];
    const vtt = `WEBVTT\n\n${lines.map((line, i) => `00:00:${String(10 * i).padStart(2, '0')}.000 --> 00:00:${String(10 * i + 8).padStart(2, '0')}.000\n<v Ada>${line}\n`).join('\n')}`;
    const prepared = prepare(vtt, 'talk.vtt', { featured: [{ name: 'Ada' }], hosts: [] });
    const quotes = pickQuotes(prepared.transcript, prepared.speakers, prepared.clean, { durationMinutes: 10 }).value;
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const i = lines.findIndex((line) => line.includes(quote.text.replace(/^…|…$/gu, '')));
      expect(quote.time).toEqual({ start: 10 * i, end: 10 * i + 8 });
    }
  });
});
