import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from './index.ts';
import { parseManifest } from './manifest/manifest.ts';
import { repoRoot } from './testing/fixtures.ts';
import type { QuoteSlide, SectionSlide } from './types.ts';

/*
 * Interviews in scripts without capitals (Arabic, written right to left, and Hindi, whose letters
 * carry combining vowel signs): their `Name:` labels are speakers, `؟` asks, `।` ends a sentence,
 * the charts' terms are no function words, and an Arabic deck runs right to left.
 */

function deckOf(name: string) {
  const path = `src/pipeline/formats/fixtures/${name}`;
  const manifest = parseManifest('deck.yaml', `transcript: ${name}\ntitle: T\n`).value!;
  return runPipeline({ manifest, transcript: { path, bytes: readFileSync(`${repoRoot}${path}`) }, authored: new Map() });
}

describe.each([
  ['name-colon.ar.txt', 'ar', 'المحاور', 'سارة'],
  ['name-colon.hi.txt', 'hi', 'मेज़बान', 'रमेश'],
])('%s', (file, lang, host, guest) => {
  const out = deckOf(file);
  const quotes = out.deck.slides.filter((s): s is QuoteSlide => s.kind === 'quote');

  it('reads the labels as the two speakers, the one who asks as host', () => {
    expect(out.deck.meta.lang).toBe(lang);
    expect(out.speakers.map((s) => [s.name, s.kind])).toEqual([[host, 'host'], [guest, 'featured']]);
  });

  it('quotes the guest in whole sentences, never a label', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const slide of quotes) {
      expect(slide.quote.speaker).toBe(guest);
      expect(slide.quote.text).toMatch(/[.।؟!]$/u);
      expect(slide.quote.text).not.toContain(':');
    }
  });

  it('keeps function words out of the key terms', () => {
    const terms = out.deck.slides.filter((s): s is SectionSlide => s.kind === 'section').flatMap((s) => (s.terms ?? []).map((t) => t.term));
    expect(terms.length).toBeGreaterThan(0);
    for (const word of ['في', 'إلى', 'أنا', 'من', 'है', 'में', 'की', 'और']) expect(terms).not.toContain(word);
  });
});

describe('direction', () => {
  it('an Arabic deck\'s slides run right to left, their notes too; a Hindi deck\'s left to right', () => {
    const arabic = deckOf('name-colon.ar.txt').html;
    const sections = arabic.match(/<section[^>]*>/g) ?? [];
    expect(sections.length).toBeGreaterThan(5);
    for (const tag of sections) expect(tag).toContain('dir="rtl"');
    expect(arabic).toContain('<aside class="notes">\n<div dir="rtl">');
    expect(deckOf('name-colon.hi.txt').html).not.toContain('dir=');
  });
});
