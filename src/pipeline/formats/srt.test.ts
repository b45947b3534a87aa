import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { parseSrt } from './srt.ts';

const read = (text: string) => parseSrt(cleanFromString(text, 'talk.srt'));

describe('srt', () => {
  it('reads numbered cues with times, `NAME:` prefixes and tags left out', () => {
    const { value } = read('1\n00:00:01,000 --> 00:00:04,000\nROSA: <i>Flour</i> and {\\an8}eggs.\n\n2\n00:00:04,500 --> 00:00:06,000\nBEN: <font color="red">How much?</font>\n\n3\n00:00:06,500 --> 00:00:08,000\nROSA: A lot.\n');
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs.map((p) => [p.text, p.time])])).toEqual([
      ['ROSA', [['Flour and eggs.', { start: 1, end: 4 }]]],
      ['BEN', [['How much?', { start: 4.5, end: 6 }]]],
      ['ROSA', [['A lot.', { start: 6.5, end: 8 }]]],
    ]);
  });

  it('survives a missing blank line between cues and a missing index', () => {
    const { value } = read('1\n00:00:01,000 --> 00:00:02,000\nOne.\n2\n00:00:02,000 --> 00:00:03,000\nTwo.\n\n00:00:03,000 --> 00:00:04,000\nThree.\n');
    expect(value.topics[0]!.turns[0]!.paragraphs.map((p) => p.text)).toEqual(['One. Two. Three.']);
  });

  it('keeps a time-like text line as text: `at 12:00` is not a cue', () => {
    const { value } = read('1\n00:00:01,000 --> 00:00:02,000\nBack at 12:00.\n');
    expect(value.topics[0]!.turns[0]!.paragraphs[0]!.text).toBe('Back at 12:00.');
  });

  it('keeps a cue of sounds ([laughter]) with the speaker before', () => {
    const { value } = read('1\n00:00:01,000 --> 00:00:02,000\nROSA: Rest.\n\n2\n00:00:02,000 --> 00:00:03,000\n[laughter]\n\n3\n00:00:03,000 --> 00:00:04,000\nROSA: Now.\n');
    expect(value.topics[0]!.turns.map((t) => t.speaker)).toEqual(['ROSA']);
    expect(value.topics[0]!.turns[0]!.paragraphs.map((p) => p.text).join(' ')).toContain('[laughter]');
  });
});
