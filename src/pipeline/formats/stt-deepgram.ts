// The speech-to-text readers share one toolkit, so their imports read alike. jscpd:ignore-start
import { at, elements, idAt, isObject, type JsonNode, numberAt, stringAt, stringStretches } from './json-source.ts';
import { MachineSpeakers } from './machine-speakers.ts';
import { type TimedSegment, timedSegment } from './segments.ts';
import type { SttReport } from './stt-shape.ts';
// jscpd:ignore-end

/**
 * Deepgram: `{"results": {"utterances": [{"start", "end", "transcript", "speaker"}]}}` with
 * `utterances=true`, else the sentences of `results.channels[0].alternatives[0].paragraphs.paragraphs`
 * (`{"speaker", "sentences": [{"text", "start", "end"}]}`).
 */

function utterances(root: JsonNode): JsonNode[] {
  return elements(at(root, 'results', 'utterances')).filter((u) => stringAt(u, 'transcript') !== undefined);
}

function paragraphs(root: JsonNode): JsonNode[] {
  return elements(at(root, 'results', 'channels', 0, 'alternatives', 0, 'paragraphs', 'paragraphs'));
}

export function isDeepgram(root: JsonNode): boolean {
  return isObject(root) && (utterances(root).length > 0 || paragraphs(root).some((p) => elements(at(p, 'sentences')).length > 0));
}

export function deepgramSegments(text: string, root: JsonNode, report: SttReport): TimedSegment[] {
  const spoken = utterances(root);
  const units = spoken.length > 0 ? spoken.map((u) => ({ node: u, speaker: idAt(u, 'speaker'), said: stringAt(u, 'transcript') })) : paragraphs(root).flatMap((p) => elements(at(p, 'sentences')).map((s) => ({ node: s, speaker: idAt(p, 'speaker'), said: stringAt(s, 'text') })));
  const speakers = new MachineSpeakers(units.map((u) => u.speaker).filter((id): id is string => id !== undefined));
  const segments: TimedSegment[] = [];
  for (const { node, speaker, said } of units) {
    const where = { start: node.offset, end: node.offset + node.length };
    if (!said) {
      report(where, 'Unexpected sentence without a `text` string');
      continue;
    }
    const start = numberAt(node, 'start');
    const end = numberAt(node, 'end');
    segments.push(timedSegment(stringStretches(text, said), where, speaker !== undefined ? speakers.label(speaker) : undefined, start, end));
  }
  return segments;
}
