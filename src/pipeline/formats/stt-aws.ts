// The speech-to-text readers share one toolkit, so their imports read alike. jscpd:ignore-start
import { at, elements, idAt, isObject, type JsonNode, numberAt, stringAt, stringStretches } from './json-source.ts';
import { MachineSpeakers } from './machine-speakers.ts';
import type { TimedSegment } from './segments.ts';
import type { SttReport } from './stt-shape.ts';
import { type TimedWord, wordsToSegments } from './word-sentences.ts';
// jscpd:ignore-end

/**
 * AWS Transcribe: `{"results": {"transcripts", "items": [{"type": "pronunciation" | "punctuation",
 * "alternatives": [{"content"}], "start_time", "end_time", "speaker_label"?}], "speaker_labels":
 * {"segments": [{"speaker_label": "spk_0", "items": [{"start_time"}]}]}, "audio_segments"?: [{"transcript",
 * "start_time", "end_time", "speaker_label"?, "items": [ids]}]}}`. Times are strings of seconds.
 */

export function isAws(root: JsonNode): boolean {
  const results = at(root, 'results');
  return isObject(results) && (elements(at(results, 'items')).length > 0 || elements(at(results, 'audio_segments')).length > 0) && at(results, 'transcripts') !== undefined;
}

export function awsSegments(text: string, root: JsonNode, report: SttReport): TimedSegment[] {
  const results = at(root, 'results')!;
  const items = elements(at(results, 'items'));
  // Older outputs name the speaker only under speaker_labels, by the item's start time.
  const speakerByStart = new Map<string, string>();
  for (const segment of elements(at(results, 'speaker_labels', 'segments'))) {
    const label = idAt(segment, 'speaker_label');
    for (const item of elements(at(segment, 'items'))) {
      const start = stringAt(item, 'start_time')?.value as string | undefined;
      const own = idAt(item, 'speaker_label') ?? label;
      if (start !== undefined && own !== undefined) speakerByStart.set(start, own);
    }
  }
  const itemSpeaker = (item: JsonNode): string | undefined => idAt(item, 'speaker_label') ?? speakerByStart.get((stringAt(item, 'start_time')?.value as string | undefined) ?? '');
  const ids = [...speakerByStart.values(), ...items.map(itemSpeaker), ...elements(at(results, 'audio_segments')).map((s) => idAt(s, 'speaker_label'))].filter((id): id is string => id !== undefined);
  const speakers = new MachineSpeakers(ids);

  const audioSegments = elements(at(results, 'audio_segments'));
  if (audioSegments.length > 0) {
    const speakerById = new Map<string, string>();
    for (const item of items) {
      const id = idAt(item, 'id');
      const speaker = itemSpeaker(item);
      if (id !== undefined && speaker !== undefined) speakerById.set(id, speaker);
    }
    const segments: TimedSegment[] = [];
    for (const segment of audioSegments) {
      const where = { start: segment.offset, end: segment.offset + segment.length };
      const said = stringAt(segment, 'transcript');
      if (!said) {
        report(where, 'Unexpected audio segment without a `transcript` string');
        continue;
      }
      const firstItem = idAt(segment, 'items', 0);
      const speaker = idAt(segment, 'speaker_label') ?? (firstItem !== undefined ? speakerById.get(firstItem) : undefined);
      const start = numberAt(segment, 'start_time');
      const end = numberAt(segment, 'end_time');
      segments.push({ stretches: stringStretches(text, said), at: where, ...(speaker !== undefined ? { speaker: speakers.label(speaker) } : {}), ...(start !== undefined ? { time: { start, ...(end !== undefined && end >= start ? { end } : {}) } } : {}) });
    }
    return segments;
  }

  const words: TimedWord[] = [];
  let current: string | undefined;
  for (const item of items) {
    const where = { start: item.offset, end: item.offset + item.length };
    const content = stringAt(item, 'alternatives', 0, 'content');
    if (!content) {
      report(where, 'Unexpected item without `alternatives[0].content`, expected `{"type", "alternatives": [{"content"}]}`');
      continue;
    }
    const punctuation = stringAt(item, 'type')?.value === 'punctuation';
    const speaker = itemSpeaker(item) ?? current;
    current = speaker;
    const start = numberAt(item, 'start_time');
    const end = numberAt(item, 'end_time');
    const [first, ...rest] = stringStretches(text, content);
    if (!first) continue;
    // Punctuation sticks to the word before it; words are separated as their script separates them.
    const head = punctuation ? first : { start: first.start, text: first.text };
    words.push({ stretches: [head, ...rest], at: where, ...(speaker !== undefined ? { speaker: speakers.label(speaker) } : {}), ...(!punctuation && start !== undefined ? { start } : {}), ...(!punctuation && end !== undefined ? { end } : {}) });
  }
  return wordsToSegments(words);
}
