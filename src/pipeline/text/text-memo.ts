/**
 * Results computed from a text alone (its segmentation, its Simplified copy), remembered by the
 * text. The dev server re-runs the pipeline after every edit, and most paragraphs are the same as
 * the run before: remembering them skips most of the work. The bound is in characters, not entries,
 * so a long transcript (a few million characters) is remembered whole instead of evicting its own
 * first paragraphs before the next run reaches them.
 */
export class TextMemo<T> {
  readonly #entries = new Map<string, T>();
  #chars = 0;

  /** @param maxChars The most characters of keys kept; the least recently used go first. */
  constructor(readonly maxChars: number) {}

  get(text: string, compute: (text: string) => T): T {
    const known = this.#entries.get(text);
    if (known !== undefined) {
      // Most recently used last, so eviction takes what no run has asked for longest.
      this.#entries.delete(text);
      this.#entries.set(text, known);
      return known;
    }
    const value = compute(text);
    this.#entries.set(text, value);
    this.#chars += text.length;
    for (const key of this.#entries.keys()) {
      if (this.#chars <= this.maxChars) break;
      this.#entries.delete(key);
      this.#chars -= key.length;
    }
    return value;
  }

  clear(): void {
    this.#entries.clear();
    this.#chars = 0;
  }
}
