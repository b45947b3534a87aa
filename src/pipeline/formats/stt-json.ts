import type { CleanText, Result, Transcript } from '../types.ts';
import { TranscriptBuilder } from './builder.ts';
import { keepLinesOfUnreadableJson } from './json-fallback.ts';
import { type JsonNode, readJson } from './json-source.ts';
import { readSegments, type TimedSegment } from './segments.ts';
import { assemblyAiSegments, isAssemblyAi } from './stt-assemblyai.ts';
import { awsSegments, isAws } from './stt-aws.ts';
import { deepgramSegments, isDeepgram } from './stt-deepgram.ts';
import { isRevAi, revAiSegments } from './stt-revai.ts';
import type { SttReport } from './stt-shape.ts';

/*
 * Speech-to-text services' JSON with speakers: AssemblyAI, Rev.ai, AWS Transcribe, Deepgram. Each
 * service's shape is read by its own extractor into timed segments; speakers are shown as `Speaker A`
 * or `Speaker 1`, as the service counts them.
 */

export const STT_JSON = 'stt-json';

interface Service {
  name: string;
  matches(root: JsonNode): boolean;
  segments(text: string, root: JsonNode, report: SttReport): TimedSegment[];
}

const SERVICES: readonly Service[] = [
  { name: 'AssemblyAI', matches: isAssemblyAi, segments: assemblyAiSegments },
  { name: 'Rev.ai', matches: isRevAi, segments: revAiSegments },
  { name: 'AWS Transcribe', matches: isAws, segments: awsSegments },
  { name: 'Deepgram', matches: isDeepgram, segments: deepgramSegments },
];

function serviceOf(root: JsonNode): Service | undefined {
  return SERVICES.find((service) => service.matches(root));
}

export function detectSttJson(text: string): number {
  if (!/^\s*\{/u.test(text) || !/"(?:utterances|monologues|results)"/u.test(text)) return 0;
  const read = readJson(text);
  return 'root' in read && serviceOf(read.root) ? 1 : 0;
}

export function parseSttJson(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, STT_JSON);
  const read = readJson(clean.text);
  const service = 'root' in read ? serviceOf(read.root) : undefined;
  if (!('root' in read) || !service) {
    const problem = 'error' in read ? read.error : { offset: 0, length: 1, message: 'Unexpected JSON of no known speech-to-text service' };
    keepLinesOfUnreadableJson(builder, clean, problem, `the JSON of ${SERVICES.map((s) => s.name).join(', ')}`);
    return builder.reporter.result(builder.build());
  }
  const report: SttReport = (where, message) => builder.reporter.warn('bad-segment', builder.span(where.start, where.end), `${message}; nothing of it is on a slide`, 'Fix or remove the entry.');
  readSegments(builder, service.segments(clean.text, read.root, report));
  return builder.reporter.result(builder.build());
}
