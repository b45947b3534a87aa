import { describe, expect, it } from 'vitest';
import { pickQuotes } from './pick.ts';
import { prepare, syntheticSeed } from './testing.ts';

// Speed and growth are measured by `npm run bench`, never asserted here.
describe('a long transcript that repeats itself', () => {
  it('never puts the same quote on two slides, across 300 topics', () => {
    const hundred = prepare(syntheticSeed(100));
    expect(hundred.transcript.topics).toHaveLength(300);
    const quotes = pickQuotes(hundred.transcript, hundred.speakers, hundred.clean).value;
    expect(quotes.length).toBeGreaterThan(10);
    // Later copies say what earlier ones said: the deck never repeats a quote.
    const bodies = quotes.map((q) => q.text.replace(/^……|……$/gu, '').replace(/^第\d+遍,/u, ''));
    expect(new Set(bodies).size).toBe(bodies.length);
  }, 60_000);
});
