import { describe, expect, it } from 'vitest';
import { rejection } from './markers.ts';

const bounds = { min: 20, max: 200, ideal: 90 };

describe('rejection', () => {
  it('calls an English line cut after a preposition, article or possessive a fragment', () => {
    expect(rejection("We've got June and David who work in our", 41, 'latin', bounds, 5)).toBe('fragment');
    expect(rejection('The delta is the record of every flood we ever had in the', 58, 'latin', bounds, 5)).toBe('fragment');
    expect(rejection('And that is what the river remembers about', 43, 'latin', bounds, 5)).toBe('fragment');
  });

  it('keeps a whole sentence, with or without its full stop (machine captions have none)', () => {
    expect(rejection('A delta is the record of that slowing down, layer on layer.', 59, 'latin', bounds, 6)).toBeUndefined();
    expect(rejection('a delta is the record of that slowing down layer on layer', 57, 'latin', bounds, 6)).toBeUndefined();
  });
});
