import { describe, expect, it } from 'vitest';
import { parse } from '../formats/index.ts';
import { resolveManifest, recordingSeconds } from './manifest-defaults.ts';
import { parseManifest } from './manifest.ts';
import { cleanFromString } from '../testing/fixtures.ts';
import type { Transcript } from '../types.ts';

const transcriptOf = (text: string, path = 'talk.vtt'): Transcript => parse(cleanFromString(text, path)).value;
const manifestOf = (yaml: string) => parseManifest('deck.yaml', yaml).value!;

/** An interview of 1 h 51 min: its first cue at 0:00:05, its last ending at 1:51:04. */
const interview = transcriptOf(
  'WEBVTT\n\n' +
    '00:00:05.000 --> 00:00:09.000\n<v Host>Welcome to the show, and thank you for coming.\n\n' +
    '00:47:10.000 --> 00:47:20.000\n<v Ada>The hard part was never the model; it was the data.\n\n' +
    '01:50:58.000 --> 01:51:04.000\n<v Host>Thank you, that is all we have time for.\n',
);

describe('recordingSeconds', () => {
  it('is the latest time any paragraph carries, counted from the start of the recording', () => {
    expect(recordingSeconds(interview)).toBe(6664);
  });

  it('uses a start time where a paragraph has no end', () => {
    const otter = transcriptOf('Ada  0:00\nHello and welcome.\n\nBen  12:30\nThanks for having me.\n', 'talk.txt');
    expect(otter.format).toBe('otter');
    expect(recordingSeconds(otter)).toBe(750);
  });

  it('is undefined for a transcript without timestamps', () => {
    expect(recordingSeconds(transcriptOf('Ada: Hello.\nBen: Hi there.\n', 'talk.txt'))).toBeUndefined();
  });
});

describe('resolveManifest: what deck.yaml leaves out, taken from the transcript', () => {
  it('paces a timed transcript for its real length when deck.yaml gives no duration, and says so', () => {
    const { value, diagnostics } = resolveManifest(manifestOf('transcript: talk.vtt\ntitle: An interview\n'), interview, 'talk.vtt');
    expect(value.duration).toBe(111);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'info', rule: 'duration-from-timestamps', file: 'talk.vtt' })]);
    expect(diagnostics[0]!.message).toContain('111 minutes');
  });

  it('keeps the duration deck.yaml gives', () => {
    expect(resolveManifest(manifestOf('transcript: talk.vtt\ntitle: T\nduration: 30\n'), interview, 'talk.vtt').value.duration).toBe(30);
  });

  it('caps the derived duration to 1–600 minutes', () => {
    const long = transcriptOf('WEBVTT\n\n12:00:00.000 --> 12:00:04.000\nStill going.\n');
    expect(resolveManifest(manifestOf('transcript: talk.vtt\ntitle: T\n'), long, 'talk.vtt').value.duration).toBe(600);
    const short = transcriptOf('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nA short clip.\n');
    expect(resolveManifest(manifestOf('transcript: talk.vtt\ntitle: T\n'), short, 'talk.vtt').value.duration).toBe(1);
  });

  it('keeps the default duration for an untimed transcript', () => {
    const untimed = transcriptOf('Ada: Hello.\nBen: Hi there.\n', 'talk.txt');
    expect(resolveManifest(manifestOf('transcript: talk.txt\ntitle: T\n'), untimed, 'talk.txt').value.duration).toBe(20);
  });

  it('takes the transcript’s own title over the file name, silently', () => {
    const titled = transcriptOf('WEBVTT - Lex Fridman with Ada\n\n00:00:01.000 --> 00:00:04.000\n<v Ada>Hello.\n', 'en-whisper-text-lex-clip.vtt');
    const { value, diagnostics } = resolveManifest(manifestOf('transcript: en-whisper-text-lex-clip.vtt\nduration: 5\n'), titled, 'en-whisper-text-lex-clip.vtt');
    expect(value.title).toBe('Lex Fridman with Ada');
    expect(diagnostics).toEqual([]);
  });

  it('falls back to the file name, made readable, with a warning', () => {
    const untitled = transcriptOf('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ada>Hello.\n', 'en-whisper-text-lex-clip.vtt');
    const { value, diagnostics } = resolveManifest(manifestOf('transcript: en-whisper-text-lex-clip.vtt\nduration: 5\n'), untitled, 'en-whisper-text-lex-clip.vtt');
    expect(value.title).toBe('En whisper text lex clip');
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'title-from-file-name', file: 'en-whisper-text-lex-clip.vtt' })]);
    expect(diagnostics[0]!.hint).toContain('title:');
  });

  it('takes the date the transcript carries when deck.yaml gives none', () => {
    const dated: Transcript = { ...interview, date: '2024-03-05' };
    expect(resolveManifest(manifestOf('transcript: talk.vtt\ntitle: T\nduration: 5\n'), dated, 'talk.vtt').value.date).toBe('2024-03-05');
    expect(resolveManifest(manifestOf('transcript: talk.vtt\ntitle: T\nduration: 5\ndate: 5 March\n'), dated, 'talk.vtt').value.date).toBe('5 March');
  });
});
