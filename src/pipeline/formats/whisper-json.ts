import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { keepLinesOfUnreadableJson } from './json-fallback.ts';
import { at, elements, idAt, isObject, type JsonNode, numberAt, readJson, stringAt, stringStretches } from './json-source.ts';
import { MachineSpeakers } from './machine-speakers.ts';
import { readSegments, type TimedSegment } from './segments.ts';

/*
 * Whisper's JSON: `{"text", "segments": [{"start", "end", "text"}]}` from OpenAI Whisper (the CLI's
 * `-f json`, the API's `verbose_json`), faster-whisper and WhisperX (which puts a `"speaker"` on
 * segments); and whisper.cpp's `-oj`: `{"transcription": [{"offsets": {"from", "to"} (ms), "text"}]}`.
 */

export const WHISPER_JSON = 'whisper-json';

interface Shape {
  list: JsonNode;
  /** whisper.cpp writes milliseconds under `offsets`; the others seconds on the segment. */
  cpp: boolean;
}

function shapeOf(root: JsonNode): Shape | undefined {
  if (!isObject(root)) return undefined;
  const segments = at(root, 'segments');
  if (segments?.type === 'array' && elements(segments).some((s) => stringAt(s, 'text') && numberAt(s, 'start') !== undefined)) return { list: segments, cpp: false };
  const transcription = at(root, 'transcription');
  if (transcription?.type === 'array' && elements(transcription).some((s) => stringAt(s, 'text') && numberAt(s, 'offsets', 'from') !== undefined)) return { list: transcription, cpp: true };
  return undefined;
}

export function detectWhisperJson(text: string): number {
  if (!/^\s*\{/u.test(text) || !/"(?:segments|transcription)"/u.test(text)) return 0;
  const read = readJson(text);
  return 'root' in read && shapeOf(read.root) ? 1 : 0;
}

export function parseWhisperJson(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, WHISPER_JSON);
  const read = readJson(clean.text);
  const shape = 'root' in read ? shapeOf(read.root) : undefined;
  if (!shape) {
    const problem = 'error' in read ? read.error : { offset: 0, length: 1, message: 'Unexpected JSON without Whisper segments' };
    keepLinesOfUnreadableJson(builder, clean, problem, 'Whisper JSON (`{"segments": [{"start", "end", "text"}]}`)');
    return builder.reporter.result(builder.build());
  }
  const items = elements(shape.list);
  const speakers = new MachineSpeakers(items.map((s) => idAt(s, 'speaker')).filter((id): id is string => id !== undefined));
  const segments: TimedSegment[] = [];
  for (const item of items) {
    const where = { start: item.offset, end: item.offset + item.length };
    const text = stringAt(item, 'text');
    if (!isObject(item) || !text) {
      builder.reporter.warn('bad-segment', builder.span(where.start, where.end), 'Unexpected segment without a `text` string, expected `{"start", "end", "text"}`; nothing of it is on a slide', 'Fix or remove the segment.');
      continue;
    }
    const scale = shape.cpp ? 1000 : 1;
    const start = shape.cpp ? numberAt(item, 'offsets', 'from') : numberAt(item, 'start');
    const end = shape.cpp ? numberAt(item, 'offsets', 'to') : numberAt(item, 'end');
    if (start === undefined) builder.reporter.warn('bad-timestamp', builder.span(where.start, where.end), 'Unexpected segment without a `start` time; its text is kept without one');
    const speaker = idAt(item, 'speaker');
    segments.push({
      stretches: stringStretches(clean.text, text),
      at: where,
      ...(speaker !== undefined ? { speaker: speakers.label(speaker) } : {}),
      ...(start !== undefined ? { time: { start: start / scale, ...(end !== undefined && end >= start ? { end: end / scale } : {}) } } : {}),
    });
  }
  readSegments(builder, segments);
  return builder.reporter.result(builder.build());
}
