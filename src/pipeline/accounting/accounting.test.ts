import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountFor, leftOut } from './accounting.ts';
import { assemble } from '../formats/builder.ts';
import { parse, readers } from '../formats/index.ts';
import { cleanFixture } from '../formats/outline.ts';
import { runPipeline } from '../index.ts';
import { parseManifest, type DeckManifest } from '../manifest/manifest.ts';

const manifest: DeckManifest = { transcript: 't.txt', title: 'T', script: 'original', theme: 'light', aliases: {}, speakers: { featured: [{ name: '甲' }], hosts: [{ name: '乙' }] }, duration: 20, slides: { before: [], after: [] } };
const transcript = '導語:這是報道的開頭。\n以下是發言內容:\n主題:第一個話題\n[乙] 你怎麼看這件事情的發展呢?\n[甲] 我覺得這件事情的發展其實比大家想像的要快很多,因為數據已經在變化了。\n[甲] 但是真正的瓶頸不是方法論,而是數據或者任務本身的定義。\n特別聲明:僅供參考。\n';

function build() {
  return runPipeline({ manifest, transcript: { path: 't.txt', bytes: new TextEncoder().encode(transcript) }, authored: new Map() });
}

describe('accounting of what was said', () => {
  it('balances for a deck: every paragraph of turns, lead and credits is in the notes', () => {
    const out = build();
    expect(out.accounting.unaccounted).toBe(0);
    expect(out.accounting.paragraphs).toBe(5);
    expect(out.accounting.inNotes).toBe(out.accounting.characters);
    expect(out.accounting.onSlides).toBeGreaterThan(0);
    expect(out.diagnostics.filter((d) => d.rule === 'unaccounted-text')).toEqual([]);
  });

  it('fails with the paragraph’s position when a turn is missing from every slide’s notes', () => {
    const out = build();
    const lossy = { ...out.deck, slides: out.deck.slides.map((s) => ({ ...s, notes: s.notes.filter((n) => !(n.kind === 'turn' && n.speaker === '乙')) })) };
    const { value: accounting, diagnostics } = accountFor(out.transcript, lossy, out.script.convert, 't.txt', out.clean);
    expect(accounting.unaccounted).toBe('你怎麼看這件事情的發展呢?'.length);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'unaccounted-text', span: { start: { line: 4, column: 5 } } });
  });

  it('counts a paragraph cut between quote slides only when all its pieces are there', () => {
    const seed = readFileSync('slides/agi-next-yao-shunyu.txt');
    const seedManifest = parseManifest('slides/deck.yaml', readFileSync('slides/deck.yaml', 'utf8')).value!;
    const out = runPipeline({ manifest: seedManifest, transcript: { path: 'seed.txt', bytes: seed }, authored: new Map() });
    expect(out.accounting.unaccounted).toBe(0);
    // Drop the last piece of one split paragraph: that paragraph, and only it, is lost.
    const cut = out.deck.slides.flatMap((s) => s.notes).flatMap((n) => (n.kind === 'turn' ? n.paragraphs : [])).filter((p) => p.piece);
    expect(cut.length).toBeGreaterThan(1);
    const dropped = cut[cut.length - 1]!;
    const lossy = {
      ...out.deck,
      slides: out.deck.slides.map((s) => ({ ...s, notes: s.notes.map((n) => (n.kind === 'turn' ? { ...n, paragraphs: n.paragraphs.filter((p) => p !== dropped) } : n)) })),
    };
    const { value: accounting, diagnostics } = accountFor(out.transcript, lossy, out.script.convert, 'seed.txt', out.clean);
    expect(diagnostics.map((d) => d.rule)).toEqual(['unaccounted-text']);
    const paragraph = out.transcript.topics.flatMap((t) => t.turns).flatMap((t) => t.paragraphs).find((p) => p.start === dropped.piece!.of)!;
    expect(accounting.unaccounted).toBe(paragraph.text.length);
  });

  it('compares each paragraph with the file: a reader that drops a link’s URL has lost it', () => {
    const markdown = '**Ada:** Read [the docs](https://example.org/docs) before you ask, please.\n\n**Bo:** Why?\n\n**Ada:** Because they answer most of it.\n';
    const md: DeckManifest = { ...manifest, transcript: 't.md', speakers: { featured: [{ name: 'Ada' }], hosts: [{ name: 'Bo' }] } };
    const out = runPipeline({ manifest: md, transcript: { path: 't.md', bytes: new TextEncoder().encode(markdown) }, authored: new Map() });
    expect(out.accounting.unaccounted).toBe(0);
    // What the reader used to do: keep the link text, leave the URL out.
    const original = out.transcript.topics[0]!.turns[0]!.paragraphs[0]!;
    const url = '(https://example.org/docs)';
    const cut = original.text.indexOf(url);
    const dropped = assemble([
      { start: original.start, text: original.text.slice(0, cut) },
      { start: original.start + cut + url.length, text: original.text.slice(cut + url.length), join: '' },
    ]);
    const lossyParagraph = { ...original, text: dropped.text, pieces: dropped.pieces! };
    const transcript = { ...out.transcript, topics: out.transcript.topics.map((t) => ({ ...t, turns: t.turns.map((turn) => ({ ...turn, paragraphs: turn.paragraphs.map((p) => (p === original ? lossyParagraph : p)) })) })) };
    const deck = {
      ...out.deck,
      slides: out.deck.slides.map((s) => ({ ...s, notes: s.notes.map((n) => (n.kind === 'turn' ? { ...n, paragraphs: n.paragraphs.map((p) => (p.text === original.text ? { ...p, text: dropped.text } : p)) } : n)) })),
    };
    const { value: accounting, diagnostics } = accountFor(transcript, deck, out.script.convert, 't.md', out.clean);
    expect(accounting.unaccounted).toBe(url.length);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'unaccounted-text', span: { start: { line: 1, column: '**Ada:** Read [the docs]'.length + 1 } } });
  });

  it.each([
    'name-colon.en.txt', 'name-colon.zh.txt', 'qa.zh.txt', 'markdown.en.md', 'markdown.zh.md', 'webvtt.ja.vtt', 'webvtt.en.vtt', 'srt.en.srt', 'srt.zh.srt', 'otter.en.txt', 'diarized.en.txt', 'diarized.zh.txt',
    'markdown-inline.en.md', 'markdown-timestamps.en.md', 'markdown-front-matter.en.md', 'name-colon-headings.en.txt', 'name-colon-asides.en.txt', 'dialogue-page.zh.md', 'talk-qa.zh.md', 'news-interview-brackets.zh.txt',
  ])('finds nothing left out of the paragraphs of %s, whichever reader reads it', (file) => {
    const clean = cleanFixture(file);
    for (const reader of readers) {
      const { value } = parse(clean, { format: reader.id });
      const paragraphs = [...value.lead, ...value.credits, ...value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs))];
      expect(paragraphs.flatMap((p) => leftOut(p, clean, value.format)), reader.id).toEqual([]);
    }
  });
});
