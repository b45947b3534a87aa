import { describe, expect, it } from 'vitest';
import { matchTopics } from './topics.ts';

describe('matchTopics', () => {
  it('finds titles that differ only in width, case and surrounding space', () => {
    expect(matchTopics(['The Early Years', 'ＡＩ safety'], [' the early years', 'AI Safety '])).toEqual({ found: 2, expected: 2, missed: [] });
  });

  it('counts a title the tool shortened, or lengthened, when one contains the other', () => {
    expect(matchTopics(['大模型的分化', 'Funding'], ['分化', 'Funding and hiring']).found).toBe(2);
  });

  it('reports a title the tool did not find', () => {
    expect(matchTopics(['Boats', 'Herring'], ['boat · fishing · grandfather'])).toEqual({ found: 0, expected: 2, missed: ['Boats', 'Herring'] });
  });

  it('gives each tool title to one expected title only', () => {
    expect(matchTopics(['AI', 'AI'], ['AI']).found).toBe(1);
  });

  it('prefers an exact match over a containing one', () => {
    expect(matchTopics(['AI', 'AI safety'], ['AI safety', 'AI'])).toEqual({ found: 2, expected: 2, missed: [] });
  });

  it('matches across Chinese scripts', () => {
    expect(matchTopics(['大公司與創業公司做AI的差異'], ['大公司与创业公司做AI的差异']).found).toBe(1);
  });

  it('has nothing to find when the transcript marks no topics', () => {
    expect(matchTopics([], ['egg · rest · flour'])).toEqual({ found: 0, expected: 0, missed: [] });
  });
});
