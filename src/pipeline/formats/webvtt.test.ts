import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { cleanOffsetIn } from './builder.ts';
import { parseTimestamp, readCueLine } from './cues.ts';
import { parseWebvtt } from './webvtt.ts';

const read = (text: string) => parseWebvtt(cleanFromString(text, 'talk.vtt'));
const turns = (text: string) => read(text).value.topics.flatMap((t) => t.turns.map((turn) => [turn.speaker, turn.paragraphs.map((p) => p.text)]));

describe('webvtt', () => {
  it('reads <v Name> voice tags, keeps cue times on paragraphs, and merges one speaker’s cues', () => {
    const { value } = read('WEBVTT\n\n00:01.000 --> 00:02.500\n<v Dave>Hello there.</v>\n\n00:03.000 --> 00:04.000\n<v Dave>How are you?\n\n00:05.000 --> 00:06.000\n<v.loud Sue>Fine!\n');
    const [dave, sue] = value.topics[0]!.turns;
    expect(dave!.paragraphs.map((p) => [p.text, p.time])).toEqual([['Hello there. How are you?', { start: 1, end: 4 }]]);
    expect(sue!.speaker).toBe('Sue');
  });

  it('leaves out inline tags, karaoke timestamps and cue settings; decodes character references', () => {
    const text = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000 line:90% align:start\n<v Dave><00:00:01.200><c.yellow>Fish</c> <i>and</i> <b>chips</b> &amp; peas &lt;3</v>\n';
    const { value } = read(text);
    const paragraph = value.topics[0]!.turns[0]!.paragraphs[0]!;
    expect(paragraph.text).toBe('Fish and chips & peas <3');
    const clean = cleanFromString(text, 'talk.vtt');
    expect(clean.text[cleanOffsetIn(paragraph, 0)]).toBe('F');
    expect(clean.text.slice(cleanOffsetIn(paragraph, 15), cleanOffsetIn(paragraph, 15) + 5)).toBe('&amp;');
    expect(paragraph.span.start).toMatchObject({ line: 4, column: 33 });
  });

  it('reads `Name:` prefixes (used twice, shouted, or after >>) and not a one-off `Look:`', () => {
    expect(
      turns('WEBVTT\n\n00:01.000 --> 00:02.000\nDave: one.\n\n00:03.000 --> 00:04.000\nSue: two.\n\n00:05.000 --> 00:06.000\nDave: Look: three.\n\n00:07.000 --> 00:08.000\nSue: four.\n'),
    ).toEqual([
      ['Dave', ['one.']],
      ['Sue', ['two.']],
      ['Dave', ['Look: three.']],
      ['Sue', ['four.']],
    ]);
  });

  it('with no speakers at all, everything is said by `?`, with one info', () => {
    const { value, diagnostics } = read('WEBVTT\n\n00:01.000 --> 00:02.000\nOne.\n\n00:03.000 --> 00:04.000\nTwo.\n');
    expect(value.speakers.map((s) => s.name)).toEqual(['?']);
    expect(diagnostics.filter((d) => d.rule === 'no-speakers')).toHaveLength(1);
  });

  it('leaves out NOTE, STYLE and REGION blocks, but opens a topic at `NOTE Chapter: …`', () => {
    const { value, diagnostics } = read('WEBVTT\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:r1\n\nNOTE a comment\nover two lines\n\nNOTE Chapter: Beginnings\n\n00:01.000 --> 00:02.000\n<v Dave>One.\n\nNOTE 主題：結尾\n\n00:03.000 --> 00:04.000\n<v Dave>Two.\n');
    expect(value.topics.map((t) => [t.title, t.span.start.line, t.turns.length])).toEqual([
      ['Beginnings', 12, 1],
      ['結尾', 17, 1],
    ]);
    expect(JSON.stringify(value)).not.toContain('comment');
    expect(diagnostics.find((d) => d.rule === 'webvtt-note')?.message).toContain('1 NOTE');
  });

  it('skips an empty cue with an info, and keeps text found outside any cue with a warning', () => {
    const { value, diagnostics } = read('WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:03.000 --> 00:04.000\n<v Dave>One.\n\nstray words\n');
    expect(diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['empty-cue', 'text-outside-cue']));
    expect(value.topics[0]!.turns[0]!.paragraphs.map((p) => p.text)).toEqual(['One. stray words']);
  });

  it('drops the repeated line of rolling captions, saying so', () => {
    const { value, diagnostics } = read('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Dave>one two\nthree four\n\n00:02.000 --> 00:03.000\nthree four\nfive six.\n');
    expect(value.topics[0]!.turns[0]!.paragraphs[0]!.text).toBe('one two three four five six.');
    expect(diagnostics.map((d) => d.rule)).toContain('repeated-caption');
  });

  it('warns about a missing header and a bad timestamp without losing text', () => {
    const { value, diagnostics } = read('00:01.000 --> 00:99.000\nHello.\n');
    expect(diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['webvtt-header']));
    expect(value.topics[0]!.turns[0]!.paragraphs[0]!.text).toBe('Hello.');
  });

  it('parses timestamps', () => {
    expect(parseTimestamp('00:01.500')).toBe(1.5);
    expect(parseTimestamp('01:02:03.004')).toBeCloseTo(3723.004);
    expect(parseTimestamp('00:00:01,000')).toBe(1);
    expect(parseTimestamp('00:61.000')).toBeUndefined();
  });

  it('reads a cue line: voice, >> speaker change, dialogue dash', () => {
    const line = readCueLine({ text: '>> <v Bob>- Hi', start: 0 });
    expect(line.voice).toBe('Bob');
    expect(line.change).toBe(true);
    expect(line.stretches.map((s) => s.text).join('')).toBe('Hi');
  });
});
