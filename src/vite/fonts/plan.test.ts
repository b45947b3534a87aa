import { beforeAll, describe, expect, it } from 'vitest';
import { DECK_FACES, familyName, fontCovers, loadFontReader, resolveFace } from './faces.ts';
import { BASE_CHARACTERS, glyphText, planFaces, scriptOrder } from './plan.ts';

// fontCovers reads character maps with harfbuzzjs, loaded once (asynchronously: WebAssembly).
beforeAll(loadFontReader);

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
  it('puts the page language\'s script first, then Latin, then the other CJK scripts', () => {
    // Emoji come last, whatever the language.
    expect(scriptOrder('zh-Hant', '')).toEqual(['tc', 'latin', 'sc', 'jp', 'kr', 'emoji']);
    expect(scriptOrder('zh-TW', '')).toEqual(['tc', 'latin', 'sc', 'jp', 'kr', 'emoji']);
    expect(scriptOrder('zh-HK', '')).toEqual(['tc', 'latin', 'sc', 'jp', 'kr', 'emoji']);
    expect(scriptOrder('zh-Hans', '')).toEqual(['sc', 'latin', 'tc', 'jp', 'kr', 'emoji']);
    expect(scriptOrder('zh', '')).toEqual(['sc', 'latin', 'tc', 'jp', 'kr', 'emoji']);
    expect(scriptOrder('ja', '')).toEqual(['jp', 'latin', 'tc', 'sc', 'kr', 'emoji']);
    expect(scriptOrder('ko', '')).toEqual(['kr', 'latin', 'tc', 'sc', 'jp', 'emoji']);
  });

  it('puts Latin first in any other language, then the script its CJK text is mostly in', () => {
    expect(scriptOrder('en', '')[0]).toBe('latin');
    expect(scriptOrder('ru', '')[0]).toBe('latin');
    expect(scriptOrder('en', '这个说们来为时对国学发现')[1]).toBe('sc');
    expect(scriptOrder('en', '這個說們來為時對國學發現')[1]).toBe('tc');
    expect(scriptOrder('en', 'これはとてもおもしろいですね、ありがとうございました')[1]).toBe('jp');
    expect(scriptOrder('en', '안녕하세요 오늘은 동네 공동 텃밭을 꾸려 오신 분을 모셨습니다')[1]).toBe('kr');
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

  it('gives the emoji face the pictographs no other face has', () => {
    const chinese = planFaces(located, scriptOrder('zh-Hant', ''), { all: '大模型 🎉 好 👍🏽 #1', quotes: '說得好 🎉' }, fontCovers);
    const emoji = new Map(chinese.filter((p) => p.face.script === 'emoji').map((p) => [p.face.name, p]));
    expect(emoji.get('td-noto-emoji-sans-400')).toMatchObject({ family: 'TD Sans 6', chars: '🎉👍🏽' });
    expect(emoji.get('td-noto-emoji-sans-700')).toMatchObject({ family: 'TD Sans 6', chars: '🎉👍🏽' });
    expect(emoji.get('td-noto-emoji-serif-600')).toMatchObject({ family: 'TD Serif 6', chars: '🎉' });
    // An English page with emoji: the Latin faces, and the emoji face has no digit, `#` or letter.
    const english = planFaces(located, scriptOrder('en', ''), { all: 'Launch day 🎉 #1 ✅', quotes: '' }, fontCovers);
    expect(english.map((p) => [p.face.name, p.family, p.chars])).toEqual([
      ['td-noto-sans-latin-400', 'TD Sans', glyphText('Launch day 🎉 #1 ✅')],
      ['td-noto-emoji-sans-400', 'TD Sans 6', '🎉✅'],
      ['td-noto-sans-latin-700', 'TD Sans', glyphText('Launch day 🎉 #1 ✅')],
      ['td-noto-emoji-sans-700', 'TD Sans 6', '🎉✅'],
    ]);
    // A Chinese page whose quotes are all in English still gets its serif faces for them.
    const englishQuotes = planFaces(located, scriptOrder('zh-Hant', ''), { all: '大模型 Scaling is not enough', quotes: 'Scaling is not enough' }, fontCovers);
    expect(englishQuotes.find((p) => p.face.name === 'td-noto-serif-tc-600')).toMatchObject({ family: 'TD Serif', chars: glyphText('Scaling is not enough') });
    expect(englishQuotes.find((p) => p.face.name === 'td-noto-serif-latin-600')).toMatchObject({ family: 'TD Serif', ranges: 'latin-in-cjk' });
  });

  it('sets Latin text in the Latin face: first in a Latin page, under its range beside the CJK face in a CJK page', () => {
    const text = 'Ünïcode café, Ελληνικά, кириллица, Tiếng Việt — “quoted”… 中文「引號」';
    const english = planFaces(located, scriptOrder('en', '這個說們來為時對國學發現'), { all: text, quotes: '' }, fontCovers);
    // In a Latin page the Latin face takes everything it has, the shared punctuation too.
    expect(english[0]).toMatchObject({ family: 'TD Sans', chars: glyphText(text) });
    expect(english[0]!.face.name).toBe('td-noto-sans-latin-400');
    expect(english[0]!.ranges).toBeUndefined();
    // The CJK text goes to the CJK face of the script it is in, in a family of its own.
    expect(english.find((p) => p.face.name === 'td-noto-sans-tc-400')).toMatchObject({ family: 'TD Sans 2', chars: '中文「引號」' });

    const chinese = planFaces(located, scriptOrder('zh-Hant', ''), { all: text, quotes: '' }, fontCovers);
    const regular = chinese.filter((p) => p.face.weight === 400);
    // The CJK face first (so the Latin rule, written after it, is asked first for its range), then Latin.
    expect(regular.map((p) => [p.face.name, p.family, p.ranges])).toEqual([
      ['td-noto-sans-tc-400', 'TD Sans', undefined],
      ['td-noto-sans-latin-400', 'TD Sans', 'latin-in-cjk'],
    ]);
    const latin = regular[1]!.chars;
    for (const ch of 'Üïé,ΕλкиếệA0') expect(latin).toContain(ch);
    // The punctuation both scripts use takes the CJK width in a CJK page: not in the Latin face.
    for (const ch of '—“”…中「') expect(latin).not.toContain(ch);
  });

  it('gives a Korean page the Korean faces', () => {
    const planned = planFaces(located, scriptOrder('ko', ''), { all: '텃밭을 시작하게 된 계기', quotes: '“같이 하면 다시 심을 수 있다”' }, fontCovers);
    expect(planned.filter((p) => p.family === 'TD Sans' || p.family === 'TD Serif').map((p) => p.face.name)).toEqual([
      'td-noto-sans-kr-400',
      'td-noto-sans-latin-400',
      'td-noto-sans-kr-700',
      'td-noto-sans-latin-700',
      'td-noto-serif-kr-600',
      'td-noto-serif-latin-600',
    ]);
  });

  it('ships no quote face when there are no quotes', () => {
    const planned = planFaces(located, ['sc', 'tc', 'jp'], { all: '这是什么', quotes: '' }, fontCovers);
    expect(planned.map((p) => p.face.name)).toEqual(['td-noto-sans-sc-400', 'td-noto-sans-sc-700']);
  });
});
