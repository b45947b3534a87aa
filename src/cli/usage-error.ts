/** Wrong usage found by a command after parsing (two modes, a --deck not there): main prints it as the parser's own, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A usage message as the CLI prints it, with where to look next. */
export function usageText(message: string): string {
  return `${message}\nRun transcript-deck --help for every command and option.\n`;
}
