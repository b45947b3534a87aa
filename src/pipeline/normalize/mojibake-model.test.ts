import { describe, expect, it } from 'vitest';
import { getLexicon } from './mojibake-model.ts';

describe('the lexicon, from its data files', () => {
  const lex = getLexicon();

  it('ranks what UTF-8 Chinese read as GBK shows (`鐨勫`, `銆`, `紝`) as rare, however often jieba lists it alone', () => {
    for (const char of '鐨勫銆紝鏄槸') expect(lex.rank(char), char).toBeGreaterThan(3000);
  });

  it('ranks everyday characters as common, and finds their pairs inside words', () => {
    for (const char of '的一是不了人我在有他这们') expect(lex.rank(char), char).toBeLessThanOrEqual(60);
    const code = (char: string) => lex.key(char.charCodeAt(0));
    expect(lex.bigram(code('我'), code('们'))).toBeGreaterThan(0);
    expect(lex.bigram(code('们'), code('我'))).toBe(0);
    expect(lex.leftCount(code('我'))).toBeGreaterThanOrEqual(lex.bigram(code('我'), code('们')));
  });

  it('looks a Traditional character up under its Simplified form', () => {
    expect(lex.key('們'.charCodeAt(0))).toBe('们'.charCodeAt(0));
    expect(lex.rank('們')).toBe(lex.rank('们'));
  });

  it('has Unihan’s readings, most frequent reader first', () => {
    expect(lex.readings('觉')).toEqual(['jué', 'jiào']);
    expect(lex.readings('覺')).toEqual(['jué', 'jiào']);
    expect(lex.charactersRead('yī')[0]).toBe('一');
  });
});
