/*
 * What the pictures show, as data: the shapes the Deck carries (types.ts) and svg.ts draws, kept
 * apart from data.ts, which computes them from a Transcript, so that types.ts does not import it back.
 */

/** One topic of the conversation map: its size and its turns, each with its speaker's index. */
export interface MapTopic {
  topicId: string;
  title: string;
  /** Characters said, or seconds when the transcript is timed. */
  size: number;
  turns: Array<{ speaker: number; size: number }>;
}

export interface ConversationMap {
  /** What `size` counts. */
  unit: 'characters' | 'seconds';
  /** Every speaker, in the deck's order: a turn's `speaker` indexes this (and picks its colour). */
  speakers: string[];
  topics: MapTopic[];
}

export interface KeyTerm {
  term: string;
  /** tf-idf of the term in its topic against the whole talk, 1 for the heaviest. */
  weight: number;
}

export interface SpeakerShare {
  /** Index into the deck's speakers (the colour). */
  speaker: number;
  name: string;
  /** Fraction of what was said in the topic (or the talk). */
  share: number;
}
