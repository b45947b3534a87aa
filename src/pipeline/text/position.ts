import { lastStartingAtOrBefore } from '../../shared/sorted-search.ts';
import type { Position, SourceSpan } from '../types.ts';

/** Turns offsets into 1-based line/column positions for one text, in O(log lines) each. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // A CR LF pair ends one line; a lone CR or LF ends one too.
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const index = lastStartingAtOrBefore(this.lineStarts, clamped, (start) => start);
    return { line: index + 1, column: clamped - this.lineStarts[index]! + 1, offset: clamped };
  }

  spanOf(start: number, end: number): SourceSpan {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset where a 1-based line starts, or -1 past the last line. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? -1;
  }

  /** The text of a 1-based line without its line ending. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}
