import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadDeck } from '../io/load-deck.ts';
import { repoRoot } from '../pipeline/testing/fixtures.ts';
import { buildDeck } from './build.ts';
import { EXIT, main } from './main.ts';

describe('transcript-deck build with several manifests', () => {
  it('builds each deck into its own folder and writes an index page listing them', async () => {
    const slides = mkdtempSync(join(tmpdir(), 'td-decks-'));
    const out = mkdtempSync(join(tmpdir(), 'td-decks-out-'));
    copyFileSync(join(repoRoot, 'slides/agi-next-yao-shunyu.txt'), join(slides, 'agi.txt'));
    copyFileSync(join(repoRoot, 'src/pipeline/formats/fixtures/name-colon.en.txt'), join(slides, 'podcast.txt'));
    writeFileSync(join(slides, 'deck.yaml'), 'transcript: agi.txt\ntitle: 姚順雨談大模型的分化\n');
    writeFileSync(join(slides, 'podcast.deck.yaml'), 'transcript: podcast.txt\ntitle: "A podcast <b>episode</b>"\n');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['build', slides, '--out', out]);
    vi.restoreAllMocks();
    expect(code).toBe(EXIT.ok);
    for (const slug of ['deck', 'podcast']) {
      expect(existsSync(join(out, slug, 'index.html')), slug).toBe(true);
      expect(existsSync(join(out, slug, 'deck.html')), slug).toBe(true);
    }
    expect(readFileSync(join(out, 'podcast', 'index.html'), 'utf8')).toContain('<title>A podcast &lt;b&gt;episode&lt;/b&gt;</title>');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="./deck/index.html"');
    expect(index).toContain('href="./podcast/index.html"');
    expect(index).toContain('姚順雨談大模型的分化');
    expect(index).toContain('A podcast &lt;b&gt;episode&lt;/b&gt;');
    expect(index).toContain('Content-Security-Policy');
  }, 180_000);
});

describe('transcript-deck build --single-file', () => {
  it('leaves one HTML file holding the deck, its scripts, styles and fonts, and nothing else', async () => {
    const out = mkdtempSync(join(tmpdir(), 'td-single-out-'));
    let printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((printed += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['build', join(repoRoot, 'src/pipeline/formats/fixtures/qa.zh.txt'), '--out', out, '--single-file']);
    vi.restoreAllMocks();
    expect(code).toBe(EXIT.ok);
    expect(readdirSync(out)).toEqual(['deck.html']);
    const html = readFileSync(join(out, 'deck.html'), 'utf8');
    expect(html).toContain('<section');
    expect(html).toContain('font/woff2');
    expect(html).not.toMatch(/(?:src|href)="\.\/assets\//);
    expect(printed).toContain(join(out, 'deck.html'));
  }, 180_000);
});

describe('buildDeck with the deck the CLI loaded', () => {
  it('reuses it while its files are unchanged, and runs the pipeline again once one has changed', async () => {
    const slides = mkdtempSync(join(tmpdir(), 'td-reuse-'));
    const out = mkdtempSync(join(tmpdir(), 'td-reuse-out-'));
    const transcript = join(slides, 'podcast.txt');
    copyFileSync(join(repoRoot, 'src/pipeline/formats/fixtures/name-colon.en.txt'), transcript);
    const loaded = loadDeck(transcript);
    // A deck the pipeline would never make: seen in the page only if the build took it as given.
    const marked = { ...loaded, output: { ...loaded.output!, html: '<section id="reused-deck"><h2>Reused</h2></section>' } };
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await buildDeck(transcript, out, marked);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('id="reused-deck"');
    writeFileSync(transcript, `${readFileSync(transcript, 'utf8')}\nHOST: One more line, said at the end.\n`);
    await buildDeck(transcript, out, marked);
    vi.restoreAllMocks();
    const rebuilt = readFileSync(join(out, 'index.html'), 'utf8');
    expect(rebuilt).not.toContain('id="reused-deck"');
    expect(rebuilt).toContain('One more line, said at the end.');
  }, 180_000);
});
