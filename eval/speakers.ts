import { sameLabel } from './normalise.ts';

/** The label the tool gives speech it cannot attribute to anyone. */
export const UNNAMED = '?';

export interface SpeakerComparison {
  /** The set of names the tool found is the set of labels the transcript writes. */
  exact: boolean;
  /** Names the tool found that the transcript does not use as labels, in the tool's order. */
  bogus: string[];
  /** Labels the transcript uses that the tool did not find. */
  missing: string[];
}

/**
 * Compares the speakers the tool found with the labels a person counted. A transcript that names
 * no one (`expected` empty) is read right when the tool names no one either: all it says is `?`'s.
 */
export function compareSpeakers(found: readonly string[], expected: readonly string[]): SpeakerComparison {
  const expectedKeys = new Set(expected.map(sameLabel));
  const foundKeys = new Set(found.map(sameLabel));
  const bogus = found.filter((name) => !expectedKeys.has(sameLabel(name)) && !(expected.length === 0 && name === UNNAMED));
  const missing = expected.filter((label) => !foundKeys.has(sameLabel(label)));
  return { exact: bogus.length === 0 && missing.length === 0, bogus, missing };
}
