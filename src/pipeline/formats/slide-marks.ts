import { type Cue, SLIDE_ID } from './cues.ts';

/** Where a topic opens among the cues: before cue `index`, with its title and place. */
export type TopicMarks = Map<number, Array<{ title: string; start: number; end: number }>>;

/** More slides than this are grouped, a few consecutive slides a topic, so the deck keeps its shape. */
const MAX_TOPICS = 12;

/**
 * Captions cut from a recorded talk often name the presenter's slide in each cue's identifier
 * (`slide-7`): the slides are the talk's own structure, so each change of slide opens a topic. The
 * topic is untitled (its key phrase titles it later), since "Slide 7" says nothing to an audience.
 * Identifiers are structure, never text: the scan keeps them out of what was said.
 */
export function slideMarks(cues: readonly Cue[]): TopicMarks {
  const changes: Array<{ index: number; start: number; end: number }> = [];
  let current: string | undefined;
  cues.forEach((cue, index) => {
    const match = cue.id ? SLIDE_ID.exec(cue.id.text) : null;
    if (!match || !cue.id) return;
    const slide = String(Number(match[1]));
    if (slide === current) return;
    current = slide;
    changes.push({ index, start: cue.id.start, end: cue.id.start + cue.id.text.length });
  });
  const marks: TopicMarks = new Map();
  if (changes.length < 2) return marks;
  const every = Math.ceil(changes.length / MAX_TOPICS);
  changes.forEach((change, n) => {
    if (n % every === 0) marks.set(change.index, [{ title: '', start: change.start, end: change.end }]);
  });
  return marks;
}
