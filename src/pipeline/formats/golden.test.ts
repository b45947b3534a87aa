import { describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.ts';
import { FORMAT_IDS } from '../manifest/manifest.ts';
import { normalize } from '../normalize/index.ts';
import { readSeed, SEED_PATH } from '../testing/fixtures.ts';
import { cleanOffsetIn } from './builder.ts';
import { detectFormat, parse, readers } from './index.ts';
import { cleanFixture, golden } from './outline.ts';

/** Every fixture, the reader that must detect it, and what it shows. */
const FIXTURES: Array<[file: string, format: string]> = [
  ['name-colon.en.txt', 'name-colon'], // 60-paragraph podcast interview, four subjects, no topic markers
  ['name-colon.zh.txt', 'name-colon'], // Traditional Chinese podcast, `主題：` markers, full-width colons
  ['qa.zh.txt', 'qa'], // 问：/答： interview, no topic markers (topics inferred in Chinese)
  ['markdown.en.md', 'markdown'], // front matter with aliases, ## topics, **Name:** labels
  ['markdown.zh.md', 'markdown'], // ### 主持人： speaker headings, **Name**： labels
  ['webvtt.ja.vtt', 'webvtt'], // Japanese, <v> voice tags, NOTE chapters, STYLE/REGION, inline tags
  ['webvtt.en.vtt', 'webvtt'], // NAME: prefixes, >> speaker changes, rolling captions, empty cue
  ['srt.en.srt', 'srt'], // numbered cues, NAME: prefixes, <i>/<b>/<font>/{\an8}, a missing blank line
  ['srt.zh.srt', 'srt'], // Simplified Chinese, no speakers
  ['otter.en.txt', 'otter'], // Otter export, meeting with three agenda items
  ['diarized.en.txt', 'diarized'], // [Speaker 1] [00:00:02] lines
  ['diarized.zh.txt', 'diarized'], // 说话人1 (00:00:05): with the text on the next lines
  ['whisper-text.es.txt', 'whisper-text'], // Whisper CLI output, Spanish, a log line before the segments
  ['whisper-json.en.json', 'whisper-json'], // Whisper JSON with word timestamps, no speakers
  ['stt-json.aws.en.json', 'stt-json'], // AWS Transcribe items with spk_0/spk_1 labels
  ['stt-json.revai.en.json', 'stt-json'], // Rev.ai monologues, three speakers
  ['sbv.en.sbv', 'sbv'], // YouTube automatic captions
  ['youtube-copied.en.txt', 'youtube-copied'], // YouTube transcript panel copied, with chapter titles
];

describe('golden outlines of the fixtures', () => {
  for (const [file, format] of FIXTURES) {
    it(`${file} is read as ${format} and matches its golden outline`, async () => {
      const clean = cleanFixture(file);
      expect(detectFormat(clean.text).id).toBe(format);
      const { value } = parse(clean);
      expect(value.format).toBe(format);
      await expect(golden(value)).toMatchFileSnapshot(`./__golden__/${file}.outline.json`);
    });
  }
});

describe('every reader, on every fixture', () => {
  for (const [file] of FIXTURES) {
    it(`${file}: never throws, and every character of every paragraph comes from the file`, () => {
      const clean = cleanFixture(file);
      for (const reader of readers) {
        const { value } = parse(clean, { format: reader.id });
        for (const p of [...value.lead, ...value.credits, ...value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs))]) {
          expect(p.span.start).toEqual(clean.positionOf(p.start));
          expect(p.span.end).toEqual(clean.positionOf(cleanOffsetIn(p, p.text.length)));
          for (let i = 0; i < p.text.length; i++) {
            const from = clean.text[cleanOffsetIn(p, i)];
            // Only a joining space, or a character reference (`&lt;` → `<`), may differ.
            if (from !== p.text[i]) expect(p.text[i] === ' ' || from === '&', `${reader.id} ${file} “${p.text}” [${i}]`).toBe(true);
          }
        }
      }
    });
  }
});

describe('detection', () => {
  it('still reads the seed as a news interview', () => {
    const clean = normalize(decode({ path: SEED_PATH, bytes: readSeed() }).value).value;
    expect(detectFormat(clean.text).id).toBe('news-interview');
    const { value } = parse(clean);
    expect(value.format).toBe('news-interview');
    expect(value.topics.map((t) => t.title)).toEqual(['大模型的分化', '大公司與創業公司做AI的差異', '大模型應該思考的下一代概念是什么？']);
  });

  it('accepts in deck.yaml\'s `format:` exactly the readers there are', () => {
    expect([...FORMAT_IDS].sort()).toEqual(readers.map((r) => r.id).sort());
  });

  it('lets `format` override detection', () => {
    const clean = cleanFixture('qa.zh.txt');
    expect(parse(clean, { format: 'name-colon' }).value.format).toBe('name-colon');
    expect(parse(clean, { format: 'plain' }).value.speakers.map((s) => s.name)).toEqual(['?']);
  });

  it('reports an unknown format and falls back to detection', () => {
    const { value, diagnostics } = parse(cleanFixture('otter.en.txt'), { format: 'docx' });
    expect(value.format).toBe('otter');
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'unknown-format' });
  });

  it.each([
    ['Just a paragraph of prose.\nAnother one, with a colon: here.\n', 'plain'],
    ['Note: this is a memo.\nSee https://example.org for more.\nMeeting at 12:30 today.\n', 'plain'],
    ['Dave: hi\nSue: hello\nDave: how are you?\n', 'name-colon'],
    ['Q: Why?\nA: Because.\nQ: Really?\nA: Yes.\n', 'qa'],
    ['問：為什麼？\n答：因為。\n問：真的嗎？\n', 'qa'],
    ['# Title\n\n## One\n\nDave: hi\n\nSue: hello\n', 'markdown'],
    ['WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n', 'webvtt'],
    ['1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:03,000 --> 00:00:04,000\nYo\n', 'srt'],
    ['Dave  0:01\nHi there.\n\nSue  0:05\nHello.\n', 'otter'],
    ['[Speaker 1] [00:01] hi\n[Speaker 2] [00:03] hello\n', 'diarized'],
    ['Speaker 1 (00:00:01): hi\nSpeaker 2 (00:00:03): hello\n', 'diarized'],
    ['[主持人] 你好\n[嘉賓] 你好\n', 'news-interview'],
    ['Dave: hi\n[laughter]\nSue: hello\n[laughter]\n[crosstalk]\n[laughter]\nDave: ha\n[laughs]\n', 'name-colon'],
  ])('detects %j as %s', (text, format) => {
    expect(detectFormat(text).id).toBe(format);
  });
});
