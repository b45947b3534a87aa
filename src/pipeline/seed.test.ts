import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runPipeline, type PipelineInput } from './index.ts';
import { parseManifest } from './manifest/manifest.ts';
import { readSeed, repoRoot, SEED_PATH } from './testing/fixtures.ts';

/*
 * The sample deck as shipped, end to end: the seed's scrambled bytes, pinyin glosses and encodings.
 * Run with the corrections file the sample ships and without it: the automatic repair must stand
 * on its own.
 */

const manifest = parseManifest('slides/deck.yaml', readFileSync(`${repoRoot}slides/deck.yaml`, 'utf8')).value!;
const correctionsText = readFileSync(`${repoRoot}slides/agi-next-yao-shunyu.corrections.yaml`, 'utf8');
const seedText = new TextDecoder().decode(readSeed());

function build(bytes: Uint8Array, withCorrections: boolean) {
  const input: PipelineInput = { manifest: { ...manifest, slides: { before: [], after: [] } }, transcript: { path: SEED_PATH, bytes }, authored: new Map() };
  return runPipeline(withCorrections ? { ...input, corrections: { path: 'slides/agi-next-yao-shunyu.corrections.yaml', text: correctionsText } } : input);
}

/** What slides show, and what notes show, as text. */
function shown(html: string): { slides: string; notes: string } {
  const notes = [...html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((m) => m[1]!).join('\n');
  const slides = html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '');
  const text = (h: string) => h.replace(/<del class="td-unreadable"[^>]*>[\s\S]*?<\/del>/g, '⟦marked⟧').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return { slides: text(slides), notes: text(notes) };
}

const GLOSS = /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u;
const PINYIN_TAIL = /\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u;

describe.each([
  ['with the shipped corrections', true],
  ['without corrections', false],
])('the seed deck %s', (_name, withCorrections) => {
  const out = build(readSeed(), withCorrections);
  const { slides, notes } = shown(out.html);
  const garbled = out.diagnostics.filter((d) => d.rule === 'garbled-text');

  it('reports every scrambled run with its position and its reading, and repairs what the bytes allow', () => {
    expect(garbled.length).toBe(withCorrections ? 7 : 10);
    for (const d of garbled) {
      expect(d.span!.start.line).toBeGreaterThan(1);
      expect(d.message).toMatch(/^Scrambled bytes `[^`]+` (read as `[^`]*`|removed|could not be repaired)/);
    }
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('shows no pinyin gloss, no `?` with a pinyin tail and none of the scrambled characters, on slides or in notes', () => {
    for (const text of [slides, notes]) {
      expect(text).not.toMatch(GLOSS);
      expect(text).not.toMatch(PINYIN_TAIL);
    }
    // Characters found only inside the scrambled runs of the file, never in its readable text.
    const runs = garbled.map((d) => seedText.split('\n')[d.span!.start.line - 1]!.slice(d.span!.start.column - 1, d.span!.end.column - 1));
    const readable = garbled.reduce((text, d, i) => text.replace(runs[i]!, ''), seedText);
    const scrambledOnly = [...new Set(runs.join(''))].filter((c) => /\p{Script=Han}/u.test(c) && !readable.includes(c));
    expect(scrambledOnly.length).toBeGreaterThan(10);
    for (const c of scrambledOnly) {
      expect(slides, c).not.toContain(c);
      expect(notes, c).not.toContain(c);
    }
    // The question marks left are the speakers' own.
    expect(slides.match(/\p{Script=Han}\?\p{Script=Han}/gu) ?? []).toEqual([]);
  });

  it('reads the spans back as they were said', () => {
    expect(notes).toContain('因為OpenAi');
    expect(notes).toContain('我們在談論自主學習');
    expect(notes).toContain('因為你是橫跨中美');
    if (withCorrections) {
      expect(notes).toContain('因為它商業化各種各樣的變化');
      expect(notes).toContain('因為可能他的年薪是 20 萬美元');
    } else {
      // Guessed characters are shown marked in the notes, never on a slide.
      expect(notes).toContain('⟦marked⟧');
      expect(slides).not.toContain('⟦marked⟧');
    }
  });
});

describe('the seed in other encodings', () => {
  const reference = build(readSeed(), true);

  it.each([
    ['UTF-16LE with BOM', 'utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')])],
    ['GBK', 'gb18030', iconv.encode(seedText, 'gbk')],
  ])('%s builds the same deck as UTF-8 and says which encoding it read', (_name, encoding, bytes) => {
    const out = build(new Uint8Array(bytes), true);
    expect(out.encoding).toBe(encoding);
    expect(out.html).toBe(reference.html);
    if (encoding !== 'utf-8') expect(out.diagnostics.some((d) => d.rule === 'encoding' && d.message.includes(encoding === 'gb18030' ? 'GB18030' : 'UTF-16'))).toBe(true);
  });
});
