// spdx-satisfies ships no types: its one function, as its README documents it.
declare module 'spdx-satisfies' {
  /** Whether the SPDX expression is satisfied by the approved identifiers (no AND/OR among them). Throws on an invalid expression. */
  export default function satisfies(expression: string, approved: readonly string[]): boolean;
}
