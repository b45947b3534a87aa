import { describe, expect, it } from 'vitest';
import { themeColours } from './theme.ts';

describe('themeColours', () => {
  it('reads both themes from the deck\'s stylesheet', () => {
    expect(themeColours('light')).toMatchObject({ bg: 'FBFAF7', fg: '1D1F24', accent: 'A4361D' });
    expect(themeColours('dark')).toMatchObject({ bg: '15171C', fg: 'ECEAE4', accent: 'F59E7C' });
  });

  it('refuses a stylesheet without a colour rather than guessing one', () => {
    expect(() => themeColours('dark', ':root { --td-bg: #ffffff; }')).toThrow(/--td-bg colour for the dark theme/);
  });
});
