import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DECK_FACES, resolveFace } from './faces.ts';
import { deckFonts } from './plugin.ts';

describe('in a build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'td-latin-build-'));
  const deckDir = mkdtempSync(join(tmpdir(), 'td-latin-deck-'));
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(deckDir, { recursive: true, force: true });
  });

  it('without the font package it warns and falls back to the system fonts', { timeout: 120_000 }, async () => {
    const { build, createLogger } = await import('vite');
    const { transcriptDeck } = await import('../plugin.ts');
    const warnings: string[] = [];
    const logger = createLogger('silent');
    logger.warn = (message) => void warnings.push(message);
    const missing = { ...DECK_FACES[0]!, pkg: '@td-missing/no-such-font' };
    expect(resolveFace(missing, process.cwd())).toBeUndefined();
    const out = mkdtempSync(join(tmpdir(), 'td-nofont-build-'));
    try {
      await build({ configFile: false, root: process.cwd(), base: './', customLogger: logger, plugins: [transcriptDeck(), deckFonts({ faces: [missing] })], build: { outDir: out, emptyOutDir: true } });
      const html = readFileSync(join(out, 'index.html'), 'utf8');
      expect(html).toContain('<section');
      expect(html).not.toContain('td-fonts');
      expect(warnings.filter((w) => w.includes('@td-missing/no-such-font is not installed'))).toHaveLength(1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('starts cutting the fonts when the build starts, from the page the deck will make, and ships what it cut', { timeout: 120_000 }, async () => {
    const { build, createLogger } = await import('vite');
    const { transcriptDeck } = await import('../plugin.ts');
    const lines: string[] = [];
    const logger = createLogger('silent');
    logger.info = (message) => void lines.push(message);
    const out = mkdtempSync(join(tmpdir(), 'td-early-build-'));
    const cache = mkdtempSync(join(tmpdir(), 'td-early-cache-'));
    try {
      await build({ configFile: false, root: process.cwd(), base: './', customLogger: logger, logLevel: 'info', plugins: [transcriptDeck(), deckFonts({ cacheDir: cache })], build: { outDir: out, emptyOutDir: true } });
      const fontLines = lines.filter((l) => l.startsWith('transcript-deck: font '));
      // The sample deck (Traditional Chinese): Noto Sans TC 400 and 700, Noto Serif TC 600, and the Latin face of each.
      expect(fontLines).toHaveLength(6);
      for (const line of fontLines) expect(line).toContain('subset beside the bundling');
      const shipped = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.woff2'));
      expect(shipped).toHaveLength(6);
      // What was cut early is what the page needs: the same files the cache holds.
      expect(readdirSync(cache).filter((f) => f.endsWith('.woff2'))).toHaveLength(6);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('a deck with Latin text ships the Latin faces, and a CJK face only for what they lack', { timeout: 120_000 }, async () => {
    writeFileSync(
      join(deckDir, 'talk.txt'),
      'We started because nobody could find the quotes in a two-hour recording. That was the reason.\n\n' +
        'The first version was slow. It read every line three times and still missed the best sentences.\n\n' +
        'What changed everything was treating the transcript as data with positions, so slides point back.\n',
    );
    writeFileSync(join(deckDir, 'deck.yaml'), 'transcript: talk.txt\ntitle: A talk about transcripts\nlanguage: en\n');
    const { build } = await import('vite');
    const before = process.env['TRANSCRIPT_DECK'];
    process.env['TRANSCRIPT_DECK'] = deckDir;
    try {
      await build({ configFile: join(process.cwd(), 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      if (before === undefined) delete process.env['TRANSCRIPT_DECK'];
      else process.env['TRANSCRIPT_DECK'] = before;
    }
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('A talk about transcripts');
    expect(html).toContain('td-fonts');
    const fonts = readdirSync(join(outDir, 'assets')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    // The notes' `→` is not in Noto Sans: Noto Sans SC gives it, cut to that one character.
    expect(fonts.map((f) => f.replace(/-[\w-]{8}\.woff2$/, '')).sort()).toEqual(['td-noto-sans-latin-400', 'td-noto-sans-latin-700', 'td-noto-sans-sc-400', 'td-noto-sans-sc-700', 'td-noto-serif-latin-600']);
    for (const cjk of fonts.filter((f) => f.includes('-sc-'))) expect(statSync(join(outDir, 'assets', cjk)).size).toBeLessThan(1500);
    expect(readFileSync(join(outDir, 'deck.html'), 'utf8')).toContain('font/woff2');
  });
});
