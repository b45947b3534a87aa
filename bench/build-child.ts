/**
 * `vite build`, cold then warm, in a fresh process:
 *   tsx bench/build-child.ts ours <outDir> <cacheDir>
 *   tsx bench/build-child.ts handwritten <root> <outDir> <cacheDir>
 *   [primed]: keep <cacheDir> as an earlier run left it (a rebuild in a fresh process, caches primed)
 * `ours` is the repo's vite.config.ts (loaded through Vite, as `vite build` does), with the font
 * plugin's subset cache pointed at an empty folder under <cacheDir> so the cold build really cuts
 * the fonts; `handwritten` is Vite with no plugins and no config file. Vite's own cacheDir is a
 * fresh folder too (never node_modules/.vite). Prints one JSON line:
 *   coldMs: process start → first build done (Node start, imports, config, build);
 *   coldBuildMs: the first build() call alone; warmMs: the median of the next five build() calls in
 *   the same process (warmRuns: all five);
 *   fontMs: [cold, warm] time the font plugin reports for subsetting (or reading its cache).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, createLogger, loadConfigFromFile, type InlineConfig, type Logger, type PluginOption } from 'vite';

const REPO = join(import.meta.dirname, '..');
const primed = process.argv.at(-1) === 'primed';
const [kind, ...args] = process.argv.slice(2).filter((a) => a !== 'primed');
const emptyCache = (dir: string): void => {
  if (!primed) rmSync(dir, { recursive: true, force: true });
};

async function flatten(option: PluginOption): Promise<unknown[]> {
  const value = await option;
  if (Array.isArray(value)) return (await Promise.all(value.map(flatten))).flat();
  return value ? [value] : [];
}

async function configFor(): Promise<{ config: InlineConfig; note: string }> {
  if (kind === 'ours') {
    const [outDir, cacheDir] = args as [string, string];
    emptyCache(cacheDir);
    mkdirSync(cacheDir, { recursive: true });
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(REPO, 'vite.config.ts'), REPO, 'warn');
    if (!loaded) throw new Error('vite.config.ts did not load');
    let note = primed ? 'font subset cache: primed' : 'font subset cache: empty';
    const plugins = await flatten(loaded.config.plugins ?? []);
    const swapped = await Promise.all(
      plugins.map(async (plugin) => {
        if ((plugin as { name?: string }).name !== 'transcript-deck:fonts') return plugin;
        const fonts = (await import('../src/vite/fonts/plugin.ts')) as { deckFonts?: (options: { cacheDir: string }) => unknown };
        return fonts.deckFonts ? fonts.deckFonts({ cacheDir: join(cacheDir, 'fonts') }) : plugin;
      }),
    );
    if (!plugins.some((p) => (p as { name?: string }).name === 'transcript-deck:fonts')) note = 'no font plugin found';
    return {
      note,
      config: {
        ...loaded.config,
        plugins: swapped as PluginOption[],
        configFile: false,
        root: REPO,
        cacheDir: join(cacheDir, 'vite'),
        logLevel: 'warn',
        build: { ...loaded.config.build, outDir, emptyOutDir: true },
      },
    };
  }
  if (kind === 'handwritten') {
    const [root, outDir, cacheDir] = args as [string, string, string];
    emptyCache(cacheDir);
    return {
      note: 'no plugins, no config file',
      config: { root, configFile: false, base: './', cacheDir, logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' } },
    };
  }
  throw new Error(`unknown kind ${kind}`);
}

// Vite's messages stay quiet (warnings and errors still show); the font plugin's lines are kept for fontMs.
let fontMs = 0;
const quiet = createLogger('warn');
const logger: Logger = {
  ...quiet,
  info(message, options) {
    const match = /^transcript-deck: font .* in (\d+) ms/.exec(message);
    if (match) fontMs += Number(match[1]);
    quiet.info(message, options);
  },
};
const { config: base, note } = await configFor();
const config: InlineConfig = { ...base, logLevel: 'info', customLogger: logger };
let start = performance.now();
await build(config);
const coldMs = performance.now();
const coldBuildMs = coldMs - start;
const fontCold = fontMs;
// Warm: five rebuilds in the same process, as a dev session or `build --watch` makes them; the
// median, because a single rebuild on a two-core machine is noise (the first still compiles code).
const warmRuns: number[] = [];
for (let i = 0; i < 5; i++) {
  fontMs = 0;
  start = performance.now();
  await build(config);
  warmRuns.push(performance.now() - start);
}
const warmMs = [...warmRuns].sort((a, b) => a - b)[2]!;
process.stdout.write(`${JSON.stringify({ kind, coldMs, coldBuildMs, warmMs, warmRuns, fontMs: [fontCold, fontMs], note })}\n`);
