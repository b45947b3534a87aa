/** How many quotes and how long. */
export interface QuoteOptions {
  /** Fewest quotes a topic gets (when it has that many quotable lines). @defaultValue 2 */
  minPerTopic: number;
  /** Most quotes a topic gets (pins aside). @defaultValue 8 */
  maxPerTopic: number;
  /** The talk's length; with `quotesPerMinute` it sets the deck's total. @defaultValue 20 */
  durationMinutes: number;
  /** Quote slides per minute of talk, shared among topics by substance. @defaultValue 0.5 */
  quotesPerMinute: number;
  /** Han text: shortest quote in characters (a Latin word counts two). @defaultValue 12 */
  minLength: number;
  /** Han text: longest quote in characters. @defaultValue 80 */
  maxLength: number;
  /** Latin-script text: shortest quote in words. @defaultValue 10 */
  minWords: number;
  /** Latin-script text: longest quote in words. @defaultValue 35 */
  maxWords: number;
  /**
   * Past a topic's `minPerTopic`, a line scoring below this is left out rather than fill the topic's
   * share: of the slide quotes readers rated (eval/ratings, round 3), the fifth that scored lowest
   * was 61 % bad and 8 % good. A featured speaker's first quote in the deck is exempt.
   * @defaultValue 2.6
   */
  minScore: number;
}

export const defaultQuoteOptions: QuoteOptions = {
  minPerTopic: 2,
  maxPerTopic: 8,
  durationMinutes: 20,
  quotesPerMinute: 0.5,
  minLength: 12,
  maxLength: 80,
  minWords: 10,
  maxWords: 35,
  minScore: 2.6,
};
