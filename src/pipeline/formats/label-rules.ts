import { type Label, shoutedName, withoutRemark } from './labels.ts';
import type { TextLine } from './lines.ts';

/*
 * What a label means depends on the whole file, not on its line alone: a record keeps to one way of
 * naming its speakers, a cast speaks again and again, a page's header is not its dialogue. These
 * rules read the labels of every line of a `Name: text` file (name-colon, Q&A) and take back the
 * ones that, seen against the rest, are not speakers; each says which layout it comes from.
 */

/** The lines of a file with what they were read as; the rules change `labels` in place. */
export interface LabelledLines {
  lines: TextLine[];
  /** Whether a line is a heading, a section line or a stamp, read before labels are. */
  marked: (index: number) => boolean;
  labels: Array<Label | undefined>;
  /** The clean text the lines are cut from (to see their indentation). */
  source: string;
}

/** `---`, `***`, `===`: a rule between parts, structure rather than speech. */
export const RULE = /^(?:[-*_=][ \t]*){3,}$/u;

/**
 * Lines in capitals are speaker headings when they recur: at least three of them and one said again
 * (`PREGUNTA`, the president coming back), where a document's capitalised headings are each used once.
 */
export function shoutedLabels(names: ReadonlyMap<string, number>): boolean {
  const total = [...names.values()].reduce((a, b) => a + b, 0);
  return total >= 3 && [...names.values()].some((n) => n >= 2);
}

/**
 * `PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR` on a line of its own, after a break, as stenographic
 * versions head each part: a bare label when such lines recur. Returns the lines made labels.
 */
export function shoutedHeadings(read: LabelledLines): Set<number> {
  const { lines, labels, marked } = read;
  const headings = new Set<number>();
  // A heading in capitals stands after a break (a blank line, a rule); a wrapped line's end does not.
  const afterBreak = (index: number): boolean => index === 0 || lines[index - 1]!.text === '' || RULE.test(lines[index - 1]!.text);
  const shouted = new Map<string, number>();
  lines.forEach((line, index) => {
    const name = labels[index] || marked(index) || !afterBreak(index) ? undefined : shoutedName(line.text);
    if (name) shouted.set(name, (shouted.get(name) ?? 0) + 1);
  });
  if (!shoutedLabels(shouted)) return headings;
  lines.forEach((line, index) => {
    if (!labels[index] && !marked(index) && afterBreak(index) && shouted.has(line.text)) {
      labels[index] = { kind: 'speaker', name: line.text, textStart: line.text.length, text: '' };
      headings.add(index);
    }
  });
  return headings;
}

/**
 * The labels a file's own way of naming its speakers rules out, in this order (each sees the counts
 * of the labels as read, before any rule): `headings` are lines `shoutedHeadings` made labels.
 */
export function keepToOneWayOfLabelling(read: LabelledLines, headings: ReadonlySet<number>): void {
  const counts = new Map<string, number>();
  for (const label of read.labels) if (label?.kind === 'speaker') counts.set(label.name, (counts.get(label.name) ?? 0) + 1);
  inlineAmongBare(read, counts);
  indentedHeaderFields(read, counts);
  bareUnderBare(read, counts);
  oneOffHandles(read, counts);
  headerOneOffs(read, counts, headings);
}

const once = (label: Label | undefined, counts: ReadonlyMap<string, number>): label is Label => label?.kind === 'speaker' && counts.get(label.name) === 1;

/**
 * A record whose speakers head their parts on lines of their own (`Name (Party):`) does not switch
 * to `Name: text` for one line: `Apropos Griechenland: Die…` is the speech going on.
 */
function inlineAmongBare({ labels }: LabelledLines, counts: ReadonlyMap<string, number>): void {
  const recurring = labels.filter((label) => label?.kind === 'speaker' && counts.get(label.name)! >= 2);
  const bareShare = recurring.filter((label) => label!.text.trim() === '').length / Math.max(1, recurring.length);
  if (recurring.length < 4 || bareShare < 0.9) return;
  labels.forEach((label, index) => {
    if (once(label, counts) && label.text.trim() !== '') labels[index] = undefined;
  });
}

/**
 * `    主 持 人：王金平` indented in a record's header, where most of its speakers' labels start their
 * lines: a field of the header, not a speaker.
 */
function indentedHeaderFields({ lines, labels, source }: LabelledLines, counts: ReadonlyMap<string, number>): void {
  const indented = (index: number): boolean => {
    const start = lines[index]!.start;
    return start > 0 && /[ \t\u3000]/u.test(source[start - 1]!);
  };
  const regular = labels.flatMap((label, index) => (label?.kind === 'speaker' && counts.get(label.name)! >= 2 ? [index] : []));
  if (regular.length < 4 || regular.filter(indented).length > regular.length * 0.25) return;
  labels.forEach((label, index) => {
    if (once(label, counts) && indented(index)) labels[index] = undefined;
  });
}

/** `答：` alone, then `看源码：` alone: a label with nothing said under it is followed by its speech. */
function bareUnderBare({ lines, labels }: LabelledLines, counts: ReadonlyMap<string, number>): void {
  const bare = (label: Label | undefined): boolean => label?.kind === 'speaker' && label.text.trim() === '';
  let previous: Label | undefined;
  labels.forEach((label, index) => {
    if (lines[index]!.text === '') return;
    if (bare(label) && bare(previous) && once(label, counts)) labels[index] = undefined;
    previous = labels[index];
  });
}

/** `habe: Die Bedeutung…`: a lower-case "handle" used once is a hard-wrapped sentence, not a chat log's. */
function oneOffHandles({ labels }: LabelledLines, counts: ReadonlyMap<string, number>): void {
  labels.forEach((label, index) => {
    if (once(label, counts) && /^[\p{Ll}\d_.-]+$/u.test(label.name)) labels[index] = undefined;
  });
}

/**
 * A one-off `Title: subtitle` line in the header above the dialogue is part of the lead: a label used
 * once, with unlabelled lines between it and the first speaker who speaks again, unless it heads a
 * part (`headings`) or its bare name speaks again (`主席（洪委員玉欽）` above `主席`: the chair, named once).
 */
function headerOneOffs({ lines, labels, marked }: LabelledLines, counts: ReadonlyMap<string, number>, headings: ReadonlySet<number>): void {
  const firstRegular = labels.findIndex((label) => label?.kind === 'speaker' && counts.get(label.name)! >= 2);
  let unlabelledBelow = false;
  for (let i = firstRegular - 1; i >= 0; i--) {
    const label = labels[i];
    const recurs = label?.kind === 'speaker' && withoutRemark(label.name) !== label.name && (counts.get(withoutRemark(label.name)) ?? 0) >= 1;
    if (once(label, counts) && unlabelledBelow && !headings.has(i) && !recurs) labels[i] = undefined;
    else if (label?.kind === 'speaker') unlabelledBelow = false;
    if (!label && lines[i]!.text !== '' && !marked(i)) unlabelledBelow = true;
  }
}

/** A table of contents' `Name . . . . 17881 B` line: never part of a title. */
const LEADER = /(?:\.[ \t]*){4,}\S*\s*\d/u;

/**
 * `Tagesordnungspunkt 1:` alone, then the item's title on the lines below it (up to a blank line, at
 * most four lines): the title of the topic the label opens, and the lines it takes.
 */
export function titlesBelowLabels({ lines, labels, marked }: LabelledLines): { titleBelow: Map<number, { title: string; start: number; end: number }>; consumed: Set<number> } {
  const titleBelow = new Map<number, { title: string; start: number; end: number }>();
  const consumed = new Set<number>();
  labels.forEach((label, index) => {
    if (label?.kind !== 'topic' || label.text.trim() !== '') return;
    let first = index + 1;
    while (first < lines.length && lines[first]!.text === '' && first <= index + 2) first++;
    let last = first - 1;
    while (last + 1 < lines.length && lines[last + 1]!.text !== '' && !labels[last + 1] && !marked(last + 1) && !LEADER.test(lines[last + 1]!.text) && last + 1 - first < 4) last++;
    if (last < first) return;
    const parts = lines.slice(first, last + 1);
    const title = parts.map((part) => part.text).join(' ');
    if (title.length > 300) return;
    titleBelow.set(index, { title, start: parts[0]!.start, end: parts[parts.length - 1]!.start + parts[parts.length - 1]!.text.length });
    for (let i = first; i <= last; i++) consumed.add(i);
  });
  return { titleBelow, consumed };
}
