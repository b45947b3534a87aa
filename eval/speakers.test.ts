import { describe, expect, it } from 'vitest';
import { compareSpeakers } from './speakers.ts';

describe('compareSpeakers', () => {
  it('is exact when the tool finds the expected labels and no others', () => {
    expect(compareSpeakers(['Ada', 'Host'], ['Host', 'Ada'])).toEqual({ exact: true, bogus: [], missing: [] });
  });

  it('names every label the transcript does not have as bogus: timestamps, numbers, URLs', () => {
    const result = compareSpeakers(['Ada', '00:12', '2024', 'https', 'Host'], ['Ada', 'Host']);
    expect(result.exact).toBe(false);
    expect(result.bogus).toEqual(['00:12', '2024', 'https']);
  });

  it('counts `?` as bogus when the transcript names its speakers', () => {
    expect(compareSpeakers(['Ada', '?'], ['Ada'])).toEqual({ exact: false, bogus: ['?'], missing: [] });
  });

  it('reports an expected label the tool did not find', () => {
    expect(compareSpeakers(['Ada'], ['Ada', 'Host'])).toEqual({ exact: false, bogus: [], missing: ['Host'] });
  });

  it('takes a transcript that names no one as exact when the tool names no one either', () => {
    expect(compareSpeakers(['?'], [])).toEqual({ exact: true, bogus: [], missing: [] });
    expect(compareSpeakers([], [])).toEqual({ exact: true, bogus: [], missing: [] });
  });

  it('names what the tool made up in a transcript that names no one', () => {
    expect(compareSpeakers(['?', 'So'], [])).toEqual({ exact: false, bogus: ['So'], missing: [] });
  });

  it('compares labels as written, Traditional and Simplified alike (the deck may convert them)', () => {
    expect(compareSpeakers(['姚顺雨'], ['姚順雨']).exact).toBe(true);
    expect(compareSpeakers(['ada'], ['Ada']).exact).toBe(false);
  });
});
