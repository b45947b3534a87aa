/*
 * The numbers behind the deck's pictures (issue 10), computed at build time from the transcript:
 * how much each topic and each speaker said, and the terms that set a topic apart. No markup here;
 * svg.ts draws them.
 */

import { contentTerms } from '../topics/terms.ts';
import { functionWordsOf } from '../topics/stop-words.ts';
import type { Paragraph, Speaker, Topic, Transcript, Turn } from '../types.ts';
import type { ConversationMap, KeyTerm, MapTopic, SpeakerShare } from './model.ts';

export type { ConversationMap, KeyTerm, MapTopic, SpeakerShare } from './model.ts';


/** The speakers in the deck's order: the cast first, then anyone else who speaks. */
export function speakerOrder(transcript: Transcript, speakers: readonly Speaker[]): string[] {
  const names = speakers.map((s) => s.name);
  for (const topic of transcript.topics) for (const turn of topic.turns) if (!names.includes(turn.speaker)) names.push(turn.speaker);
  return [...new Set(names)];
}

/**
 * Seconds each paragraph lasts when every paragraph carries a time (its end, or the start of the
 * next one); undefined when the transcript is not timed throughout.
 */
function paragraphSeconds(transcript: Transcript): Map<Paragraph, number> | undefined {
  const all = transcript.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs));
  if (all.length === 0 || all.some((p) => !p.time)) return undefined;
  const out = new Map<Paragraph, number>();
  for (let i = 0; i < all.length; i++) {
    const p = all[i]!;
    const end = p.time!.end ?? all[i + 1]?.time?.start;
    if (end === undefined || !(end >= p.time!.start)) return undefined;
    out.set(p, end - p.time!.start);
  }
  return [...out.values()].reduce((a, b) => a + b, 0) > 0 ? out : undefined;
}

/** The conversation map: topics along the talk, each as long as what was said in it. */
export function conversationMap(transcript: Transcript, speakers: readonly Speaker[]): ConversationMap {
  const order = speakerOrder(transcript, speakers);
  const seconds = paragraphSeconds(transcript);
  const turnSize = (turn: Turn): number => turn.paragraphs.reduce((sum, p) => sum + (seconds ? seconds.get(p)! : p.text.length), 0);
  return {
    unit: seconds ? 'seconds' : 'characters',
    speakers: order,
    topics: transcript.topics.map((topic) => {
      const turns = topic.turns.map((turn) => ({ speaker: order.indexOf(turn.speaker), size: turnSize(turn) }));
      return { topicId: topic.id, title: topic.title, size: turns.reduce((s, t) => s + t.size, 0), turns };
    }),
  };
}

/** Each speaker's share of a list of turns (biggest first), from the map's sizes. */
export function speakerShares(turns: MapTopic['turns'], names: readonly string[]): SpeakerShare[] {
  const sums = new Map<number, number>();
  for (const t of turns) sums.set(t.speaker, (sums.get(t.speaker) ?? 0) + t.size);
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  return [...sums]
    .map(([speaker, size]) => ({ speaker, name: names[speaker] ?? '', share: total > 0 ? size / total : 0 }))
    .sort((a, b) => b.share - a.share || a.speaker - b.speaker);
}

/**
 * The terms that set each topic apart: content words of its paragraphs (as written), weighted by
 * tf-idf with the topics as documents. Single Chinese characters are left out (too vague), and so
 * are the words of `exclude` (the speakers' names).
 */
export function keyTerms(topics: readonly Topic[], limit = 8, exclude: ReadonlySet<string> = new Set()): KeyTerm[][] {
  // The function words of the deck's language (`und`, `der`; `في`, `إلى`): English's are left out as terms are read.
  const sample = topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs.map((p) => p.text))).join(' ').slice(0, 50_000).toLowerCase().match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  const { isFunction } = functionWordsOf(sample);
  const counts = topics.map((topic) => {
    const tf = new Map<string, number>();
    const surfaces = new Map<string, Map<string, number>>();
    for (const turn of topic.turns) {
      for (const p of turn.paragraphs) {
        for (const term of contentTerms(p.text)) {
          if (term.weak || exclude.has(term.key) || isFunction(term.key) || isFunction(term.surface.toLowerCase())) continue;
          tf.set(term.key, (tf.get(term.key) ?? 0) + 1);
          const s = surfaces.get(term.key) ?? new Map<string, number>();
          s.set(term.surface, (s.get(term.surface) ?? 0) + 1);
          surfaces.set(term.key, s);
        }
      }
    }
    return { tf, surfaces };
  });
  const df = new Map<string, number>();
  for (const { tf } of counts) for (const key of tf.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = topics.length;
  return counts.map(({ tf, surfaces }) => {
    const scored = [...tf].map(([key, count]) => ({ key, score: count * (Math.log((1 + n) / (1 + df.get(key)!)) + 1) }));
    scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const top = scored.slice(0, limit);
    const max = top[0]?.score ?? 1;
    return top.map(({ key, score }) => {
      const surface = [...surfaces.get(key)!].sort((a, b) => b[1] - a[1])[0]![0];
      return { term: surface, weight: Math.round((score / max) * 1000) / 1000 };
    });
  });
}

/** Length of the recording in seconds when the transcript is timed. */
export function recordedSeconds(transcript: Transcript): number | undefined {
  const times = transcript.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs.map((p) => p.time))).filter((t) => t !== undefined);
  if (times.length === 0) return undefined;
  const start = Math.min(...times.map((t) => t.start));
  const end = Math.max(...times.map((t) => t.end ?? t.start));
  return end > start ? end - start : undefined;
}
