import { describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.ts';
import { normalize } from '../normalize/index.ts';
import { cleanFixture } from './outline.ts';
import { detectFormat, parse } from './index.ts';
import { isBogusName, plausibility } from './plausibility.ts';

function clean(text: string, path = 'talk.txt') {
  return normalize(decode({ path, bytes: new TextEncoder().encode(text) }).value).value;
}

/** Six real-looking Whisper segments: `[start --> end]  text`, which also match `[Name] text`. */
const WHISPER_SEGMENTS = [
  '[0.00 --> 4.20]  Welcome back everyone, today we are going to talk about caches.',
  '[4.20 --> 9.86]  The first thing you need to know is that every cache is a bet on the future.',
  '[9.86 --> 14.02]  And most of the time the bet pays off, which is why we keep making it.',
  '[14.02 --> 19.50]  But when it does not, you pay twice: once for the miss and once for the bookkeeping.',
  '[19.50 --> 25.11]  So the question is never whether to cache, it is what you are willing to lose.',
  '[25.11 --> 31.40]  Let me show you three systems where the answer was surprising.',
].join('\n');

describe('speaker names that are not names', () => {
  it.each(['00:12:03', '36.72 --> 41.64', '12', '3.5 s', 'Lucas Lucas Lucas Lucas', 'DIE GRÜNEN)', 'https://example.org/ep/12', 'www.example.com', '(laughs)', '[music]'])('%j is bogus', (name) => {
    expect(isBogusName(name)).toBe(true);
  });
  it.each(['Dave', 'Speaker 1', 'Lex Fridman', '主持人', 'Dr. Ruth (host)', '?', 'R2-D2'])('%j is a name', (name) => {
    expect(isBogusName(name)).toBe(false);
  });
});

describe('choosing a reader by the plausibility of its parse', () => {
  it('never gives a bracketed time to a "speaker", whichever reader reads it', () => {
    for (const text of [WHISPER_SEGMENTS, WHISPER_SEGMENTS.replaceAll(' --> ', ' - ')]) {
      const { value } = parse(clean(text));
      expect(value.speakers.filter((s) => isBogusName(s.name))).toEqual([]);
      expect(value.format).toBe('whisper-text');
    }
  });

  it('warns when even the likeliest parse is doubtful: a bracket in every line, a new "speaker" each time', () => {
    // Footnote-style `[Source] text` lines: the `[Name] text` layout by shape, but no cast.
    const sources = ['Reuters', 'Bloomberg', 'Nature', 'Science', 'Wired', 'Vox', 'Slate', 'Axios', 'Politico', 'Forbes', 'Fortune', 'Quartz'];
    const text = sources.map((source, i) => `[${source}] Item ${i + 1} of the press review says the market moved on the news this week.`).join('\n');
    const { diagnostics } = parse(clean(text));
    const warning = diagnostics.find((d) => d.rule === 'implausible-parse');
    expect(warning?.message).toMatch(/12 different speakers, 12 of whom say only a line or two, once/u);
    expect(warning?.hint).toMatch(/format:/u);
  });

  it('warns when even a forced format makes nonsense of the file', () => {
    const lead = Array.from({ length: 12 }, (_, i) => `This is paragraph ${i + 1} of a talk that nobody labelled, and it goes on for a while about the subject.`).join('\n\n');
    const { value, diagnostics } = parse(clean(`${lead}\n\nQ: Why?\nA: Because.\n`), { format: 'qa' });
    expect(value.format).toBe('qa');
    const warning = diagnostics.find((d) => d.rule === 'implausible-parse');
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning!.message).toMatch(/set by `format:`.*in speakers' turns/su);
  });

  it('doubts a parse that leaves most of the text in the introduction', () => {
    const lead = Array.from({ length: 12 }, (_, i) => `This is paragraph ${i + 1} of a talk that nobody labelled, and it goes on for a while about the subject.`).join('\n\n');
    const qa = 'Q: Why did you start?\nA: Because nobody else would.\nQ: And now?\nA: Now we are three.';
    const { value } = parse(clean(`${lead}\n\n${qa}\n`), { format: 'qa' });
    const p = plausibility(value);
    expect(p.score).toBeLessThan(0.5);
    expect(p.doubts[0]!.reason).toMatch(/in speakers' turns/u);
  });

  it('doubts a cast in which nearly everyone speaks once', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `Person${String.fromCharCode(65 + (i % 26))}${i}: says one thing, number ${i}.`).join('\n');
    const { value } = parse(clean(lines), { format: 'name-colon' });
    expect(plausibility(value).doubts.map((d) => d.reason).join()).toMatch(/40 different speakers, 40 of whom say only a line or two, once/u);
  });

  it('warns when a sixth of what was said has no speaker though others are named, even if the rest reads well', () => {
    const turns = (n: number) => Array.from({ length: n }, (_, i) => `Dave: Point ${i + 1} is that the build got faster once we measured the one step nobody looked at.\nSue: Agreed, and point ${i + 1} is also that nobody had measured it before.`).join('\n');
    // Under a heading of their own, with no one speaking there: not a section's introduction (no one follows).
    const items = 'Item one of the agenda, as the record prints it under its heading, and it goes on for a while about the budget.\nItem two of the agenda, printed the same way, also under the heading before anyone speaks to it.\nItem three, with its own long description of what the meeting is asked to decide today.';
    const { diagnostics } = parse(clean(`## Opening\n\n${turns(3)}\n\n## Reports\n\n${items}\n\n## Discussion\n\n${turns(3)}\n`, 'minutes.txt'));
    const warning = diagnostics.find((d) => d.rule === 'implausible-parse');
    expect(warning?.message).toMatch(/of what was said has no speaker, though others are named/u);
  });

  it.each(['name-colon.en.txt', 'qa.zh.txt', 'markdown.en.md', 'webvtt.ja.vtt', 'srt.en.srt', 'otter.en.txt', 'diarized.en.txt'])('finds nothing doubtful in the %s fixture', (file) => {
    const { value, diagnostics } = parse(cleanFixture(file));
    expect(plausibility(value).score).toBeGreaterThan(0.8);
    expect(diagnostics.filter((d) => d.rule === 'implausible-parse')).toEqual([]);
  });
});
