import { describe, expect, it } from 'vitest';
import { textDirection } from './direction.ts';

describe('textDirection', () => {
  it.each(['ar', 'he', 'fa', 'ur', 'ar-EG', 'yi'])('%s runs right to left', (lang) => expect(textDirection(lang)).toBe('rtl'));
  it.each(['en', 'zh-Hant', 'zh-Hans', 'ja', 'ko', 'hi', 'th', 'ru', 'und'])('%s runs left to right', (lang) => expect(textDirection(lang)).toBe('ltr'));
  it('is left to right for a tag that is not one', () => expect(textDirection('not a tag!')).toBe('ltr'));
});
