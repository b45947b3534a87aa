import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { decodeHTML } from 'entities';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../io/load-deck.ts';
import { repoRoot } from '../pipeline/testing/fixtures.ts';
import { assembleDeck } from './assemble.ts';
import { deckViteConfig } from './config.ts';

/*
 * `transcript-deck build` writes its deck itself, with the prebuilt client (assemble.ts); `vite
 * build` with the project's config bundles the client in the build. The two must write the same
 * files, byte for byte, but for the fonts' names, whose hashes each names its own way (and the
 * hosted page's and the single file's references to them).
 */

const work = mkdtempSync(join(tmpdir(), 'td-assemble-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

/** A font's name without its hash: `assets/td-noto-sans-tc-400-CXO_vDCw.woff2` → `assets/td-noto-sans-tc-400.woff2`. */
const FONT_NAME = /(td-[a-z0-9-]+?-\d{3})-[A-Za-z0-9_-]{8}\.woff2/g;
const unhashed = (text: string): string => text.replace(FONT_NAME, '$1.woff2');

function normalised(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, bytes] of filesOf(dir)) {
    // Pages compare as text with the fonts' names unhashed; every other file by its bytes.
    out.set(unhashed(name), name.endsWith('.html') ? unhashed(bytes.toString('utf8')) : bytes.toString('base64'));
  }
  return out;
}

describe('the CLI build with the prebuilt client against vite build', () => {
  it.each([
    ['the sample deck (Traditional Chinese, three CJK faces)', 'slides'],
    ['a deck with a recording (its quote clips)', 'e2e/fixtures/clips'],
    ['an English corpus transcript, bare', 'eval/corpus/en-webvtt-talkpython-pycon-data-sci-panel.vtt'],
  ])('%s: the same files', async (_label, target) => {
    const deck = resolve(repoRoot, target);
    const viaVite = join(work, `${target.replace(/\W+/g, '-')}-vite`);
    const assembled = join(work, `${target.replace(/\W+/g, '-')}-cli`);
    const config = deckViteConfig({ deck });
    await build({ ...config, root: repoRoot, configFile: false, logLevel: 'silent', build: { ...config.build, outDir: viaVite, emptyOutDir: true } });
    await assembleDeck(loadDeck(deck, repoRoot), assembled, { root: repoRoot, warn: () => undefined });

    const expected = normalised(viaVite);
    const actual = normalised(assembled);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...actual.keys()].some((name) => name.endsWith('.woff2'))).toBe(true);
    for (const [name, content] of expected) expect(actual.get(name), name).toBe(content);
  }, 180_000);
});

describe('both builds keep the speaker\'s words', () => {
  it('a word between percent signs stays as said (Vite\'s HTML transform puts its own values for %MODE%, %PROD% and %BASE_URL%)', async () => {
    const slides = join(work, 'percent');
    mkdirSync(slides, { recursive: true });
    writeFileSync(
      join(slides, 'talk.txt'),
      [
        'HOST: Welcome to the show. Today we talk about build tools and the names they give things, like %MODE% and %PROD% in a page.',
        'GUEST: Thanks for having me. A page should say exactly what the speaker said, every word of it, and nothing a tool made up.',
        'HOST: Fair point. What happens when a tool sees a percent sign around a word like %BASE_URL% in the text?',
        'GUEST: It may put its own value there, which nobody asked for. That is the kind of surprise a careful build avoids.',
      ].join('\n'),
    );
    writeFileSync(join(slides, 'deck.yaml'), 'transcript: talk.txt\ntitle: "%MODE% and other signs"\n');
    const assembled = join(work, 'percent-cli');
    await assembleDeck(loadDeck(slides, repoRoot), assembled, { root: repoRoot, warn: () => undefined });
    const viaVite = join(work, 'percent-vite');
    const config = deckViteConfig({ deck: slides });
    await build({ ...config, root: repoRoot, configFile: false, logLevel: 'silent', build: { ...config.build, outDir: viaVite, emptyOutDir: true } });
    for (const out of [assembled, viaVite]) {
      for (const page of ['index.html', 'deck.html']) {
        const html = readFileSync(join(out, page), 'utf8');
        const where = `${relative(work, out)}/${page}`;
        // What a reader of the page gets: its text with the character references read.
        const text = decodeHTML(html);
        expect(text, where).toContain('like %MODE% and %PROD% in a page');
        expect(text, where).toContain('a word like %BASE_URL% in the text');
        expect(text, where).toContain('<title>%MODE% and other signs</title>');
        expect(text, where).not.toMatch(/like production|like true and|like \/ in/);
        const json = html.match(/<script type="application\/json"[^>]*>(.*?)<\/script>/s)?.[1] ?? '';
        expect(JSON.parse(json).title, where).toBe('%MODE% and other signs');
      }
    }
  }, 120_000);
});
