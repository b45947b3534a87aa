import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../index.ts';
import { parseManifest } from '../manifest/manifest.ts';
import { chooseScript, type Script } from './script.ts';
import { readSeed, repoRoot, SEED_PATH } from '../testing/fixtures.ts';

function seedDeckIn(script: Script) {
  const text = readFileSync(`${repoRoot}slides/deck.yaml`, 'utf8').replace(/^slides:[\s\S]*$/m, '') + `script: ${script}\n`;
  const manifest = parseManifest('deck.yaml', text);
  expect(manifest.diagnostics).toEqual([]);
  return runPipeline({ manifest: manifest.value!, transcript: { path: SEED_PATH, bytes: readSeed() }, authored: new Map() });
}

/** All text a presenter or the audience sees: slide text and notes, tags removed. */
const visibleText = (html: string): string => html.replace(/<[^>]+>/g, '\n');

describe('Chinese script of slides and notes', () => {
  it('`simplified`: no character left that OpenCC would convert to Simplified; lang zh-Hans', () => {
    const out = seedDeckIn('simplified');
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    const text = visibleText(out.html);
    expect(toSimplified(text)).toBe(text);
    expect(out.html).toContain('lang="zh-Hans"');
    expect(out.html).not.toContain('lang="zh-Hant"');
    expect(text).toContain('大模型应该思考的下一代概念是什么');
  });

  it('`traditional`: no character left that OpenCC would convert to Traditional; lang zh-Hant', () => {
    const out = seedDeckIn('traditional');
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    const text = visibleText(out.html);
    expect(toTraditional(text)).toBe(text);
    expect(out.html).toContain('lang="zh-Hant"');
  });

  it('`original` unifies a mixed report in its dominant script: the seed’s `什么` comes out `什麼`', () => {
    const out = seedDeckIn('original');
    expect(out.deck.meta.lang).toBe('zh-Hant');
    const text = visibleText(out.html);
    expect(text).toContain('大模型應該思考的下一代概念是什麼');
    expect(text).not.toMatch(/什么|这么|那么/);
  });

  it('keeps the highlighted quote in the notes on the quote after conversion', () => {
    const out = seedDeckIn('simplified');
    for (const slide of out.deck.slides) {
      if (slide.kind !== 'quote') continue;
      const turn = slide.notes.find((n) => n.kind === 'turn');
      expect(turn?.kind).toBe('turn');
      if (turn?.kind !== 'turn') continue;
      const marked = turn.paragraphs.flatMap((p) => p.highlights.map((h) => p.text.slice(h.start, h.end)));
      expect(marked).toContain(slide.quote.text.replace(/^……|……$/g, ''));
    }
  });

  it('rejects an unknown script in deck.yaml with its line', () => {
    const { diagnostics } = parseManifest('deck.yaml', 'transcript: a.txt\nscript: klingon\n');
    expect(diagnostics[0]).toMatchObject({ rule: 'manifest-type', span: { start: { line: 2 } } });
    expect(diagnostics[0]!.message).toContain('`simplified`');
  });
});

describe('`original` keeps what a Traditional text writes', () => {
  it('keeps the everyday `台` of 台灣 and 台電, and still unifies a stray Simplified `这`', () => {
    const { convert } = chooseScript('original', 'zh-Hant');
    expect(convert('台電說，這個計畫在台灣推動了三年，这次要加快。')).toBe('台電說，這個計畫在台灣推動了三年，這次要加快。');
  });
});
