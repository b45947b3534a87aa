import { describe, expect, it } from 'vitest';
import { clearSimplifiedMemo, simplifiedCopy, toSimplified } from './simplified.ts';

describe('simplifiedCopy', () => {
  it('gives Traditional text in Simplified, Taiwan forms included', () => {
    expect(simplifiedCopy('眼看著我們的農業')).toBe('眼看着我们的农业');
    expect(simplifiedCopy('頭髮')).toBe('头发');
  });

  it('keeps the length where a conversion would change it, converting the rest', () => {
    // `錀` becomes `𬬭`, outside the Basic Multilingual Plane: two code units for one.
    const text = '這是一個錀字';
    const copy = simplifiedCopy(text);
    expect(copy).toBe('这是一个錀字');
    expect(copy.length).toBe(text.length);
  });

  it('leaves text without Han characters as it is, and gives the same copy after the memo is cleared', () => {
    expect(simplifiedCopy('no Chinese here')).toBe('no Chinese here');
    const first = simplifiedCopy('臺灣的國語');
    clearSimplifiedMemo();
    expect(simplifiedCopy('臺灣的國語')).toBe(first);
  });
});

describe('toSimplified', () => {
  it('reads the text by the standard tables, where `著` stays', () => {
    expect(toSimplified('眼看著我們的農業')).toBe('眼看著我们的农业');
  });

  it('may change the length, as the phrase breaker and the PowerPoint writer expect', () => {
    expect(toSimplified('這是一個錀字')).toBe('这是一个𬬭字');
    expect(toSimplified('简体中文') === '简体中文').toBe(true);
  });
});
