import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DECK_FACES, resolveFace } from './faces.ts';
import { glyphText } from './plan.ts';
import { subsetWoff2 } from './subset-cache.ts';

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

describe('subsetting', () => {
  const root = process.cwd();
  const sans = DECK_FACES.find((f) => f.script === 'tc' && f.weight === 400)!;
  const file = resolveFace(sans, root);
  const cacheDir = mkdtempSync(join(tmpdir(), 'td-fonts-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('tells a call that joined a cut already under way (the early start) that it ran beside, with its cut time', { timeout: 120_000 }, async () => {
    const text = glyphText('早一步開始裁切字型');
    const first = subsetWoff2(file!, text);
    const second = await subsetWoff2(file!, text);
    expect((await first).cached).toBe(false);
    expect(second.cached).toBe('memory');
    expect(second.cutMs).toBeGreaterThan(0);
    expect(second.woff2.equals((await first).woff2)).toBe(true);
  });

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
