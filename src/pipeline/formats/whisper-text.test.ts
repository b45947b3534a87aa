import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { cleanOffsetIn } from './builder.ts';
import { detectFormat, parse } from './index.ts';
import { cleanFixture } from './outline.ts';
import { parseWhisperText } from './whisper-text.ts';

// fixtures/whisper-text.es.txt: the opening of the Whisper CLI's output in the Spanish example of
// carleslc's AudioToText notebook (examples/spanish-to-english-deepl, stored file id 33993333475).
const read = (text: string) => parseWhisperText(cleanFromString(text, 'talk.txt'));

describe('whisper-text', () => {
  it('is detected instead of a news interview: a time in brackets is never a speaker', () => {
    const clean = cleanFixture('whisper-text.es.txt');
    expect(detectFormat(clean.text).id).toBe('whisper-text');
    const { value } = parse(clean);
    expect(value.speakers.map((s) => s.name)).toEqual(['?']);
    expect(value.topics.flatMap((t) => t.turns).every((turn) => !/\d/u.test(turn.speaker))).toBe(true);
  });

  it('joins segments into timed paragraphs, every character in its place in the file', () => {
    const clean = cleanFixture('whisper-text.es.txt');
    const { value, diagnostics } = parseWhisperText(clean);
    const paragraphs = value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs));
    expect(value.topics.flatMap((t) => t.turns)).toHaveLength(1);
    // The log line before the segments is kept, as the lead: it is not speech.
    expect(value.lead.map((p) => p.text)).toEqual(['Detected language: Spanish']);
    const first = paragraphs[0]!;
    expect(first.text.startsWith('2022 será recordado como el año de Stable Diffusion, de Dalí 2, de increíbles modelos generadores de texto')).toBe(true);
    expect(first.time).toEqual({ start: 0, end: expect.any(Number) });
    expect(first.span.start.line).toBe(3);
    expect(paragraphs[paragraphs.length - 1]!.time?.end).toBe(112.68);
    for (const p of paragraphs) {
      for (let i = 0; i < p.text.length; i++) if (p.text[i] !== ' ') expect(clean.text[cleanOffsetIn(p, i)]).toBe(p.text[i]);
    }
    expect(diagnostics.some((d) => d.rule === 'no-speakers')).toBe(true);
  });

  it('reads seconds and hour stamps, and a segment boundary is not a paragraph end', () => {
    const { value } = read('[36.72 --> 41.64]  So the first thing\n[41.64 --> 45.00]  we did was measure it.\n[00:00:46.000 --> 00:00:50.000]  Then we cut.\n');
    const paragraphs = value.topics[0]!.turns[0]!.paragraphs;
    expect(paragraphs.map((p) => [p.text, p.time])).toEqual([['So the first thing we did was measure it. Then we cut.', { start: 36.72, end: 50 }]]);
  });

  it('reads youtube-transcript-api segments, `[1.319 - 6.779] text`, the same way', () => {
    const text = '[1.319 - 6.779] so the first thing\n[6.779 - 9.86] we did was measure it\n[9.86 - 12.5] then we cut\n';
    expect(detectFormat(text).id).toBe('whisper-text');
    const paragraphs = read(text).value.topics[0]!.turns[0]!.paragraphs;
    expect(paragraphs.map((p) => [p.text, p.time])).toEqual([['so the first thing we did was measure it then we cut', { start: 1.319, end: 12.5 }]]);
  });

  it('keeps text between segments, reported with its line', () => {
    const { value, diagnostics } = read('[00:00.000 --> 00:05.000]  One.\n\nstray note\n[00:05.000 --> 00:06.000]  Two.\n');
    expect(value.topics[0]!.turns[0]!.paragraphs.map((p) => p.text).join(' ')).toContain('stray note');
    expect(diagnostics.find((d) => d.rule === 'text-outside-segment')?.span?.start.line).toBe(3);
  });

  it('keeps a line wrapped under a segment as part of it', () => {
    const { value } = read('[00:00.000 --> 00:05.000]  A long line\nthat wrapped.\n[00:05.000 --> 00:06.000]  Next.\n');
    expect(value.topics[0]!.turns[0]!.paragraphs[0]!.text).toBe('A long line that wrapped. Next.');
  });
});
