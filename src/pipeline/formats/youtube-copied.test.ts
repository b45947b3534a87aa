import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { cleanOffsetIn } from './builder.ts';
import { detectFormat } from './index.ts';
import { cleanFixture } from './outline.ts';
import { parseYoutubeCopied } from './youtube-copied.ts';

// fixtures/youtube-copied.en.txt: the first two chapters of the transcript of GritAI Studio's
// "18 Months of AI Coding Lessons in 18 Minutes", as copied from YouTube's transcript panel into a
// notes file (stored file id 53712088343).
const read = (text: string) => parseYoutubeCopied(cleanFromString(text, 'talk.txt'));

describe('youtube-copied', () => {
  it('reads times alone on a line, the text under them, and chapter titles as topics', () => {
    const clean = cleanFixture('youtube-copied.en.txt');
    expect(detectFormat(clean.text).id).toBe('youtube-copied');
    const { value, diagnostics } = parseYoutubeCopied(clean);
    expect(value.topics.map((t) => [t.title, t.span.start.line])).toEqual([
      ['Intro', 1],
      ['Tip 0: Embrace a Pair-Programming Mindset (The Foundation)', 72],
    ]);
    expect(value.speakers.map((s) => s.name)).toEqual(['?']);
    const [intro, tip] = value.topics.map((t) => t.turns.flatMap((turn) => turn.paragraphs));
    expect(intro![0]!.text.startsWith("Let's be honest, there's a lot of AI slop out there. Bad code, hallucinations")).toBe(true);
    expect(intro![0]!.time?.start).toBe(0);
    expect(intro![intro!.length - 1]!.text.endsWith('Tip zero, embrace a pair')).toBe(true);
    expect(intro![intro!.length - 1]!.time?.end).toBe(97);
    expect(tip![0]!.text.startsWith('programming mindset. Before we get to the 10 tips')).toBe(true);
    expect(tip![0]!.time?.start).toBe(97);
    for (const p of [...intro!, ...tip!]) for (let i = 0; i < p.text.length; i++) if (p.text[i] !== ' ') expect(clean.text[cleanOffsetIn(p, i)]).toBe(p.text[i]);
    expect(diagnostics.some((d) => d.rule === 'no-speakers')).toBe(true);
  });

  it('reads `0:00 text` on one line, hours, and `Name:` speakers', () => {
    const { value } = read('0:00 Ada: Welcome back.\n0:04 Ben: Thanks for having me.\n59:58 Ada: One more thing.\n1:00:02 Ben: Sure.\n');
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs[0]!.text, t.paragraphs[0]!.time])).toEqual([
      ['Ada', 'Welcome back.', { start: 0, end: 4 }],
      ['Ben', 'Thanks for having me.', { start: 4, end: 3598 }],
      ['Ada', 'One more thing.', { start: 3598, end: 3602 }],
      ['Ben', 'Sure.', { start: 3602, end: 3602 }],
    ]);
  });

  it('is not taken for prose that mentions a time', () => {
    expect(detectFormat('We met at 12:30.\nThen at\n14:00\nwe left.\n').id).not.toBe('youtube-copied');
  });
});
