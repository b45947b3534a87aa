import { describe, expect, it } from 'vitest';
import { pickLines, recallPicks, sharedShare } from './picks.ts';

const SOURCE = [
  'Host: So what changed?', // 1
  'Ada: We cut the build from forty minutes to four. By caching the one step', // 2
  'nobody measured. That was the whole trick.', // 3
  'Host: And then?', // 4
  'Ada: Then we hired. We cut the build from forty minutes to four, again.', // 5
].join('\n');

const pick = (line: number, text: string) => ({ line, speaker: 'Ada', text });
const quote = (text: string, startLine: number, endLine = startLine) => ({ text, speaker: 'Ada', startLine, endLine });

describe('pickLines', () => {
  it('runs from the pick\'s line to the line where its words end', () => {
    expect(pickLines(pick(2, 'By caching the one step nobody measured.'), SOURCE)).toEqual({ start: 2, end: 3 });
  });

  it('is the pick\'s line alone when its words are not found after it', () => {
    expect(pickLines(pick(2, 'Words nobody said'), SOURCE)).toEqual({ start: 2, end: 2 });
  });
});

describe('sharedShare', () => {
  it('is the share of the pick\'s characters in the longest stretch it shares with the quote', () => {
    expect(sharedShare('abcdef', 'xxabcyy')).toBeCloseTo(0.5);
    expect(sharedShare('abcdef', 'zzz')).toBe(0);
  });
});

describe('recallPicks', () => {
  it('recalls a pick when a quote on its lines holds at least half of its words', () => {
    const [result] = recallPicks([pick(2, 'We cut the build from forty minutes to four. By caching the one step nobody measured.')], [quote('We cut the build from forty minutes to four.', 2)], SOURCE);
    expect(result!.recalled).toBe(true);
    expect(result!.by).toBe(0);
  });

  it('does not recall it when the quote holds less than half of it', () => {
    const [result] = recallPicks([pick(2, 'We cut the build from forty minutes to four. By caching the one step nobody measured.')], [quote('That was the whole trick.', 3)], SOURCE);
    expect(result!.recalled).toBe(false);
    expect(result!.overlap).toBeLessThan(0.5);
  });

  it('does not take the same words said on another line', () => {
    const [result] = recallPicks([pick(2, 'We cut the build from forty minutes to four.')], [quote('We cut the build from forty minutes to four, again.', 5)], SOURCE);
    expect(result!.recalled).toBe(false);
  });

  it('recalls through a quote that spans several lines and carries omission marks', () => {
    const [result] = recallPicks([pick(3, 'nobody measured. That was the whole trick.')], [quote('…the one step nobody measured. That was the whole trick.', 2, 3)], SOURCE);
    expect(result!.recalled).toBe(true);
  });

  it('compares a Traditional pick with a quote shown in Simplified, and folds width and spacing', () => {
    const source = '姚順雨：瓶頸其實不是方法論，而是數據或者任務。\n';
    const [result] = recallPicks([{ line: 1, speaker: '姚順雨', text: '瓶頸其實不是方法論,而是數據或者任務。' }], [quote('瓶颈其实不是方法论，而是数据或者任务。', 1)], source);
    expect(result!.recalled).toBe(true);
  });
});
