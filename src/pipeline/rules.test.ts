import { describe, expect, it } from 'vitest';
import { RULES, severitiesOf } from './rules.ts';

describe('the list of rules', () => {
  it('gives every rule its severities, the usual one first, and a one-line description', () => {
    expect(severitiesOf('front-matter')).toEqual(['info', 'warning']);
    expect(severitiesOf('stale-pin')).toEqual(['error']);
    for (const [id, rule] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description, id).toMatch(/^[^\n]+\.$/);
    }
  });
});
