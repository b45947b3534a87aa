import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { cleanOffsetIn } from './builder.ts';
import { detectFormat, parse, readers } from './index.ts';
import { cleanFixture } from './outline.ts';
import { parseWhisperJson } from './whisper-json.ts';

// fixtures/whisper-json.en.json: the Whisper transcription output (with word timestamps) in
// AjinkyaASK/Conversation-Analysis-using-Whisper-and-PyAnnote, readme.md ("Transcription Output").
const read = (text: string) => parseWhisperJson(cleanFromString(text, 'talk.json'));

describe('whisper-json', () => {
  it('reads the segments as timed paragraphs of one unnamed speaker, each mapping back to the file', () => {
    const clean = cleanFixture('whisper-json.en.json');
    expect(detectFormat(clean.text).id).toBe('whisper-json');
    const { value, diagnostics } = parseWhisperJson(clean);
    expect(value.speakers.map((s) => s.name)).toEqual(['?']);
    const paragraphs = value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs));
    expect(paragraphs[0]!.text.startsWith("Jane? Mark? Hi! It's been ages since I last saw you. How are you and Jackie? Yeah, good thanks.")).toBe(true);
    expect(paragraphs[0]!.time?.start).toBe(0.66);
    expect(paragraphs[paragraphs.length - 1]!.time?.end).toBe(29.7);
    expect(paragraphs.map((p) => p.text).join(' ')).toBe(JSON.parse(clean.text).segments.map((s: { text: string }) => s.text.trim()).join(' '));
    for (const p of paragraphs) for (let i = 0; i < p.text.length; i++) if (p.text[i] !== ' ') expect(clean.text[cleanOffsetIn(p, i)]).toBe(p.text[i]);
    expect(diagnostics.some((d) => d.rule === 'no-speakers')).toBe(true);
  });

  it('takes WhisperX speakers as readable labels', () => {
    const { value } = read('{"segments": [{"start": 0.5, "end": 2, "text": " Hi there.", "speaker": "SPEAKER_00"}, {"start": 2.1, "end": 3, "text": " Hello.", "speaker": "SPEAKER_01"}, {"start": 3.2, "end": 4, "text": " So.", "speaker": "SPEAKER_00"}]}');
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs[0]!.text, t.paragraphs[0]!.time])).toEqual([
      ['Speaker 1', 'Hi there.', { start: 0.5, end: 2 }],
      ['Speaker 2', 'Hello.', { start: 2.1, end: 3 }],
      ['Speaker 1', 'So.', { start: 3.2, end: 4 }],
    ]);
  });

  it('reads whisper.cpp output (milliseconds under offsets) and escaped characters', () => {
    const text = '{"transcription": [{"timestamps": {"from": "00:00:00,000", "to": "00:00:02,000"}, "offsets": {"from": 0, "to": 2000}, "text": " Ceci est un test de \\u00c9coute."}]}';
    const clean = cleanFromString(text, 'talk.json');
    const { value } = parseWhisperJson(clean);
    const p = value.topics[0]!.turns[0]!.paragraphs[0]!;
    expect([p.text, p.time]).toEqual(['Ceci est un test de Écoute.', { start: 0, end: 2 }]);
    expect(clean.text.slice(cleanOffsetIn(p, 20), cleanOffsetIn(p, 20) + 6)).toBe('\\u00c9');
  });

  it('reports a malformed segment where it is and keeps the others', () => {
    const text = '{"segments": [{"start": 0, "end": 1, "text": " One."}, {"start": 1, "end": 2}, {"end": 3, "text": " Three."}]}';
    const { value, diagnostics } = read(text);
    expect(value.topics[0]!.turns[0]!.paragraphs.map((p) => p.text).join(' ')).toBe('One. Three.');
    expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.rule, d.span?.start.offset])).toEqual([
      ['bad-segment', text.indexOf('{"start": 1')],
      ['bad-timestamp', text.indexOf('{"end": 3')],
    ]);
  });

  it('is not taken for JSON that is not Whisper, nor for a text that is not JSON', () => {
    const whisper = readers.find((r) => r.id === 'whisper-json')!;
    expect(whisper.detect('{"segments": [{"start": 0, "end": 1, "text": "a"},]}')).toBe(0);
    expect(whisper.detect('{"name": "deck", "segments": 3}')).toBe(0);
    expect(whisper.detect('[00:00.000 --> 00:01.000]  hi\n[00:01.000 --> 00:02.000]  yo\n')).toBe(0);
    const { value, diagnostics } = parse(cleanFromString('Dave: hi\nSue: hello\n'), { format: 'whisper-json' });
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'json-unreadable' });
    expect(value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs.map((p) => p.text)))).toEqual(['Dave: hi', 'Sue: hello']);
  });
});
