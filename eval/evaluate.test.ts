import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../src/io/load-deck.ts';
import type { Expected } from './corpus.ts';
import { evaluate, isFailure, type FileResult } from './evaluate.ts';

// A Japanese WebVTT interview of the unit fixtures: two voices, three `NOTE Chapter:` topics.
const VTT = join(import.meta.dirname, '../src/pipeline/formats/fixtures/webvtt.ja.vtt');
const loaded = loadDeck(VTT);
const right: Expected = { language: 'ja', layout: 'webvtt-voice', speakers: ['聞き手', '店主'], turns: 9, topics: ['店の始まり', 'あんこ作り', 'これから'], length: null };

const result = (expected: Expected, picks?: Parameters<typeof evaluate>[3]): FileResult => {
  const outcome = evaluate('ja-webvtt-voice-fixture', loaded, expected, picks, 1);
  if (isFailure(outcome)) throw new Error(outcome.failed);
  return outcome;
};

describe('evaluate', () => {
  it('finds the speakers and topics of a transcript it reads right, and asks for no warning', () => {
    const r = result(right);
    expect(r.format).toBe('webvtt');
    expect(r.speakers.exact).toBe(true);
    expect(r.topics).toMatchObject({ found: 3, expected: 3 });
    expect(r.implausible.needed).toBe(false);
    expect(r.errors).toEqual([]);
  });

  it('counts a heading the tool read but gave no section (nothing said under it) as found, apart from those with a section', () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-eval-'));
    const page = join(dir, 'night.md');
    writeFileSync(page, '# Night 56\n\n## Links\n\n- https://example.org/slides\n\n## Q&A\n\nQ: Why channels?\nA: Because they make the handoff explicit, and the scheduler can park the goroutine that waits.\n');
    const outcome = evaluate('page', loadDeck(page), { ...right, speakers: ['Q', 'A'], turns: 2, topics: ['Night 56', 'Links', 'Q&A'] }, undefined, 1);
    if (isFailure(outcome)) throw new Error(outcome.failed);
    expect(outcome.topics).toMatchObject({ found: 3, expected: 3, withSection: 1 });
  });

  it('counts turns as runs of one speaker and reads the length from the last cue', () => {
    const r = result(right);
    expect(r.turns.tool).toBe(9);
    expect(r.length.tool).toBeGreaterThan(0);
  });

  it('shows a parse that does not match the hand counts as needing a warning, and whether it came', () => {
    const r = result({ ...right, speakers: ['店主'], topics: ['店の始まり', '未来'] });
    expect(r.speakers.bogus).toEqual(['聞き手']);
    expect(r.topics.missed).toEqual(['未来']);
    expect(r.implausible).toEqual({ needed: true, warned: false });
  });

  it('measures the slide quotes: how many, which picks they recall, and their defects', () => {
    const first = loaded.output!.deck.slides.find((slide) => slide.kind === 'quote');
    if (first?.kind !== 'quote') throw new Error('the fixture has no quote slide');
    const line = first.quote.span.start.line;
    const r = result(right, [
      { line, speaker: '店主', text: first.quote.text.replace(/^…+|…+$/gu, '') },
      { line: 1, speaker: '店主', text: '誰も言わなかった言葉です。' },
    ]);
    expect(r.quotes.count).toBeGreaterThan(0);
    expect(r.quotes.picks).toMatchObject({ recalled: 1, total: 2 });
    expect(r.quotes.each).toHaveLength(r.quotes.count);
    expect(Object.values(r.quotes.defects).every((n) => n <= r.quotes.count)).toBe(true);
  });

  it('sets the featured speaker\'s share of the talk beside their share of the slides', () => {
    const r = result(right);
    const owner = r.shares.find((s) => s.name === '店主')!;
    expect(owner.kind).toBe('featured');
    expect(owner.slideShare).toBe(1);
    expect(owner.unquoted).toBe(false);
  });
});
