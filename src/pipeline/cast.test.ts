import { describe, expect, it } from 'vitest';
import { castSpeakers, nameTheUnnamed } from './cast.ts';
import { parse } from './formats/index.ts';
import { cleanFromString } from './testing/fixtures.ts';

const lecture = parse(cleanFromString('Welcome to the lecture. Today we talk about rivers.\n\nRivers carry sediment to the sea, and deltas grow.\n')).value;
const interview = parse(cleanFromString('Ann: What do you study?\nBo: Rivers, mostly the deltas they build over centuries.\nAnn: Why deltas?\nBo: Because a delta records every flood, like a diary written in mud.\n')).value;

describe('casting', () => {
  it('features the one who says the most and makes the one who mostly asks a host', () => {
    const { speakers, diagnostics } = castSpeakers(interview, { featured: [], hosts: [] }, 'talk.txt');
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Ann', 'host'],
      ['Bo', 'featured'],
    ]);
    expect(diagnostics.map((d) => d.rule)).toEqual(['inferred-speaker']);
  });

  it('features the unnamed speaker of a transcript that names no one, so a lecture still gets quotes', () => {
    expect(lecture.speakers.map((s) => s.name)).toEqual(['?']);
    const { speakers, diagnostics } = castSpeakers(lecture, { featured: [], hosts: [] }, 'talk.txt');
    expect(speakers.map((s) => [s.name, s.kind])).toEqual([['?', 'featured']]);
    expect(diagnostics.map((d) => [d.severity, d.rule])).toEqual([['info', 'inferred-speaker']]);
  });

  it('gives everything to the one featured speaker deck.yaml names when the transcript names no one', () => {
    const { value, diagnostics } = nameTheUnnamed(lecture, [{ name: 'Dr. Rivera' }], 'talk.txt');
    expect(value.speakers.map((s) => s.name)).toEqual(['Dr. Rivera']);
    expect(value.topics.flatMap((t) => t.turns.map((turn) => turn.speaker))).toEqual(['Dr. Rivera']);
    expect(diagnostics.map((d) => d.rule)).toEqual(['unnamed-speaker']);
  });

  it('leaves a transcript alone when it names its speakers, or when deck.yaml names several', () => {
    expect(nameTheUnnamed(interview, [{ name: 'Bo' }], 'talk.txt').value).toBe(interview);
    expect(nameTheUnnamed(lecture, [{ name: 'A' }, { name: 'B' }], 'talk.txt').value).toBe(lecture);
  });
});
