import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findDecks } from '../io/decks.ts';
import { loadDeck, type LoadedDeck } from '../io/load-deck.ts';
import { hasErrors } from '../pipeline/diagnostics.ts';
import { EXIT } from './exit.ts';
import { printProblems } from './problems.ts';

/*
 * `transcript-deck pptx` and `npm run pptx`: the deck (default: slides/) as an editable .pptx,
 * `deck.pptx` here or the file --out names; a folder of several manifests gives `<name>.pptx` for
 * each, here or in the folder --out names. The charts and QR codes are rasterised by Chromium
 * (charts.ts).
 */

export async function pptx(target: string, options: { out?: string }): Promise<number> {
  const decks = findDecks(resolve(target));
  const jobs = decks.length > 1 ? decks.map((d) => ({ target: d.manifest, out: join(options.out ?? '.', `${d.slug}.pptx`) })) : [{ target, out: options.out ?? 'deck.pptx' }];
  // Loaded only here, so that the other commands do not load pptxgenjs.
  const { writePptx } = await import('../pptx/write.ts');
  const { rasteriseCharts } = await import('../pptx/charts.ts');
  for (const job of jobs) {
    const loaded: LoadedDeck = loadDeck(job.target);
    printProblems(loaded);
    if (!loaded.output || hasErrors(loaded.diagnostics)) return EXIT.inputError;
    const deck = loaded.output.deck;
    const out = resolve(job.out);
    mkdirSync(dirname(out), { recursive: true });
    const theme = loaded.manifest?.theme ?? 'light';
    writeFileSync(out, await writePptx(deck, { theme, charts: await rasteriseCharts(deck, theme) }));
    process.stdout.write(`Wrote ${job.target} → ${out} (${deck.slides.length} slides)\n`);
  }
  return EXIT.ok;
}
