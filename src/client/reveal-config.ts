import type { RevealConfig } from 'reveal.js';

/**
 * reveal.js's shipped types lag its runtime: numeric `defaultTiming`, `totalTime`,
 * `minimumTimePerSlide` and `showNotes: 'separate-page'` all work but are not typed.
 */
export interface DeckRevealConfig extends Omit<RevealConfig, 'defaultTiming' | 'showNotes'> {
  /** Seconds for the whole talk; the speaker view paces each slide by its `data-timing`. */
  totalTime?: number;
  /** Seconds for a slide that has no `data-timing`. @defaultValue null */
  defaultTiming?: number | null;
  /** Lower bound when `totalTime` is spread over slides without timing. @defaultValue 0 */
  minimumTimePerSlide?: number;
  /** @defaultValue false */
  showNotes?: boolean | 'separate-page';
}
