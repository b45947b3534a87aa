import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { cleanOffsetIn } from './builder.ts';
import { detectFormat } from './index.ts';
import { cleanFixture } from './outline.ts';
import { parseSbv } from './sbv.ts';

// fixtures/sbv.en.sbv: the first 32 captions of daveshap/YouTubeChapterGenerator, captions.sbv
// (YouTube's automatic captions of a David Shapiro video).
const read = (text: string) => parseSbv(cleanFromString(text, 'talk.sbv'));

describe('sbv', () => {
  it('reads YouTube captions as timed paragraphs of one unnamed speaker', () => {
    const clean = cleanFixture('sbv.en.sbv');
    expect(detectFormat(clean.text).id).toBe('sbv');
    const { value, diagnostics } = parseSbv(clean);
    expect(value.speakers.map((s) => s.name)).toEqual(['?']);
    expect(value.topics.flatMap((t) => t.turns)).toHaveLength(1);
    const paragraphs = value.topics[0]!.turns[0]!.paragraphs;
    expect(paragraphs[0]!.text.startsWith('good morning everybody David Shapiro here we are back for part two of the um Knowledge Graph')).toBe(true);
    expect(paragraphs[0]!.time?.start).toBe(3.9);
    expect(paragraphs[paragraphs.length - 1]!.time?.end).toBe(158.94);
    for (const p of paragraphs) for (let i = 0; i < p.text.length; i++) if (p.text[i] !== ' ') expect(clean.text[cleanOffsetIn(p, i)]).toBe(p.text[i]);
    expect(diagnostics.some((d) => d.rule === 'no-speakers')).toBe(true);
  });

  it('takes Google Meet speaker prefixes as speakers', () => {
    const { value } = read('0:00:01.000,0:00:03.000\nAda Park: Shall we start?\n\n0:00:03.500,0:00:05.000\nBen Ito: Yes.\n\n0:00:05.500,0:00:07.000\nAda Park: Good.\n\n0:00:07.500,0:00:09.000\nBen Ito: Go on.\n');
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs[0]!.text, t.paragraphs[0]!.time])).toEqual([
      ['Ada Park', 'Shall we start?', { start: 1, end: 3 }],
      ['Ben Ito', 'Yes.', { start: 3.5, end: 5 }],
      ['Ada Park', 'Good.', { start: 5.5, end: 7 }],
      ['Ben Ito', 'Go on.', { start: 7.5, end: 9 }],
    ]);
  });

  it('keeps text outside a caption, reported with its line', () => {
    const { value, diagnostics } = read('Transcript\n\n0:00:01.000,0:00:03.000\nHello.\n');
    expect(value.topics[0]!.turns[0]!.paragraphs.map((p) => p.text).join(' ')).toContain('Transcript');
    expect(diagnostics.find((d) => d.rule === 'text-outside-cue')?.span?.start.line).toBe(1);
  });
});
