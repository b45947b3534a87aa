import { HAN_OR_KANA } from '../src/pipeline/text/cjk.ts';
/** A speaker who said at least this share of the words and has no slide is flagged. */
export const FEATURED_SHARE = 0.15;

const CJK_CHAR = HAN_OR_KANA.source;
const WORD_CHAR = String.raw`(?:(?!${CJK_CHAR})[\p{L}\p{N}])`;
const UNIT = new RegExp(String.raw`${CJK_CHAR}|${WORD_CHAR}+(?:['’]${WORD_CHAR}+)*`, 'gu');

/** How much a text says: Latin-script words and Chinese or Japanese characters, so that languages mix. */
export function sizeOf(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(UNIT)) count++;
  return count;
}

export interface SpeakerShareResult {
  name: string;
  kind: 'featured' | 'host' | 'other';
  /** Share of everything said, 0..1. */
  said: number;
  /** Quote slides of theirs. */
  slides: number;
  /** Share of the quote slides, 0..1. */
  slideShare: number;
  /** Said enough to be on a slide, is not a host, and has none. */
  unquoted: boolean;
}

/**
 * Each speaker's share of what was said beside their share of the quote slides, biggest talker
 * first. Hosts are never quoted by design; anyone else who says a good part of the talk and gets
 * no slide is flagged (a panelist the tool did not feature is as lost as a featured one unquoted).
 */
export function speakerShares(
  said: ReadonlyArray<{ speaker: string; text: string }>,
  speakers: ReadonlyArray<{ name: string; kind: SpeakerShareResult['kind'] }>,
  slideSpeakers: readonly string[],
): SpeakerShareResult[] {
  const size = new Map<string, number>();
  for (const { speaker, text } of said) size.set(speaker, (size.get(speaker) ?? 0) + sizeOf(text));
  const total = [...size.values()].reduce((a, b) => a + b, 0);
  const slides = new Map<string, number>();
  for (const speaker of slideSpeakers) slides.set(speaker, (slides.get(speaker) ?? 0) + 1);
  return speakers
    .map((speaker) => {
      const share = total === 0 ? 0 : (size.get(speaker.name) ?? 0) / total;
      const count = slides.get(speaker.name) ?? 0;
      return {
        name: speaker.name,
        kind: speaker.kind,
        said: share,
        slides: count,
        slideShare: slideSpeakers.length === 0 ? 0 : count / slideSpeakers.length,
        unquoted: speaker.kind !== 'host' && speaker.name !== '?' && share >= FEATURED_SHARE && count === 0,
      };
    })
    .sort((a, b) => b.said - a.said);
}
