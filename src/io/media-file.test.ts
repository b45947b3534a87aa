import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeck } from './load-deck.ts';
import { sniffContainer } from './media-file.ts';

const FIXTURE = 'e2e/fixtures/clips';
const work = mkdtempSync(join(tmpdir(), 'td-media-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The clip fixture's deck in a folder of its own, with `media:` set to `media` and `files` beside it. */
function deckWith(name: string, media: string, files: Record<string, Uint8Array | string | 'folder'> = {}): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(FIXTURE, 'interview.vtt'), join(dir, 'interview.vtt'));
  writeFileSync(join(dir, 'deck.yaml'), readFileSync(join(FIXTURE, 'deck.yaml'), 'utf8').replace(/^media: .*$/mu, `media: ${media}`));
  for (const [file, content] of Object.entries(files)) {
    if (content === 'folder') mkdirSync(join(dir, file));
    else writeFileSync(join(dir, file), content);
  }
  return dir;
}

const mediaErrors = (dir: string) => loadDeck(dir).diagnostics.filter((d) => d.rule === 'media-file');

// Each load runs the pipeline and a child process (music-metadata): seconds on a loaded machine.
describe('the recording deck.yaml names', { timeout: 30_000 }, () => {
  const ogg = readFileSync(join(FIXTURE, 'interview.ogg'));

  it('is measured by music-metadata and handed to the deck', () => {
    const deck = loadDeck(FIXTURE);
    expect(deck.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(deck.mediaPath).toMatch(/interview\.ogg$/u);
    expect(deck.output!.deck.media).toEqual({ src: 'interview.ogg', type: 'audio/ogg' });
    const clips = deck.output!.deck.slides.flatMap((s) => (s.kind === 'quote' && s.clip ? [[s.clip.start, s.clip.end]] : []));
    expect(clips).toEqual([[7.02, 12.35], [16.3, 22.05], [26.37, 31.42]]);
  });

  it.each([
    ['missing', 'gone.ogg', {}, /missing recording `gone\.ogg`/u],
    ['empty', 'empty.ogg', { 'empty.ogg': '' }, /empty recording `empty\.ogg` \(0 bytes\)/u],
    ['not media', 'page.mp3', { 'page.mp3': '<html><script>alert(1)</script></html>' }, /`page\.mp3`: its bytes are not audio or video/u],
    ['a folder', 'clips', { clips: 'folder' }, /folder `clips`/u],
    ['of another kind than its ending', 'talk.mp3', { 'talk.mp3': ogg }, /Unexpected OGG content in `talk\.mp3`, expected mp3/u],
    ['of an ending no browser plays by', 'talk.flac', { 'talk.flac': ogg }, /ending `\.flac`/u],
    ['cut short inside its header', 'cut.ogg', { 'cut.ogg': ogg.subarray(0, 40) }, /cannot be read as OGG/u],
  ])('is an error at `media:` in deck.yaml when it is %s', (_, media, files, message) => {
    const errors = mediaErrors(deckWith(media.replace(/\W/gu, '-'), media, files as Record<string, Uint8Array | string>));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
    expect(errors[0]!.file).toMatch(/deck\.yaml$/u);
    expect(errors[0]!.span?.start).toMatchObject({ line: 12, column: 8 });
  });

  it('is a warning, and no control on the quotes past its end, when it is shorter than the transcript', () => {
    // The transcript starts 14 s into the recording: the first quote is in it, the others would end past it.
    const dir = deckWith('short', 'interview.ogg', { 'interview.ogg': ogg });
    const offset = join(dir, 'deck.yaml');
    writeFileSync(offset, `${readFileSync(offset, 'utf8')}media_offset: 14\n`);
    const deck = loadDeck(dir);
    const warning = deck.diagnostics.find((d) => d.rule === 'media-too-short');
    expect(warning?.message).toMatch(/Unexpected end of `interview\.ogg` at 0:32, expected the recording to reach 0:36 .*2 quote slides have no play control/u);
    expect(warning?.span?.start.line).toBe(12);
    const clips = deck.output!.deck.slides.flatMap((s) => (s.kind === 'quote' ? [s.clip?.start ?? null] : []));
    expect(clips).toEqual([21.02, null, null]);
  });
});

describe('sniffing a container by its first bytes', () => {
  const bytes = (...values: Array<number | string>): Uint8Array => new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
  it('knows the containers a browser plays, and nothing else', () => {
    expect(sniffContainer(bytes('OggS', 0, 2))).toBe('ogg');
    expect(sniffContainer(bytes('RIFF', 1, 2, 3, 4, 'WAVE'))).toBe('wav');
    expect(sniffContainer(bytes(0, 0, 0, 0x20, 'ftypM4A '))).toBe('mp4');
    expect(sniffContainer(bytes(0x1a, 0x45, 0xdf, 0xa3))).toBe('webm');
    expect(sniffContainer(bytes('ID3', 4, 0))).toBe('mp3');
    expect(sniffContainer(bytes(0xff, 0xfb, 0x90))).toBe('mp3');
    expect(sniffContainer(bytes('<html>'))).toBeUndefined();
    expect(sniffContainer(bytes('%PDF-1.7'))).toBeUndefined();
    expect(sniffContainer(bytes('fLaC'))).toBeUndefined();
  });
});
