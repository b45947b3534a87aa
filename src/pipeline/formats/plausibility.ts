import type { Paragraph, Transcript } from '../types.ts';
import { isNeverAName } from './labels.ts';

/*
 * How believable a reader's parse of a text is, judged from what it made of it rather than from how
 * the text looks: a reader that matches the first lines can still turn a whole file into nonsense
 * (every Whisper timestamp a "speaker", a talk swallowed by the lead). Detection proposes readers;
 * this decides between their parses and tells when even the best one is doubtful.
 */

/** A measure that lowered the score, for the presenter's warning. */
export interface Doubt {
  /** What looks wrong, as a sentence ending without a full stop. */
  reason: string;
  /** The factor (0..1) it multiplied the score by. */
  factor: number;
  /** Worth a warning on its own, whatever the score: the presenter should look. */
  warn?: boolean;
}

export interface Plausibility {
  /** 1 for a parse nothing is wrong with, towards 0 for nonsense. */
  score: number;
  doubts: Doubt[];
}

/** Below this, the chosen parse is reported as doubtful. */
export const IMPLAUSIBLE = 0.5;

const UNKNOWN = '?';

/** A speaker label that is really a time, a number, an address or an aside (the unknown `?` is not). */
export function isBogusName(name: string): boolean {
  return name.trim() !== UNKNOWN && isNeverAName(name);
}

function characters(paragraphs: readonly Paragraph[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.text.length;
  return n;
}

/**
 * Scores a parse by speaker names' shape, turns per speaker, how much of the text is placed in turns
 * rather than lead and credits, how much is left to the unknown speaker, and whether the topic marks
 * it found have anything under them. Each measure multiplies the score by a factor in 0..1.
 */
export function plausibility(transcript: Transcript): Plausibility {
  const doubts: Doubt[] = [];
  const doubt = (factor: number, reason: string, warn = false): void => {
    if (factor < 0.999 || warn) doubts.push({ reason, factor: Math.max(0, Math.min(1, factor)), ...(warn ? { warn } : {}) });
  };

  const turns = transcript.topics.flatMap((topic) => topic.turns);
  const spoken = new Map<string, number>();
  const turnCounts = new Map<string, number>();
  for (const turn of turns) {
    spoken.set(turn.speaker, (spoken.get(turn.speaker) ?? 0) + characters(turn.paragraphs));
    turnCounts.set(turn.speaker, (turnCounts.get(turn.speaker) ?? 0) + 1);
  }
  const said = [...spoken.values()].reduce((a, b) => a + b, 0);
  const aside = characters(transcript.lead) + characters(transcript.credits) + characters(transcript.topics.flatMap((topic) => topic.intro ?? []));
  const total = said + aside;
  if (total === 0) return { score: 1, doubts };

  // The body of a transcript is what was said; a lead or credits are a small part of a page.
  const speechShare = said / total;
  doubt(Math.min(1, speechShare / 0.35), `only ${percent(speechShare)} of the text is in speakers' turns, the rest in the introduction or credits`);

  const named = [...spoken.keys()].filter((name) => name !== UNKNOWN);
  if (named.length > 0) {
    // Names that are times, numbers, addresses or asides.
    const bogusTurns = turns.filter((turn) => isBogusName(turn.speaker)).length;
    const bogusShare = bogusTurns / Math.max(1, turns.filter((t) => t.speaker !== UNKNOWN).length);
    const examples = named.filter(isBogusName).slice(0, 3).map((n) => `\`${n}\``);
    doubt(1 - bogusShare, `${percent(bogusShare)} of the turns are given to "speakers" that are not names (${examples.join(', ')})`);

    // A cast speaks again and again; a colon or bracket in prose makes a new "name" every time, for
    // a line. A speaker of a debate who speaks once speaks at length, so only short one-offs count.
    const once = named.filter((name) => turnCounts.get(name) === 1 && (spoken.get(name) ?? 0) < 400).length;
    if (named.length >= 8) {
      const onceShare = once / named.length;
      const factor = onceShare > 0.5 ? Math.max(0.05, 1 - (onceShare - 0.5) * 2) * Math.min(1, 8 / Math.sqrt(named.length)) : 1;
      doubt(factor, `${named.length} different speakers, ${once} of whom say only a line or two, once`);
    }

    // Text left to the unknown speaker where others are named was not told apart.
    const unknownShare = (spoken.get(UNKNOWN) ?? 0) / Math.max(1, said);
    // One line in seven unattributed is worth the presenter's look even when the rest reads well.
    if (unknownShare >= 0.15) doubt(1 - Math.max(0, unknownShare - 0.25) / 0.75, `${percent(unknownShare)} of what was said has no speaker, though others are named`, true);
  }

  // Marks the reader took for topics that have nothing under them were probably not its marks.
  // (Headings over a page's links and notes are empty by right; only with most of the text outside
  // the turns do they say that the talk under them was taken for an introduction.)
  const marked = transcript.topics.filter((topic) => topic.title.trim() !== '');
  if (marked.length >= 3 && speechShare < 0.5) {
    const empty = marked.filter((topic) => topic.turns.length === 0).length;
    const emptyShare = empty / marked.length;
    if (emptyShare > 0.5) doubt(1 - (emptyShare - 0.5) * 1.6, `${empty} of ${marked.length} topic headings have nothing said under them`);
  }

  const score = doubts.reduce((s, d) => s * d.factor, 1);
  return { score, doubts };
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
