import { describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.ts';
import { normalize } from '../normalize/index.ts';
import { readChapters } from './chapters.ts';
import { parse } from './index.ts';

function clean(text: string, path: string) {
  return normalize(decode({ path, bytes: new TextEncoder().encode(text) }).value).value;
}

const CAPTIONS = `1
00:00:01,000 --> 00:00:05,000
Good morning. I want to tell you how our build got fast.

2
00:00:05,000 --> 00:00:11,000
For years a full build took forty minutes, and nobody measured why.

3
00:02:10,000 --> 00:02:16,000
The answer was one step: we compressed every asset twice.

4
00:02:16,000 --> 00:02:22,000
Caching that step cut the build to four minutes.

5
00:05:00,000 --> 00:05:06,000
So, questions. Yes, in the back?
`;

const CHAPTERS_VTT = `WEBVTT

00:00:00.000 --> 00:02:00.000
Why builds are slow

00:02:00.000 --> 00:04:59.000
The one step nobody measured

00:05:00.000 --> 00:06:00.000
Questions
`;

describe('a chapters file beside the captions', () => {
  it('reads WebVTT chapter cues and video-description lines, with their places', () => {
    const vtt = readChapters('talk.chapters.vtt', CHAPTERS_VTT);
    expect(vtt.value.map((c) => [c.title, c.start, c.span.start.line])).toEqual([
      ['Why builds are slow', 0, 4],
      ['The one step nobody measured', 120, 7],
      ['Questions', 300, 10],
    ]);
    const description = readChapters('talk.chapters.txt', '0:00 Why builds are slow\n2:00 - The one step nobody measured\n5:00 | Questions\nSee you next week!\n');
    expect(description.value.map((c) => [c.title, c.start])).toEqual([
      ['Why builds are slow', 0],
      ['The one step nobody measured', 120],
      ['Questions', 300],
    ]);
    expect(description.diagnostics).toMatchObject([{ rule: 'chapter-line', span: { start: { line: 4, column: 1 } } }]);
  });

  it('opens a topic at each chapter, keeping every paragraph in order', () => {
    const chapters = readChapters('talk.chapters.vtt', CHAPTERS_VTT).value;
    const without = parse(clean(CAPTIONS, 'talk.srt')).value;
    const { value } = parse(clean(CAPTIONS, 'talk.srt'), { chapters: { path: 'talk.chapters.vtt', chapters } });
    expect(value.topics.map((t) => t.title)).toEqual(['Why builds are slow', 'The one step nobody measured', 'Questions']);
    expect(value.topics.map((t) => t.id)).toEqual(['topic-1', 'topic-2', 'topic-3']);
    const texts = (t: typeof value) => t.topics.flatMap((topic) => topic.turns.flatMap((turn) => turn.paragraphs.map((p) => p.text))).join(' ');
    expect(texts(value)).toBe(texts(without));
    expect(value.topics[1]!.turns[0]!.paragraphs[0]!.text).toMatch(/^The answer was one step/u);
  });

  it('says why when the transcript has no times to place them by', () => {
    const chapters = readChapters('talk.chapters.vtt', CHAPTERS_VTT).value;
    const { diagnostics } = parse(clean('Dave: hi there, welcome.\nSue: thanks for having me.\nDave: so, caches.\n', 'talk.txt'), { chapters: { path: 'talk.chapters.vtt', chapters } });
    expect(diagnostics.find((d) => d.rule === 'chapters-untimed')).toMatchObject({ severity: 'warning', file: 'talk.chapters.vtt' });
  });
});
