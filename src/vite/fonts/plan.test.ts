import { describe, expect, it } from 'vitest';
import { DECK_FACES, familyName, fontCovers, resolveFace } from './faces.ts';
import { BASE_CHARACTERS, glyphText, planFaces, scriptOrder } from './plan.ts';

const codePoints = (text: string): number[] => [...text].map((c) => c.codePointAt(0)!).sort((a, b) => a - b);

describe('glyph collection', () => {
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
