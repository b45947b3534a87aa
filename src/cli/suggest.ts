import { closestMatch } from 'leven';

/**
 * The candidate a mistyped `word` most likely meant, by Levenshtein distance (leven), ignoring
 * case; none when every candidate is further than a third of the word's length (at least 2:
 * `pfd` is 2 from `pdf`).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const maxDistance = Math.max(2, Math.ceil(word.length / 3));
  const lower = candidates.map((c) => c.toLowerCase());
  const found = closestMatch(word.toLowerCase(), lower, { maxDistance });
  return found === undefined ? undefined : candidates[lower.indexOf(found)];
}

/** ` Did you mean X?` for a mistyped word, or nothing. */
export function didYouMean(word: string, candidates: readonly string[], shown = (c: string) => c): string {
  const near = closest(word, candidates);
  return near === undefined ? '' : ` Did you mean ${shown(near)}?`;
}
