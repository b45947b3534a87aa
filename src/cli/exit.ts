/*
 * The CLI's exit codes, one list for the code, the help and the README. 2 for wrong usage, as
 * grep, diff and getopt-style tools do; 70 is sysexits' EX_SOFTWARE, for a bug of ours.
 */

export const EXIT = { ok: 0, inputError: 1, usage: 2, internal: 70 } as const;

export const EXIT_MEANINGS: ReadonlyArray<readonly [code: number, meaning: string]> = [
  [EXIT.ok, 'ok (warnings allowed)'],
  [EXIT.inputError, 'the input has errors (or warnings, with check --strict); pdf: no built deck, a stale one, or the export failed'],
  [EXIT.usage, 'wrong usage: an unknown command or option, a missing or extra argument, a value not among the choices'],
  [EXIT.internal, 'a bug of ours (one line; TRANSCRIPT_DECK_DEBUG=1 prints the stack)'],
];
