import { describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.ts';
import { normalize } from '../normalize/index.ts';
import { parse } from './index.ts';

function read(text: string, path: string) {
  return parse(normalize(decode({ path, bytes: new TextEncoder().encode(text) }).value).value);
}

function said(text: string, path: string): string[] {
  return read(text, path).value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs.map((p) => p.text)));
}

// Captions of a recorded conference talk, cue ids naming the slide on screen; some cues are not
// separated by a blank line, as caption editors write them.
const VTT = `WEBVTT

slide-1
00:00:01.000 --> 00:00:04.000
<v Ana Lima>Thanks for coming. Today is about how we test our parsers.

slide-1
00:00:04.000 --> 00:00:08.000
<v Ana Lima>We started with golden files, one per format.
slide-2
00:00:08.000 --> 00:00:12.000
<v Ana Lima>Then we found that goldens only catch what you already thought of.

slide-2
00:00:12.000 --> 00:00:16.000
<v Ana Lima>So we added property tests that feed random bytes.
slide-3
00:00:16.000 --> 00:00:20.000
<v Ana Lima>The fuzzer found eleven crashes in the first night.
`;

const SRT = `slide-1
00:00:01,000 --> 00:00:04,000
Thanks for coming. Today is about how we test our parsers.
slide-2
00:00:04,000 --> 00:00:08,000
Then we found that goldens only catch what you already thought of.
slide-3
00:00:08,000 --> 00:00:12,000
The fuzzer found eleven crashes in the first night.
`;

describe('cue identifiers that name slides', () => {
  it.each([
    ['talk.vtt', VTT],
    ['talk.srt', SRT],
  ])('%s: are never text, and each change of slide opens a topic', (path, text) => {
    expect(said(text, path).join(' ')).not.toMatch(/slide-\d/u);
    const { value } = read(text, path);
    expect(value.topics).toHaveLength(3);
    expect(value.topics.map((t) => t.span.start.line)).toEqual(path.endsWith('.vtt') ? [3, 10, 17] : [1, 4, 7]);
  });

  it('keeps NOTE chapters as the topics when a file has both', () => {
    const withChapters = VTT.replace('WEBVTT\n\n', 'WEBVTT\n\nNOTE Chapter: Testing parsers\n\n');
    expect(read(withChapters, 'talk.vtt').value.topics.map((t) => t.title)).toEqual(['Testing parsers']);
  });
});
