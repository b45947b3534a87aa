import iconv from 'iconv-lite';
import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../pipeline/testing/fixtures.ts';
import { loadDeck, sameInputs } from './load-deck.ts';

describe('sameInputs: whether a deck can be reused for a rebuild', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const copy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'td-inputs-'));
    dirs.push(dir);
    cpSync(join(repoRoot, 'slides'), dir, { recursive: true });
    return dir;
  };

  it('holds while every file reads the same, touched or not', () => {
    const dir = copy();
    const deck = loadDeck(dir, dir);
    expect(deck.inputs?.size).toBeGreaterThan(0);
    expect(sameInputs(deck, dir, dir)).toBe(true);
    const transcript = deck.files[1]!;
    utimesSync(transcript, new Date(), new Date(Date.now() + 5000));
    expect(sameInputs(deck, dir, dir)).toBe(true);
  });

  it('fails when a file changes, appears or the target names another deck file', () => {
    const dir = copy();
    const deck = loadDeck(dir, dir);
    const transcript = deck.files[1]!;
    writeFileSync(transcript, `${readFileSync(transcript, 'utf8')}\n`);
    expect(sameInputs(deck, dir, dir)).toBe(false);

    const again = loadDeck(dir, dir);
    expect(sameInputs(again, dir, dir)).toBe(true);
    // The quote curation beside deck.yaml did not exist: now it does.
    writeFileSync(join(dir, 'deck.quotes.yaml'), 'pinned: []\n');
    expect(sameInputs(again, dir, dir)).toBe(false);
    expect(sameInputs(loadDeck(dir, dir), transcript, dir)).toBe(false);
  });
});

describe('loadDeck: what a bare transcript or a short deck.yaml leaves to the transcript', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const folder = (files: Record<string, string | Uint8Array>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'td-load-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  };
  const interview =
    'WEBVTT\n\n' +
    '00:00:05.000 --> 00:00:09.000\n<v Host>Welcome to the show, and thank you for coming all this way.\n\n' +
    '00:47:10.000 --> 00:47:20.000\n<v Ada>The hard part was never the model; I think it was always the data, and the people who label it.\n\n' +
    '01:50:58.000 --> 01:51:04.000\n<v Host>Thank you, that is all we have time for.\n';

  it('titles an untitled transcript after its file name, made readable, with a warning', () => {
    const dir = folder({ 'my_talk-2024.txt': 'Ada: We opened the café in 2019, and I think it changed the street.\nBen: How so?\n' });
    const deck = loadDeck(join(dir, 'my_talk-2024.txt'), dir);
    expect(deck.output!.deck.meta.title).toBe('My talk 2024');
    const warning = deck.diagnostics.find((d) => d.rule === 'title-from-file-name');
    expect(warning).toMatchObject({ severity: 'warning', file: 'my_talk-2024.txt' });
  });

  it('paces a 1 h 51 min interview for 111 minutes and shows its length, unless deck.yaml says otherwise', () => {
    const dir = folder({ 'interview.vtt': interview, 'short.deck.yaml': 'transcript: interview.vtt\ntitle: Short\nduration: 15\n' });
    const deck = loadDeck(join(dir, 'interview.vtt'), dir).output!;
    expect(deck.deck.meta.durationMinutes).toBe(111);
    const title = deck.deck.slides.find((s) => s.kind === 'title')!;
    expect(title.notes.map((n) => (n.kind === 'text' ? n.text : '')).join(' ')).toMatch(/111 minutes/);
    const overview = deck.deck.slides.find((s) => s.id === 'overview');
    expect(overview?.kind === 'summary' ? overview.points.join(' ') : '').toContain('1:51:04');
    expect(deck.deck.slides.reduce((sum, s) => sum + s.timing.seconds, 0)).toBeCloseTo(111 * 60, -1);
    expect(loadDeck(join(dir, 'short.deck.yaml'), dir).output!.deck.meta.durationMinutes).toBe(15);
  });

  it('opens topics at the chapters of a chapters file beside the captions, or the one deck.yaml names', () => {
    const chapters = 'WEBVTT\n\n00:00:00.000 --> 00:40:00.000\nWelcome\n\n00:40:00.000 --> 01:50:00.000\nThe data problem\n\n01:50:00.000 --> 01:52:00.000\nGoodbye\n';
    const dir = folder({ 'interview.vtt': interview, 'interview.chapters.vtt': chapters, 'other.deck.yaml': 'transcript: interview.vtt\nchapters: parts.txt\n', 'parts.txt': '0:00 Opening\n1:00:00 Closing\n' });
    const beside = loadDeck(join(dir, 'interview.vtt'), dir);
    expect(beside.output!.transcript.topics.map((t) => t.title)).toEqual(['Welcome', 'The data problem', 'Goodbye']);
    expect(beside.files).toContain(join(dir, 'interview.chapters.vtt'));
    const named = loadDeck(join(dir, 'other.deck.yaml'), dir);
    expect(named.output!.transcript.topics.map((t) => t.title)).toEqual(['Opening', 'Closing']);
    const missingFile = folder({ 'interview.vtt': interview, 'deck.yaml': 'transcript: interview.vtt\nchapters: nope.vtt\n' });
    expect(loadDeck(missingFile, missingFile).diagnostics.find((d) => d.rule === 'missing-file')?.message).toContain('nope.vtt');
  });

  it('reads a Windows-1252 transcript, detected or as deck.yaml forces', () => {
    const text = 'Ada: We opened the café in 2019; it’s been “busy” ever since, and I think that is the point.\nBen: Why?\n';
    const dir = folder({ 'cafe.txt': iconv.encode(text, 'windows-1252'), 'deck.yaml': 'transcript: cafe.txt\ntitle: Café\nencoding: Windows-1252\n' });
    const detected = loadDeck(join(dir, 'cafe.txt'), dir);
    expect(detected.output!.encoding).toBe('windows-1252');
    expect(detected.diagnostics.find((d) => d.rule === 'encoding')!.message).toContain('Windows-1252');
    const forced = loadDeck(dir, dir);
    expect(forced.output!.encoding).toBe('windows-1252');
    expect(forced.output!.clean.text).toContain('café in 2019; it’s been “busy”');
  });
});
