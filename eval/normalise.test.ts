import { describe, expect, it } from 'vitest';
import { comparable, compact } from './normalise.ts';

describe('comparable', () => {
  it('folds width, case, surrounding and repeated whitespace', () => {
    expect(comparable('  Ｔｈｅ   Early\tYears ')).toBe('the early years');
  });

  it('reads Traditional and Simplified Chinese as the same text', () => {
    expect(comparable('大公司與創業公司')).toBe(comparable('大公司与创业公司'));
  });

  it('folds full-width punctuation to its ASCII form', () => {
    expect(comparable('是，我們')).toBe(comparable('是,我们'));
  });
});

describe('compact', () => {
  it('drops every space so that joined cues and wrapped lines compare equal', () => {
    expect(compact('We cut the\nbuild')).toBe(compact('we cut  the build'));
  });

  it('drops pinyin glosses the tool removes from the transcript', () => {
    expect(compact('會(huì)有')).toBe(compact('会有'));
  });
});
