import type { CleanText, Result, Transcript } from '../types.ts';
import { AOZORA_COLOPHON, readAozoraHeading } from './aozora.ts';
import { TranscriptBuilder } from './builder.ts';
import { splitLines, trimLine } from './lines.ts';

export const PLAIN = 'plain';

/**
 * Paragraphs with no speaker labels: one unnamed speaker. Nothing is dropped: an Aozora Bunko heading
 * (`X［＃「X」は大見出し］`) opens a topic, and its colophon (from `底本：` on) is the credits.
 */
export function parsePlain(clean: CleanText): Result<Transcript> {
  const builder = new TranscriptBuilder(clean, PLAIN);
  const lines = splitLines(clean.text).map(trimLine);
  const colophon = lines.findIndex((line) => AOZORA_COLOPHON.test(line.text));
  lines.forEach((line, index) => {
    if (line.text === '') return;
    if (colophon >= 0 && index >= colophon) return builder.addCredit(line.start, line.text);
    const heading = readAozoraHeading(line.text);
    if (heading) return builder.startTopic(heading.title, line.start + heading.titleStart, line.start + heading.titleStart + heading.title.length);
    builder.say('?', line.start, line.text);
  });
  return builder.reporter.result(builder.build());
}
