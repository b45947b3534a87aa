import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { parse } from './index.ts';
import { parseMarkdown } from './markdown.ts';
import { parseNameColon } from './name-colon.ts';
import { cleanFixture } from './outline.ts';
import { parseQa } from './qa.ts';

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
  it('reads `#`…`######` headings as topics, the text of each line unchanged, as the Markdown reader reads it', () => {
    const clean = cleanFixture('name-colon-headings.en.txt');
    const { value } = parseNameColon(clean);
    expect(value.lead.map((p) => p.text)).toEqual(['Bridges and Tunnels, episode 12']);
    expect(value.topics.map((t) => [t.title, t.span.start.line, t.turns.length])).toEqual([
      ['The old bridge', 3, 3],
      ['The tunnel', 9, 2],
      ['Questions from listeners', 14, 2],
    ]);
    const said = (t: typeof value) => t.topics.flatMap((topic) => topic.turns.flatMap((turn) => turn.paragraphs.map((p) => `${turn.speaker}: ${p.text}`)));
    expect(said(value)).toContain('Rui: In 1931. It took *six* years, see [the archive](https://example.org/archive).');
    expect(said(value)).toContain("Ana: And it's <i>still</i> there.");
    expect(said(parseMarkdown(clean).value)).toEqual(said(value));
  });

  it('reads `> (第一題：…)` section lines as topics', () => {
    const { value } = parseNameColon(cleanFixture('dialogue-page.zh.md'));
    expect(value.topics.map((t) => t.title)).toEqual(['你為什麼開始寫作？', '寫作最難的是什麼？', '給新手的建議']);
    expect(value.speakers.map((s) => s.name)).toEqual(['林', '陳']);
  });

  it('never takes a URL, a time, an aside, a domain or `?` for a speaker; a label whose text is a URL is meta', () => {
    const { value } = parseNameColon(cleanFixture('name-colon-asides.en.txt'));
    expect(value.lead.map((p) => p.text)).toEqual(['The Long Table, episode 7', 'Podcast: https://example.org/long-table/7', 'Video: youtu.be/abc123']);
    expect(value.speakers.map((s) => s.name)).toEqual(['Kim', 'Jo']);
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs.length])).toEqual([
      ['Kim', 2],
      ['Jo', 4],
      ['Kim', 1],
      ['Jo', 1],
    ]);
  });

  it('reads `Name (12:03):`, `Name: [12:03]` and `[12:03]` at a line start as times of the paragraph', () => {
    const { value } = read('Dave (12:03): one\nSue: [12:10] two\n[12:20] three\nDave: 00:13:05 four\n');
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs.map((p) => [p.text, p.time?.start])])).toEqual([
      ['Dave', [['one', 723]]],
      ['Sue', [['two', 730], ['three', 740]]],
      ['Dave', [['four', 785]]],
    ]);
  });

  it('reads a talk under headings followed by a Q&A as the qa reader does', () => {
    const clean = cleanFixture('talk-qa.zh.md');
    const shape = (t: ReturnType<typeof parseNameColon>['value']) => ({ speakers: t.speakers, topics: t.topics.map((topic) => [topic.title, topic.turns.map((turn) => [turn.speaker, turn.paragraphs.map((p) => p.text)])]) });
    expect(shape(parseNameColon(clean).value)).toEqual(shape(parseQa(clean).value));
    expect(parseNameColon(clean).value.speakers.map((s) => `${s.name} ${s.kind}`)).toEqual(['答 featured', '问 host']);
  });

});
