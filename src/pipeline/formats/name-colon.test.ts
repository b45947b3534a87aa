import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { parse } from './index.ts';
import { parseNameColon } from './name-colon.ts';

const read = (text: string) => parseNameColon(cleanFromString(text));
const turns = (text: string) => read(text).value.topics.flatMap((t) => t.turns.map((turn) => [turn.speaker, turn.paragraphs.map((p) => p.text)]));

describe('name-colon', () => {
  it('reads `Name: text` and `Name：text`, continuation lines, and merges a speaker’s consecutive lines', () => {
    expect(turns('Dave: one\ntwo\nDave: three\n主持人：四\n')).toEqual([
      ['Dave', ['one', 'two', 'three']],
      ['主持人', ['四']],
    ]);
  });

  it('does not take URLs, times or clauses for names: they continue the turn', () => {
    expect(turns('Dave: see the notes at\nhttps://example.org/notes\nAt 12:03 the power went out.\nSo the thing is: we waited.\nSue: ok\n')).toEqual([
      ['Dave', ['see the notes at', 'https://example.org/notes', 'At 12:03 the power went out.', 'So the thing is: we waited.']],
      ['Sue', ['ok']],
    ]);
  });

  it('points every paragraph at its place in the file, after the label', () => {
    const { value } = read('Dave: one\n  Sue：  two\n');
    const [dave, sue] = value.topics[0]!.turns;
    expect(dave!.paragraphs[0]!.span.start).toMatchObject({ line: 1, column: 7 });
    expect(sue!.paragraphs[0]!.span.start).toMatchObject({ line: 2, column: 9 });
  });

  it('keeps a `Note:` line among the turns as said by `?`, with a warning', () => {
    const { value, diagnostics } = read('Dave: one\nNote: the tape ran out\nSue: two\n');
    expect(value.topics[0]!.turns.map((t) => t.speaker)).toEqual(['Dave', '?', 'Sue']);
    expect(diagnostics.map((d) => [d.severity, d.rule, d.span?.start.line])).toEqual([['warning', 'editorial-line', 2]]);
  });

  it('reads the lines before the first speaker as the lead and the closing lines as credits', () => {
    const { value } = read('My Podcast — Episode 3\nRecorded at 10:30\n\nDave: one\nSue: two\nTranscribed by Bob.\n© 2024 My Podcast\n');
    expect(value.lead.map((p) => p.text)).toEqual(['My Podcast — Episode 3', 'Recorded at 10:30']);
    expect(value.credits.map((p) => p.text)).toEqual(['Transcribed by Bob.', '© 2024 My Podcast']);
  });

  it('gives the lines under a bare `Name:` to that name, and reports a label with nothing said', () => {
    const { value, diagnostics } = read('Dave:\nOne.\nTwo.\nSue:\nDave: three\n');
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs.length])).toEqual([['Dave', 3]]);
    expect(diagnostics.map((d) => d.rule)).toContain('empty-turn');
  });

  it('opens topics at `Topic:` and `主題：` lines', () => {
    const { value } = read('Topic: Bridges\nDave: one\n主題：橋\nSue: two\n');
    expect(value.topics.map((t) => t.title)).toEqual(['Bridges', '橋']);
  });

  it('keeps text with no label at all as one speaker\'s, `?`, and says so without a warning', () => {
    const { value, diagnostics } = read('one\ntwo\n');
    expect(value.topics[0]!.turns).toHaveLength(1);
    expect(value.topics[0]!.turns[0]!.speaker).toBe('?');
    expect(diagnostics.map((d) => [d.severity, d.rule, d.span?.start.line])).toEqual([['info', 'no-speakers', 1]]);
  });

  it('reports `Dave:` and `Dave Smith:` as a speaker variant', () => {
    const { diagnostics } = parse(cleanFromString('Dave Smith: one\nSue: two\nDave: three\n'));
    expect(diagnostics.filter((d) => d.rule === 'speaker-variant').map((d) => [d.severity, d.span?.start.line])).toEqual([['warning', 3]]);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', ':', '：：：', 'Dave:', 'Note:', 'Topic:', ': hi', 'a'.repeat(5000) + ': b']) expect(() => read(text)).not.toThrow();
  });
});
