// The speech-to-text readers share one toolkit, so their imports read alike. jscpd:ignore-start
import { at, elements, idAt, isObject, type JsonNode, numberAt, stringAt, stringStretches } from './json-source.ts';
import { MachineSpeakers } from './machine-speakers.ts';
import type { TimedSegment } from './segments.ts';
import type { SttReport } from './stt-shape.ts';
import { type TimedWord, wordsToSegments } from './word-sentences.ts';
// jscpd:ignore-end

/**
 * Rev.ai: `{"monologues": [{"speaker": 0, "speaker_info"?: {"display_name"}, "elements": [{"type":
 * "text" | "punct", "value", "ts", "end_ts"}]}]}`; the punctuation elements carry the spaces too.
 */

export function isRevAi(root: JsonNode): boolean {
  return isObject(root) && elements(at(root, 'monologues')).some((m) => elements(at(m, 'elements')).some((e) => stringAt(e, 'value') !== undefined));
}

export function revAiSegments(text: string, root: JsonNode, report: SttReport): TimedSegment[] {
  const monologues = elements(at(root, 'monologues'));
  const speakers = new MachineSpeakers(monologues.map((m) => idAt(m, 'speaker')).filter((id): id is string => id !== undefined));
  const words: TimedWord[] = [];
  for (const monologue of monologues) {
    const named = stringAt(monologue, 'speaker_info', 'display_name')?.value as string | undefined;
    const id = idAt(monologue, 'speaker');
    const speaker = named?.trim() ? speakers.label(named.trim()) : id !== undefined ? speakers.label(id) : undefined;
    const list = elements(at(monologue, 'elements'));
    if (!isObject(monologue) || list.length === 0) {
      report({ start: monologue.offset, end: monologue.offset + monologue.length }, 'Unexpected monologue without `elements`, expected `{"speaker", "elements": [{"type", "value"}]}`');
      continue;
    }
    for (const element of list) {
      const where = { start: element.offset, end: element.offset + element.length };
      const value = stringAt(element, 'value');
      if (!value) {
        report(where, 'Unexpected element without a `value` string, expected `{"type": "text", "value": "…"}`');
        continue;
      }
      const start = numberAt(element, 'ts');
      const end = numberAt(element, 'end_ts');
      // Rev.ai writes every space as a punctuation element, so its words join with nothing.
      const [first, ...rest] = stringStretches(text, value);
      words.push({ stretches: first ? [{ ...first, join: '' }, ...rest] : [], at: where, ...(speaker !== undefined ? { speaker } : {}), ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) });
    }
  }
  return wordsToSegments(words);
}
