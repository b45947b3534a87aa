// The speech-to-text readers share one toolkit, so their imports read alike. jscpd:ignore-start
import { at, elements, idAt, isObject, type JsonNode, numberAt, stringAt, stringStretches } from './json-source.ts';
import { MachineSpeakers } from './machine-speakers.ts';
import { type TimedSegment, timedSegment } from './segments.ts';
import type { SttReport } from './stt-shape.ts';
// jscpd:ignore-end

/** AssemblyAI: `{"utterances": [{"speaker": "A", "start", "end" (ms), "text"}]}`. */

function utterances(root: JsonNode): JsonNode[] {
  return isObject(root) ? elements(at(root, 'utterances')) : [];
}

export function isAssemblyAi(root: JsonNode): boolean {
  return utterances(root).some((u) => stringAt(u, 'text') !== undefined && idAt(u, 'speaker') !== undefined);
}

export function assemblyAiSegments(text: string, root: JsonNode, report: SttReport): TimedSegment[] {
  const items = utterances(root);
  const speakers = new MachineSpeakers(items.map((u) => idAt(u, 'speaker')).filter((id): id is string => id !== undefined));
  const segments: TimedSegment[] = [];
  for (const item of items) {
    const where = { start: item.offset, end: item.offset + item.length };
    const said = stringAt(item, 'text');
    if (!said) {
      report(where, 'Unexpected utterance without a `text` string, expected `{"speaker", "start", "end", "text"}`');
      continue;
    }
    const speaker = idAt(item, 'speaker');
    const start = numberAt(item, 'start');
    const end = numberAt(item, 'end');
    // Milliseconds.
    segments.push(timedSegment(stringStretches(text, said), where, speaker !== undefined ? speakers.label(speaker) : undefined, start !== undefined ? start / 1000 : undefined, end !== undefined ? end / 1000 : undefined));
  }
  return segments;
}
