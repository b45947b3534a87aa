/*
 * Sheets for rating the slide quotes by reading (issue #16): every quote slide of every corpus deck,
 * as the audience sees it (the topic label, the quote, the speaker), numbered so that a rater's
 * verdicts can be joined back. `npx tsx eval/rating-sheets.ts round-<n> [batches]` writes
 * eval/ratings/round-<n>/sheet-<k>.md; raters write rated-<k>.tsv beside them; `eval/ratings.ts` sums them up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDeck } from '../src/io/load-deck.ts';
import type { QuoteSlide } from '../src/pipeline/types.ts';
import { listCorpus } from './corpus.ts';

const here = import.meta.dirname;
const round = process.argv[2] ?? 'round-1';
const batches = Number(process.argv[3] ?? 3);
const entries = listCorpus(join(here, 'corpus')).filter((entry) => entry.expected);
const decks = entries.map((entry) => {
  const deck = loadDeck(entry.transcript).output;
  const slides = (deck?.deck.slides ?? []).filter((slide): slide is QuoteSlide => slide.kind === 'quote');
  return { id: entry.id, lang: deck?.deck.meta.lang ?? '?', slides };
});
const total = decks.reduce((n, d) => n + d.slides.length, 0);
const out = join(here, 'ratings', round);
mkdirSync(out, { recursive: true });
let batch = 1;
let lines: string[] = [];
let count = 0;
const flush = (): void => {
  writeFileSync(join(out, `sheet-${batch}.md`), `${lines.join('\n')}\n`);
  batch++;
  lines = [];
  count = 0;
};
for (const deck of decks) {
  if (count > 0 && count + deck.slides.length > total / batches * 1.1 && batch < batches) flush();
  lines.push(`## ${deck.id} (${deck.lang})`, '');
  deck.slides.forEach((slide, i) => {
    const speaker = slide.quote.speaker === '?' ? '(no name shown)' : slide.quote.speaker;
    lines.push(`${i + 1}. [${slide.topicTitle}] “${slide.quote.text}” — ${speaker}`);
    count++;
  });
  lines.push('');
}
flush();
process.stdout.write(`${total} quotes of ${decks.length} decks in ${batch - 1} sheets in ${out}\n`);
