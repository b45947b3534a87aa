import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountFor } from './accounting.ts';
import { runPipeline } from './index.ts';
import { parseManifest, type DeckManifest } from './manifest.ts';

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
    const { accounting, diagnostics } = accountFor(out.transcript, lossy, out.script.convert, 't.txt');
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
    const { accounting, diagnostics } = accountFor(out.transcript, lossy, out.script.convert, 'seed.txt');
    expect(diagnostics.map((d) => d.rule)).toEqual(['unaccounted-text']);
    const paragraph = out.transcript.topics.flatMap((t) => t.turns).flatMap((t) => t.paragraphs).find((p) => p.start === dropped.piece!.of)!;
    expect(accounting.unaccounted).toBe(paragraph.text.length);
  });
});
