import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from './index.ts';
import type { DeckManifest } from './manifest/manifest.ts';

/*
 * Properties of the whole pipeline on arbitrary input: it never throws, every position it reports
 * lies inside the file, and the account of what was said always balances.
 */

const manifest: DeckManifest = { transcript: 'p.txt', title: 'P', script: 'original', theme: 'light', aliases: {}, speakers: { featured: [], hosts: [] }, duration: 20, slides: { before: [], after: [] } };

/** Pieces a transcript is made of, in any order, with noise between them. */
const piece = fc.oneof(
  fc.constantFrom('主題:', '主題：', '[姚順雨] ', '[主持人]', '[', ']', '[] ', '\n', '\r\n', '\n\n', '以下是發言內容:\n', '特別聲明:', 'Notice: ', '![]()', '會(huì)', '(瓶頸)', '因?yàn)', '。', '?', ',', 'ChatGPT ', '\u200b', '\u202e', '\t', '<script>', '--- ', 'Note:', 'Speaker 1: ', 'WEBVTT\n', '00:00:01.000 --> 00:00:02.000\n'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'我們覺得大模型的分化很明顯智能越高生產力越高'), maxLength: 30 }),
);
const transcript = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

function run(text: string) {
  return runPipeline({ manifest, transcript: { path: 'p.txt', bytes: new TextEncoder().encode(text) }, authored: new Map() });
}

describe('pipeline properties (fast-check)', { timeout: 60_000 }, () => {
  it('never throws, keeps positions inside the file, and accounts for every character said', () => {
    fc.assert(
      fc.property(transcript, (text) => {
        const out = run(text);
        const length = out.clean.source.text.length;
        for (const d of out.diagnostics) {
          if (!d.span) continue;
          expect(d.span.start.offset).toBeGreaterThanOrEqual(0);
          expect(d.span.end.offset).toBeLessThanOrEqual(length);
          expect(d.span.start.offset).toBeLessThanOrEqual(d.span.end.offset);
          expect(d.span.start.line).toBeGreaterThanOrEqual(1);
        }
        expect(out.accounting.unaccounted).toBe(0);
        expect(out.accounting.inNotes).toBe(out.accounting.characters);
        // Slides and closing tags pair up: no text opened or closed an element.
        expect(out.html.match(/<section\b/g)?.length ?? 0).toBe(out.deck.slides.length);
        expect(out.html.match(/<\/section>/g)?.length ?? 0).toBe(out.deck.slides.length);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const out = runPipeline({ manifest, transcript: { path: 'p.bin', bytes }, authored: new Map() });
        expect(out.accounting.unaccounted).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
