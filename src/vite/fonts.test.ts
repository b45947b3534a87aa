import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_CHARACTERS, DECK_FACES, deckFonts, familyName, fontCovers, fontFaceCss, glyphText, hasCjk, htmlText, pageLang, planFaces, quoteText, resolveFace, scriptOrder, subsetWoff2 } from './fonts.ts';

/** The part of fontkit (2.0.4, untyped) these tests use. */
interface FontkitFont {
  characterSet: number[];
  familyName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { id: number };
}

/** The code points a font maps to a real glyph (fontkit also lists format 4's closing 0xFFFF → .notdef). */
const mapped = (font: FontkitFont): number[] => [...font.characterSet].filter((cp) => font.glyphForCodePoint(cp).id !== 0).sort((a, b) => a - b);
const fontkit = createRequire(import.meta.url)('fontkit') as { create(buffer: Buffer): FontkitFont; openSync(path: string): FontkitFont };

const codePoints = (text: string): number[] => [...text].map((c) => c.codePointAt(0)!).sort((a, b) => a - b);

describe('glyph collection', () => {
  const page = `<!doctype html><html lang="zh-Hant"><head><title>姚順雨 &amp; 談</title>
<style>.x::before { content: '樣式' }</style>
<script type="application/json">{"title":"腳本"}</script>
<script type="module">console.log('程式')</script></head>
<body><!-- 註解 -->
<section id="s1" data-title="屬性"><h2>大<wbr>模型</h2><p>A&#x4E2D;&#25991;&lt;b&gt; &hellip;</p>
<figure><blockquote class="td-blockquote"><p>引文 ok</p></blockquote></figure>
<aside class="notes"><p><strong>備註</strong> → slide</p></aside></section></body></html>`;

  it('takes the text content of slides and notes, with entities decoded', () => {
    const text = htmlText(page);
    for (const expected of ['姚順雨 & 談', '大模型', 'A中文<b> …', '引文 ok', '備註 → slide']) expect(text).toContain(expected);
  });

  it('leaves out scripts, styles, comments and attribute values', () => {
    const text = htmlText(page);
    for (const absent of ['樣式', '腳本', '程式', '註解', '屬性', 's1', 'td-blockquote']) expect(text).not.toContain(absent);
  });

  it('is distinct, sorted, without control characters, and always has ASCII and the theme\'s dashes', () => {
    const glyphs = glyphText('乙甲\n\t甲 x');
    const cps = codePoints(glyphs);
    expect(cps).toEqual([...new Set(cps)]);
    expect(cps.some((c) => c < 0x20)).toBe(false);
    expect(glyphs).toContain('甲');
    expect(glyphs).toContain('乙');
    for (const c of BASE_CHARACTERS) expect(glyphs).toContain(c);
    expect(glyphs).toContain('0123456789');
    expect(glyphs).toContain('—');
    expect([...glyphs]).toHaveLength([...BASE_CHARACTERS].length + 2);
  });

  it('finds the quotes for the quote face', () => {
    expect(quoteText(page).trim()).toBe('引文 ok');
  });

  it('knows a Latin-only page needs no CJK font', () => {
    expect(hasCjk(htmlText('<section><h2>Hello — “world” 123</h2><aside class="notes">Café</aside></section>'))).toBe(false);
    expect(hasCjk(htmlText(page))).toBe(true);
    expect(hasCjk('全形，')).toBe(true);
    expect(hasCjk('、')).toBe(true);
  });

  it('writes @font-face rules that block rather than flash', () => {
    const css = fontFaceCss([{ family: 'TD Noto Sans TC', weight: 700, url: './a.woff2', format: 'woff2' }]);
    expect(css).toContain("font-family:'TD Noto Sans TC'");
    expect(css).toContain('font-weight:700');
    expect(css).toContain('font-display:block');
    expect(css).toContain("url(./a.woff2) format('woff2')");
  });
});

describe('choosing the faces', () => {
  it('puts the page language\'s script first, then the others', () => {
    // Emoji come last, whatever the language.
    expect(scriptOrder('zh-Hant', '')).toEqual(['tc', 'sc', 'jp', 'emoji']);
    expect(scriptOrder('zh-TW', '')).toEqual(['tc', 'sc', 'jp', 'emoji']);
    expect(scriptOrder('zh-HK', '')).toEqual(['tc', 'sc', 'jp', 'emoji']);
    expect(scriptOrder('zh-Hans', '')).toEqual(['sc', 'tc', 'jp', 'emoji']);
    expect(scriptOrder('zh', '')).toEqual(['sc', 'tc', 'jp', 'emoji']);
    expect(scriptOrder('ja', '')).toEqual(['jp', 'tc', 'sc', 'emoji']);
  });

  it('goes by the CJK text itself when the page is in another language', () => {
    expect(scriptOrder('en', '这个说们来为时对国学发现')[0]).toBe('sc');
    expect(scriptOrder('en', '這個說們來為時對國學發現')[0]).toBe('tc');
    expect(scriptOrder('en', 'これはとてもおもしろいですね、ありがとうございました')[0]).toBe('jp');
  });

  it('reads the language off the page', () => {
    expect(pageLang('<!doctype html><html lang="zh-Hans" data-theme="dark">')).toBe('zh-Hans');
    expect(pageLang("<html data-x=1 lang='ja'>")).toBe('ja');
    expect(pageLang('<html>')).toBe('');
  });

  const located = DECK_FACES.flatMap((face) => {
    const file = resolveFace(face, process.cwd());
    return file ? [{ face, file }] : [];
  });

  it('has every face of every script installed', () => {
    expect(located.map((l) => l.face.name)).toEqual(DECK_FACES.map((f) => f.name));
  });

  it('gives a later script only the characters the earlier ones lack', () => {
    // A Traditional deck quoting someone in Simplified (这, 说 are not in Noto Sans TC) and Korean (in none).
    const all = '大模型這麼說 这么说 한';
    const planned = planFaces(located, ['tc', 'sc', 'jp'], { all, quotes: '这' }, fontCovers);
    const byName = new Map(planned.map((p) => [p.face.name, p]));
    expect(byName.get('td-noto-sans-tc-400')?.chars).toBe(glyphText(all));
    expect(byName.get('td-noto-sans-tc-400')?.family).toBe('TD Sans');
    expect(byName.get('td-noto-sans-sc-400')?.chars).toBe('这说');
    expect(byName.get('td-noto-sans-sc-400')?.family).toBe('TD Sans 2');
    expect(byName.get('td-noto-sans-sc-700')?.chars).toBe('这说');
    expect(byName.get('td-noto-serif-sc-600')).toMatchObject({ chars: '这', family: familyName('serif', 1) });
    // Nothing needed from Japanese: no face shipped for it.
    expect(planned.filter((p) => p.face.script === 'jp')).toEqual([]);
    expect(planned).toHaveLength(6);
  });

  it('gives the emoji face the pictographs no CJK face has, and a page with no CJK text only those', () => {
    const order = ['tc', 'sc', 'jp', 'emoji'] as const;
    const chinese = planFaces(located, [...order], { all: '大模型 🎉 好 👍🏽 #1', quotes: '說得好 🎉' }, fontCovers);
    const emoji = new Map(chinese.filter((p) => p.face.script === 'emoji').map((p) => [p.face.name, p]));
    expect(emoji.get('td-noto-emoji-sans-400')).toMatchObject({ family: 'TD Sans 4', chars: '🎉👍🏽' });
    expect(emoji.get('td-noto-emoji-sans-700')).toMatchObject({ family: 'TD Sans 4', chars: '🎉👍🏽' });
    expect(emoji.get('td-noto-emoji-serif-600')).toMatchObject({ family: 'TD Serif 4', chars: '🎉' });
    // An English page with emoji: no CJK face, and the emoji face has no digit, `#` or letter.
    const english = planFaces(located, [...order], { all: 'Launch day 🎉 #1 ✅', quotes: '' }, fontCovers);
    expect(english.map((p) => [p.face.name, p.family, p.chars])).toEqual([
      ['td-noto-emoji-sans-400', 'TD Sans 4', '🎉✅'],
      ['td-noto-emoji-sans-700', 'TD Sans 4', '🎉✅'],
    ]);
    // A Chinese page whose quotes are all in English still gets its serif face for them.
    const englishQuotes = planFaces(located, [...order], { all: '大模型 Scaling is not enough', quotes: 'Scaling is not enough' }, fontCovers);
    expect(englishQuotes.find((p) => p.face.name === 'td-noto-serif-tc-600')).toMatchObject({ family: 'TD Serif', chars: glyphText('Scaling is not enough') });
    // And one with neither ships nothing.
    expect(planFaces(located, [...order], { all: 'Launch day #1', quotes: '' }, fontCovers)).toEqual([]);
  });

  it('ships no quote face when there are no quotes', () => {
    const planned = planFaces(located, ['sc', 'tc', 'jp'], { all: '这是什么', quotes: '' }, fontCovers);
    expect(planned.map((p) => p.face.name)).toEqual(['td-noto-sans-sc-400', 'td-noto-sans-sc-700']);
  });
});

describe('subsetting', () => {
  const root = process.cwd();
  const sans = DECK_FACES.find((f) => f.weight === 400)!;
  const file = resolveFace(sans, root);
  const cacheDir = mkdtempSync(join(tmpdir(), 'td-fonts-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it.skipIf(!file)('keeps exactly the code points the text needs (those the font has)', { timeout: 120_000 }, async () => {
    const text = glyphText('姚順雨談大模型的分化：「瓶頸」（場景）…😀 Ünïcode');
    const source = fontkit.openSync(file!);
    const expected = codePoints(text).filter((cp) => source.hasGlyphForCodePoint(cp));
    // The emoji is not in Noto Sans TC, everything else is.
    expect(expected).toHaveLength([...text].length - 1);

    const result = await subsetWoff2(file!, text, cacheDir);
    expect(result.cached).toBe(false);
    expect(result.woff2.subarray(0, 4).toString('latin1')).toBe('wOF2');
    const subset = fontkit.create(result.woff2);
    expect(mapped(subset)).toEqual(expected);
    expect(subset.familyName).toBe('Noto Sans TC');
    // A few dozen glyphs of a 7 MB font: a few kilobytes.
    expect(result.woff2.length).toBeLessThan(40_000);

    // Same font and text: from memory; a fresh process would read the file cache.
    const again = await subsetWoff2(file!, text, cacheDir);
    expect(again.cached).toBe('memory');
    expect(again.woff2.equals(result.woff2)).toBe(true);
    expect(readdirSync(cacheDir)).toEqual([`${result.key}.woff2`]);

    // Other text: another key.
    const other = await subsetWoff2(file!, glyphText('分化'), cacheDir);
    expect(other.key).not.toBe(result.key);
    expect(mapped(fontkit.create(other.woff2))).toEqual(codePoints(glyphText('分化')));
  });
});

describe('in a build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'td-latin-build-'));
  const deckDir = mkdtempSync(join(tmpdir(), 'td-latin-deck-'));
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(deckDir, { recursive: true, force: true });
  });

  it('without the font package it warns and falls back to the system fonts', { timeout: 120_000 }, async () => {
    const { build, createLogger } = await import('vite');
    const { transcriptDeck } = await import('./plugin.ts');
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
    const { transcriptDeck } = await import('./plugin.ts');
    const lines: string[] = [];
    const logger = createLogger('silent');
    logger.info = (message) => void lines.push(message);
    const out = mkdtempSync(join(tmpdir(), 'td-early-build-'));
    const cache = mkdtempSync(join(tmpdir(), 'td-early-cache-'));
    try {
      await build({ configFile: false, root: process.cwd(), base: './', customLogger: logger, logLevel: 'info', plugins: [transcriptDeck(), deckFonts({ cacheDir: cache })], build: { outDir: out, emptyOutDir: true } });
      const fontLines = lines.filter((l) => l.startsWith('transcript-deck: font '));
      expect(fontLines).toHaveLength(3);
      for (const line of fontLines) expect(line).toContain('subset beside the bundling');
      const shipped = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.woff2'));
      expect(shipped).toHaveLength(3);
      // What was cut early is what the page needs: the same files the cache holds.
      expect(readdirSync(cache).filter((f) => f.endsWith('.woff2'))).toHaveLength(3);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('a deck with Latin text only ships no font', { timeout: 120_000 }, async () => {
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
    expect(html).not.toContain('td-fonts');
    expect(readdirSync(join(outDir, 'assets')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f))).toEqual([]);
    expect(readFileSync(join(outDir, 'deck.html'), 'utf8')).not.toContain('font/woff2');
  });
});
