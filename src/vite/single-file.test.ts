import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeScript, inlineCssUrls, inlineDeck, SINGLE_FILE_NAME } from './single-file.ts';

const files = new Map<string, string | Uint8Array>([
  ['assets/index-abc.js', 'const s = "</script><!-- x";\nconsole.log(s);'],
  ['assets/index-def.css', '.a{background:url(./bg-1.png)}@font-face{src:url("font-2.woff2") format("woff2")}.b{background:url(https://example.org/x.png)}'],
  ['assets/bg-1.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
  ['assets/font-2.woff2', new Uint8Array([0x77, 0x4f, 0x46, 0x32])],
  ['assets/td-3.woff2', new Uint8Array([1, 2, 3])],
  ['assets/chunk-4.js', 'export {}'],
]);

const page = `<!doctype html><html><head><meta charset="utf-8">
<style id="td-fonts">@font-face{src:url(./assets/td-3.woff2) format('woff2')}</style>
<script type="application/json" id="cfg">{"a":1}</script>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="./assets/chunk-4.js">
<link rel="stylesheet" crossorigin href="./assets/index-def.css">
</head><body><img src="./assets/bg-1.png" alt=""><a href="#/topic-1">x</a></body></html>`;

describe('single-file deck', () => {
  const out = inlineDeck(page, 'index.html', files);

  it('inlines the module script, escaped so it cannot close its element', () => {
    expect(out).toContain('<script type="module">const s = "<\\/script>\\x3C!-- x";');
    expect(out).not.toContain('src="./assets/index-abc.js"');
    expect(out.match(/<\/script>/g)).toHaveLength(2);
  });

  it('inlines stylesheets with their url()s as data: URLs, and drops module preloads', () => {
    expect(out).toContain('<style>.a{background:url(data:image/png;base64,iVBORw==)}');
    expect(out).toContain('url(data:font/woff2;base64,d09GMg==) format("woff2")');
    expect(out).toContain('url(https://example.org/x.png)');
    expect(out).not.toContain('<link');
  });

  it('inlines the fonts of the page\'s own <style> and its images; leaves data blocks and hash links', () => {
    expect(out).toContain("url(data:font/woff2;base64,AQID) format('woff2')");
    expect(out).toContain('<img src="data:image/png;base64,iVBORw=="');
    expect(out).toContain('<script type="application/json" id="cfg">{"a":1}</script>');
    expect(out).toContain('<a href="#/topic-1">');
    expect(out).not.toMatch(/\.\/assets\//);
  });

  it('resolves absolute URLs under an absolute base', () => {
    expect(inlineCssUrls('a{b:url(/deck/assets/bg-1.png)}', 'index.html', files, '/deck/')).toBe('a{b:url(data:image/png;base64,iVBORw==)}');
    expect(inlineCssUrls('a{b:url(/other/bg-1.png)}', 'index.html', files, '/deck/')).toBe('a{b:url(/other/bg-1.png)}');
  });

  it('escapes script text', () => {
    expect(escapeScript('a</SCRIPT>b')).toBe('a<\\/SCRIPT>b');
  });
});

describe('the build of the sample deck', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'td-single-build-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`also writes ${SINGLE_FILE_NAME}: one file, fonts and all`, { timeout: 120_000 }, async () => {
    const { build } = await import('vite');
    await build({ configFile: join(process.cwd(), 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const fonts = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.woff2'));
    expect(fonts.map((f) => f.replace(/-[\w-]{8}\.woff2$/, ''))).toEqual(expect.arrayContaining(['td-noto-sans-tc-400', 'td-noto-sans-tc-700', 'td-noto-serif-tc-600']));
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const font of fonts) expect(index).toContain(`./assets/${font}`);
    const single = readFileSync(join(outDir, SINGLE_FILE_NAME), 'utf8');
    expect(single).not.toMatch(/(?:src|href)="\.?\/?assets\//);
    expect(single).not.toContain('url(./assets/');
    expect(single.match(/data:font\/woff2;base64,/g)).toHaveLength(fonts.length);
    expect(single).toMatch(/<script type="module">/);
    // The charset is declared in the first 1024 bytes, as a file:// page needs.
    expect(single.slice(0, 1024)).toContain('<meta charset="utf-8"');
  });
});
