import { describe, expect, it } from 'vitest';
import { asRule, RULES, severitiesOf } from './rules.ts';

describe('the list of rules', () => {
  it('takes a listed id as a rule and throws on one that is not listed, naming it', () => {
    expect(asRule('garbled-text')).toBe('garbled-text');
    expect(() => asRule('garbeld-text')).toThrow('`garbeld-text`');
  });

  it('gives every rule its severities, the usual one first, and a one-line description', () => {
    expect(severitiesOf('front-matter')).toEqual(['info', 'warning']);
    expect(severitiesOf('stale-pin')).toEqual(['error']);
    for (const [id, rule] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description, id).toMatch(/^[^\n]+\.$/);
    }
  });
});
