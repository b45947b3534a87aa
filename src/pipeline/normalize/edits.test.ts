import { describe, expect, it } from 'vitest';
import { applyEdits } from './edits.ts';

describe('applyEdits', () => {
  it('applies deletions and replacements and maps every offset back', () => {
    const original = 'ab(x)cd\r\nef';
    const edited = applyEdits(original, [
      { start: 7, end: 9, text: '\n', rule: 'line-ending' },
      { start: 2, end: 5, text: '', rule: 'pinyin-gloss' },
    ]);
    expect(edited.text).toBe('abcd\nef');
    // 'c' was at 5 in the original, 'e' at 9.
    expect(edited.toOriginalOffset(2)).toBe(5);
    expect(edited.toOriginalOffset(4)).toBe(7);
    expect(edited.toOriginalOffset(5)).toBe(9);
    expect(edited.toOriginalOffset(edited.text.length)).toBe(original.length);
  });

  it('maps every character of a replacement to the start of what it replaced', () => {
    const edited = applyEdits('xx?yy', [{ start: 2, end: 3, text: '為它', rule: 'garbled-text' }]);
    expect(edited.text).toBe('xx為它yy');
    expect(edited.toOriginalOffset(2)).toBe(2);
    expect(edited.toOriginalOffset(3)).toBe(2);
    expect(edited.toOriginalOffset(4)).toBe(3);
  });

  it('skips an edit that overlaps an earlier one instead of corrupting the text', () => {
    const edited = applyEdits('abcdef', [
      { start: 1, end: 4, text: '', rule: 'a' },
      { start: 2, end: 5, text: 'Z', rule: 'b' },
    ]);
    expect(edited.text).toBe('aef');
  });
});
