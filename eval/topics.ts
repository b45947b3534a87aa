import { comparable } from './normalise.ts';

export interface TopicMatch {
  /** Expected titles found among the tool's titles. */
  found: number;
  expected: number;
  /** Expected titles the tool has no title for. */
  missed: string[];
}

/**
 * How many of the topic titles a transcript marks the tool found. Titles match after width, case,
 * script and space are folded, or when one contains the other (the tool may shorten a title, or
 * keep a `主題:` it belongs to). Each tool title answers one expected title; exact matches first,
 * so that a short title does not take the place of the one it equals.
 */
export function matchTopics(expected: readonly string[], tool: readonly string[]): TopicMatch {
  const toolKeys: Array<string | undefined> = tool.map(comparable).map((key) => (key === '' ? undefined : key));
  const matched = new Array<boolean>(expected.length).fill(false);
  const expectedKeys = expected.map(comparable);
  const claim = (accepts: (want: string, have: string) => boolean): void => {
    expectedKeys.forEach((want, i) => {
      if (matched[i] || want === '') return;
      const j = toolKeys.findIndex((have) => have !== undefined && accepts(want, have));
      if (j < 0) return;
      matched[i] = true;
      toolKeys[j] = undefined;
    });
  };
  claim((want, have) => want === have);
  claim((want, have) => want.includes(have) || have.includes(want));
  return { found: matched.filter(Boolean).length, expected: expected.length, missed: expected.filter((_, i) => !matched[i]) };
}
