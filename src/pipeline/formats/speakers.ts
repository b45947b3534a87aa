import { reporterFor } from '../reporter.ts';
import type { Result, Topic, Transcript, Turn } from '../types.ts';

/**
 * Renames speakers (`{ Dave: 'Dave Smith' }`), as deck.yaml or a front matter may ask. Turns that
 * become adjacent turns of one speaker are merged, turn ids are renumbered, and the speaker list is
 * counted again. Pure: the transcript passed in is not changed.
 */
export function applyAliases(transcript: Transcript, aliases: Readonly<Record<string, string>>): Transcript {
  const rename = (name: string): string => (Object.hasOwn(aliases, name) ? aliases[name]!.trim() || name : name);
  const topics: Topic[] = transcript.topics.map((topic) => {
    const turns: Turn[] = [];
    for (const turn of topic.turns) {
      const speaker = rename(turn.speaker);
      const last = turns[turns.length - 1];
      if (last && last.speaker === speaker) {
        last.paragraphs = [...last.paragraphs, ...turn.paragraphs];
        last.span = { start: last.span.start, end: turn.span.end };
        continue;
      }
      turns.push({ ...turn, speaker, paragraphs: [...turn.paragraphs] });
    }
    return { ...topic, turns: turns.map((turn, index) => ({ ...turn, id: `${topic.id}-turn-${index + 1}` })) };
  });
  const previous = new Map(transcript.speakers.map((s) => [s.name, s]));
  const counts = new Map<string, number>();
  for (const topic of topics) for (const turn of topic.turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  const speakers = [...counts].map(([name, turnCount]) => {
    const before = previous.get(name) ?? transcript.speakers.find((s) => rename(s.name) === name);
    return { ...(before ?? { kind: 'other' as const }), name, turnCount };
  });
  return { ...transcript, topics, speakers };
}

/** `DAVE SMITH` → `dave smith`: how two labels compare when looking for variants. */
function folded(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（][^()（）]*[)）]/gu, ' ')
    .replace(/[.'’·・_-]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when one label is probably a shorter or differently written form of the other. */
export function isVariant(a: string, b: string): boolean {
  if (a === b || a === '?' || b === '?') return false;
  const fa = folded(a);
  const fb = folded(b);
  if (fa === '' || fb === '') return false;
  if (fa === fb) return true;
  const wa = fa.split(' ');
  const wb = fb.split(' ');
  // `Speaker 1` and `Speaker 2`, `Q` and `Q 2`: numbered labels are different people.
  if ([...wa, ...wb].some((w) => /^\d+$/u.test(w))) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length < long.length && short.every((w) => long.includes(w)) && short.join('').length >= 2) return true;
  // Chinese names: `姚順雨` and `順雨`, `主持人` and `主持人甲`.
  const han = /^\p{Script=Han}{2,}$/u;
  if (han.test(fa) && han.test(fb)) {
    const [s, l] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
    return s.length >= 2 && l.includes(s);
  }
  return false;
}

/**
 * Reports labels that are probably one person written two ways (`Dave:` and `Dave Smith:`), where
 * each first occurs. Renaming is left to the presenter (deck.yaml), through `applyAliases`.
 */
export function speakerVariants(transcript: Transcript, file: string): Result<void> {
  const first = new Map<string, Turn>();
  for (const topic of transcript.topics) for (const turn of topic.turns) if (!first.has(turn.speaker)) first.set(turn.speaker, turn);
  const names = [...first.keys()];
  const reporter = reporterFor(file);
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i]!;
      const b = names[j]!;
      if (!isVariant(a, b)) continue;
      const turn = first.get(b)!;
      reporter.warn('speaker-variant', turn.span, `Unexpected speaker label \`${b}\`, expected \`${a}\` as before: they look like one person written two ways`, `If they are one person, alias \`${b}\` to \`${a}\` (or the other way round) in deck.yaml; otherwise nothing to do.`);
    }
  }
  return reporter.result(undefined);
}
