/** A line of the clean text, without its `\n`, and the clean offset where it starts. */
export interface TextLine {
  text: string;
  start: number;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      lines.push({ text: text.slice(start), start });
      return lines;
    }
    lines.push({ text: text.slice(start, end), start });
    start = end + 1;
  }
}

/** The line with surrounding white space removed, and the offset of what is left. */
export function trimLine(line: TextLine): TextLine {
  const leading = line.text.length - line.text.trimStart().length;
  return { text: line.text.trim(), start: line.start + leading };
}
