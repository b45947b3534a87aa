import { describe, expect, it } from 'vitest';
import { LineIndex } from './position.ts';

describe('LineIndex', () => {
  it('gives 1-based lines and columns for LF, CRLF and lone CR', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    expect(index.positionAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.positionAt(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(index.positionAt(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(index.positionAt(10)).toEqual({ line: 4, column: 1, offset: 10 });
    expect(index.lineCount).toBe(4);
    expect(index.lineText(2)).toBe('cd');
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('abc');
    expect(index.positionAt(-5).offset).toBe(0);
    expect(index.positionAt(99)).toEqual({ line: 1, column: 4, offset: 3 });
  });
});
