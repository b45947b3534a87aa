import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deckIndexHtml, findDecks, type BuiltDeckSummary } from '../io/decks.ts';
import { loadDeck, sameInputs, type LoadedDeck } from '../io/load-deck.ts';
import { writeBuildRecord, writeDecksRecord } from '../pdf/build-record.ts';
import { formatDiagnostic, hasErrors } from '../pipeline/diagnostics.ts';
import { deckNotices } from '../vite/plugin.ts';
import { EXIT } from './exit.ts';
import { printProblems } from './problems.ts';

/** `transcript-deck build`: the deck (or each of several) as a static folder, with a record of its sources. */
export async function build(target: string, options: { out?: string; 'single-file'?: boolean }): Promise<number> {
  const deck = loadDeck(target);
  if (hasErrors(deck.diagnostics)) {
    printProblems(deck);
    return EXIT.inputError;
  }
  const outDir = resolve(options.out ?? 'dist');
  const decks = findDecks(resolve(target));
  const singleFile = options['single-file'] ?? false;
  if (decks.length <= 1) {
    await buildDeck(target, outDir, deck);
    writeBuildRecord(outDir, deck.files);
    if (singleFile) {
      keepOnlySingleFile(outDir);
      process.stdout.write(`Built ${target} → ${join(outDir, SINGLE_FILE)} (one file: scripts, styles and fonts inside)\n`);
    } else process.stdout.write(`Built ${target} → ${outDir} (index.html, deck.html)\n`);
    return EXIT.ok;
  }
  // Several manifests: each deck in its own folder, and an index page.
  const summaries: BuiltDeckSummary[] = [];
  rmSync(outDir, { recursive: true, force: true });
  for (const entry of decks) {
    const loaded = entry.manifest === deck.files[0] ? deck : loadDeck(entry.manifest);
    if (hasErrors(loaded.diagnostics) || !loaded.output) {
      printProblems(loaded);
      return EXIT.inputError;
    }
    await buildDeck(entry.manifest, join(outDir, entry.slug), loaded);
    writeBuildRecord(join(outDir, entry.slug), loaded.files);
    if (singleFile) keepOnlySingleFile(join(outDir, entry.slug));
    const meta = loaded.output.deck.meta;
    summaries.push({
      slug: entry.slug,
      title: meta.title,
      lang: meta.lang,
      ...(loaded.manifest?.subtitle ? { subtitle: loaded.manifest.subtitle } : {}),
      speakers: loaded.output.speakers.filter((s) => s.kind === 'featured').map((s) => s.name),
      slides: loaded.output.deck.slides.length,
    });
    process.stdout.write(`Built ${entry.manifest} → ${join(outDir, entry.slug)}\n`);
  }
  writeFileSync(join(outDir, 'index.html'), deckIndexHtml(summaries, { singleFile }));
  writeDecksRecord(outDir, resolve(target), decks.map((d) => d.manifest));
  process.stdout.write(`Index of ${summaries.length} decks → ${join(outDir, 'index.html')}\n`);
  return EXIT.ok;
}

const SINGLE_FILE = 'deck.html';

/** Leaves only the single-file deck in a build folder (`--single-file`): one file, as promised, so no record of its sources. */
function keepOnlySingleFile(dir: string): void {
  for (const name of readdirSync(dir)) if (name !== SINGLE_FILE) rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * Builds a deck into `outDir` as `vite build` with the project's config would (src/vite/assemble.ts),
 * with the browser client prebuilt (src/vite/client-bundle.ts) instead of bundled again, and without
 * loading Vite. `loaded`, the deck as this process already loaded it, is reused as the build's
 * plugin reuses a deck: when it was loaded from the project root and its files are unchanged;
 * otherwise the deck is loaded again, from the root, as the plugin loads it.
 */
export async function buildDeck(target: string, outDir: string, loaded?: LoadedDeck): Promise<void> {
  const { assembleDeck, NoClientBundle } = await import('../vite/assemble.ts');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const deck = resolve(target);
  const reused = loaded && resolve(process.cwd()) === resolve(root) && sameInputs(loaded, deck, root) ? loaded : loadDeck(deck, root);
  const warn = (message: string): void => void process.stderr.write(`${message}\n`);
  // The deck's warnings, as the build's plugin gave them (its notes never showed: Vite's log level was `warn`).
  for (const line of deckNotices(reused).warnings) warn(line);
  if (hasErrors(reused.diagnostics)) throw new Error(reused.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n'));
  try {
    await assembleDeck(reused, outDir, { root, warn });
  } catch (error) {
    if (!(error instanceof NoClientBundle)) throw error;
    warn(`transcript-deck: the browser client is bundled in this build (no prebuilt one: ${error.message})`);
    await viteBuildDeck(deck, outDir, reused, root);
  }
}

/**
 * `vite build` of the deck with the project's config, passed inline, reusing `deck` (loaded from
 * `root`); at Vite's `error` level, since the deck's warnings were given already.
 */
async function viteBuildDeck(target: string, outDir: string, deck: LoadedDeck, root: string): Promise<void> {
  const [{ build: viteBuild }, { deckViteConfig }] = await Promise.all([import('vite'), import('../vite/config.ts')]);
  const config = deckViteConfig({ deck: target, loaded: { deck, cwd: root } });
  await viteBuild({ ...config, root, configFile: false, logLevel: 'error', build: { ...config.build, outDir, emptyOutDir: true } });
}
