import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import type { CleanText, Transcript } from '../types.ts';
import { cleanOffsetIn } from './builder.ts';
import { detectFormat, parse, readers } from './index.ts';
import { cleanFixture } from './outline.ts';
import { parseSttJson } from './stt-json.ts';

// fixtures/stt-json.aws.en.json: the AWS Transcribe job output `test-interview-sample` kept as a test
// conversation in a Flutter app's backend_services (stored file id 22197667792), whole.
// fixtures/stt-json.revai.en.json: monologues 9–13 of the Rev.ai transcript in
// Austin-Dev-Week-2018-Bards-Birthright/Bards-Birthright, sampleDataTranscriptionNoPretty.js.
const read = (text: string) => parseSttJson(cleanFromString(text, 'talk.json'));

function expectInPlace(clean: CleanText, transcript: Transcript): void {
  for (const p of transcript.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs))) {
    for (let i = 0; i < p.text.length; i++) if (p.text[i] !== ' ') expect(clean.text[cleanOffsetIn(p, i)], `${p.text} [${i}]`).toBe(p.text[i]);
  }
}

const turnsOf = (t: Transcript) => t.topics.flatMap((topic) => topic.turns);

describe('stt-json', () => {
  it('reads AWS Transcribe items with their speakers and times', () => {
    const clean = cleanFixture('stt-json.aws.en.json');
    expect(detectFormat(clean.text).id).toBe('stt-json');
    const { value, diagnostics } = parseSttJson(clean);
    expect(value.speakers.map((s) => `${s.name} ×${s.turnCount}`)).toEqual(['Speaker 1 ×3', 'Speaker 2 ×2']);
    expect(turnsOf(value).map((t) => [t.speaker, t.paragraphs.map((p) => p.text).join(' | '), t.paragraphs[0]!.time?.start])).toEqual([
      ['Speaker 1', "Hey, but I'm going into this very humble, smart, smart, I mean, I don't think I have that high of a pain", 0.009],
      ['Speaker 2', "tolerance. Well, I guess we'll find out today. Are you ready to get started?", 7.719],
      ['Speaker 1', "Yeah. Sure. | Oh, we're going right to", 11.949],
      ['Speaker 2', "the left. Yeah, that's very important.", 21.129],
      ['Speaker 1', 'Ok.', 24.77],
    ]);
    expect(turnsOf(value)[4]!.paragraphs[0]!.time).toEqual({ start: 24.77, end: 25.25 });
    expectInPlace(clean, value);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reads Rev.ai monologues, its own spaces and punctuation in place', () => {
    const clean = cleanFixture('stt-json.revai.en.json');
    expect(detectFormat(clean.text).id).toBe('stt-json');
    const { value } = parseSttJson(clean);
    expect(value.speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 3']);
    expect(turnsOf(value).map((t) => t.speaker)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 1', 'Speaker 3', 'Speaker 1']);
    const first = turnsOf(value)[0]!.paragraphs[0]!;
    expect(first.text).toBe('I like China. I just sold an apartment for $15,000,000 to somebody from China. I love the Saudis. Many are in this building.');
    expect(first.time).toEqual({ start: 272.37, end: expect.closeTo(280.73, 2) });
    // A pause of 15 s after `Patrick.` ends the paragraph.
    expect(turnsOf(value)[3]!.paragraphs.map((p) => p.text)).toEqual(['Patrick.', 'The American']);
    expectInPlace(clean, value);
  });

  it('reads AssemblyAI utterances (milliseconds), speakers as `Speaker A`, escapes mapped', () => {
    const text = '{"id": "x", "status": "completed", "text": "…", "utterances": [{"confidence": 0.9, "end": 2100, "speaker": "A", "start": 250, "text": "Caf\\u00e9 first.", "words": []}, {"confidence": 0.9, "end": 4000, "speaker": "B", "start": 2300, "text": "Then tea.", "words": []}]}';
    const clean = cleanFromString(text, 'talk.json');
    const { value } = parseSttJson(clean);
    expect(turnsOf(value).map((t) => [t.speaker, t.paragraphs[0]!.text, t.paragraphs[0]!.time])).toEqual([
      ['Speaker A', 'Café first.', { start: 0.25, end: 2.1 }],
      ['Speaker B', 'Then tea.', { start: 2.3, end: 4 }],
    ]);
    const p = turnsOf(value)[0]!.paragraphs[0]!;
    expect(text.slice(cleanOffsetIn(p, 3), cleanOffsetIn(p, 3) + 6)).toBe('\\u00e9');
  });

  it('reads Deepgram utterances and paragraphs, speakers counted from 1', () => {
    const utterances = read('{"metadata": {}, "results": {"channels": [], "utterances": [{"start": 0, "end": 1.5, "transcript": "Hi.", "speaker": 0}, {"start": 1.6, "end": 3, "transcript": "Hello.", "speaker": 1}]}}');
    expect(turnsOf(utterances.value).map((t) => [t.speaker, t.paragraphs[0]!.text])).toEqual([['Speaker 1', 'Hi.'], ['Speaker 2', 'Hello.']]);
    const paragraphs = read('{"results": {"channels": [{"alternatives": [{"transcript": "Hi. Hello.", "paragraphs": {"paragraphs": [{"speaker": 0, "sentences": [{"text": "Hi.", "start": 0, "end": 1}]}, {"speaker": 1, "sentences": [{"text": "Hello.", "start": 1.2, "end": 2}]}]}}]}]}}');
    expect(turnsOf(paragraphs.value).map((t) => [t.speaker, t.paragraphs[0]!.text, t.paragraphs[0]!.time])).toEqual([['Speaker 1', 'Hi.', { start: 0, end: 1 }], ['Speaker 2', 'Hello.', { start: 1.2, end: 2 }]]);
  });

  it('reads AWS audio_segments when the output has them', () => {
    const { value } = read('{"results": {"transcripts": [{"transcript": "Hi. Yes."}], "items": [{"id": 0, "type": "pronunciation", "alternatives": [{"content": "Hi"}], "start_time": "0.1", "end_time": "0.4", "speaker_label": "spk_0"}, {"id": 2, "type": "pronunciation", "alternatives": [{"content": "Yes"}], "start_time": "1.0", "end_time": "1.3", "speaker_label": "spk_1"}], "audio_segments": [{"id": 0, "transcript": "Hi.", "start_time": "0.1", "end_time": "0.4", "items": [0, 1]}, {"id": 1, "transcript": "Yes.", "start_time": "1.0", "end_time": "1.3", "speaker_label": "spk_1", "items": [2, 3]}]}}');
    expect(turnsOf(value).map((t) => [t.speaker, t.paragraphs[0]!.text, t.paragraphs[0]!.time])).toEqual([['Speaker 1', 'Hi.', { start: 0.1, end: 0.4 }], ['Speaker 2', 'Yes.', { start: 1, end: 1.3 }]]);
  });

  it('reports a malformed entry where it is, and takes no JSON that is not a service\'s', () => {
    const text = '{"utterances": [{"speaker": "A", "start": 0, "end": 1000, "text": "One."}, {"speaker": "B", "start": 1000}]}';
    const { value, diagnostics } = read(text);
    expect(turnsOf(value).map((t) => t.paragraphs[0]!.text)).toEqual(['One.']);
    expect(diagnostics.find((d) => d.rule === 'bad-segment')?.span?.start.offset).toBe(text.indexOf('{"speaker": "B"'));
    const stt = readers.find((r) => r.id === 'stt-json')!;
    expect(stt.detect('{"results": [1, 2, 3]}')).toBe(0);
    expect(stt.detect('{"utterances": ["hi", "yo"]}')).toBe(0);
    expect(stt.detect('{"utterances": [{"speaker": "A", "text": "x"},]}')).toBe(0);
    expect(parse(cleanFromString('not json'), { format: 'stt-json' }).diagnostics[0]).toMatchObject({ rule: 'json-unreadable' });
  });
});
