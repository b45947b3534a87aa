import { describe, expect, it } from 'vitest';
import { parseNameColon } from '../formats/name-colon.ts';
import { cleanFixture } from '../formats/outline.ts';
import { parseQa } from '../formats/qa.ts';
import { parseWhisperText } from '../formats/whisper-text.ts';
import type { Transcript } from '../types.ts';
import { keyPhrases } from './key-phrase.ts';
import { segmentTopics } from './segment.ts';

const said = (topic: Transcript['topics'][number]): string => topic.turns.flatMap((turn) => turn.paragraphs.map((p) => p.text)).join('\n');
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

describe('key phrases as the titles of found topics', () => {
  it('titles the interview fixture with words said in each topic, never a list', () => {
    const { value } = segmentTopics(parseNameColon(cleanFixture('name-colon.en.txt')).value);
    expect(value.topics.map((t) => t.title)).toEqual(['boat', 'turbine', 'students', 'piano']);
    for (const topic of value.topics) {
      expect(topic.title).not.toContain(' · ');
      expect(said(topic)).toContain(topic.title);
      expect(topic.title.split(/\s+/u).length).toBeLessThanOrEqual(6);
      // The speakers are Sam Reyes and Maya Okafor: never a title on their own.
      expect(['Sam', 'Reyes', 'Maya', 'Okafor']).not.toContain(topic.title);
    }
  });

  it('titles Chinese topics with a phrase of 2–12 characters from their text, not a cut-off fragment', () => {
    const { value } = segmentTopics(parseQa(cleanFixture('qa.zh.txt')).value);
    expect(value.topics.map((t) => t.title)).toEqual(['虫蛀', '数字化', '修复师']);
    for (const topic of value.topics) {
      expect(said(topic)).toContain(topic.title);
      const wide = topic.title.match(HAN_OR_KANA)?.length ?? 0;
      expect(wide).toBeGreaterThanOrEqual(2);
      expect(wide).toBeLessThanOrEqual(12);
    }
  });

  it('leaves the function words of a Spanish transcript off the edges of its titles', () => {
    const { value } = segmentTopics(parseWhisperText(cleanFixture('whisper-text.es.txt')).value, { minTopics: 2 });
    for (const topic of value.topics) {
      expect(said(topic)).toContain(topic.title);
      expect(topic.title).not.toMatch(/^(?:de|el|la|los|las|que|y|en|un|una|lo|para|con|por)\s|\s(?:de|el|la|los|las|que|y|en|un|una|lo|para|con|por)$/iu);
    }
  });
});

describe('keyPhrases', () => {
  const other = ['The weather was cold and the harbour was full of boats.', 'We talked about boats and the harbour for a while.'];

  it('grows a word into the phrase it is said in: the whole name, not a piece of it', () => {
    const topic = [
      'Shamir secret sharing splits a key into shares.',
      'With Shamir secret sharing, any three of five shares rebuild the key.',
      'The secret is never in one place, and Shamir secret sharing makes that possible.',
    ];
    expect(keyPhrases([topic, other])).toEqual(['Shamir secret sharing', 'harbour']);
  });

  it('joins Chinese words the segmenter cuts apart, as they were written', () => {
    const topic = ['交易池规则决定哪些交易先打包。', '我们改了交易池规则以后，手续费低的交易也能进交易池规则的队列。', '交易池规则是节点自己定的。'];
    const otherZh = ['区块大小的争论持续了好几年。', '区块大小最后没有改。'];
    const [title] = keyPhrases([topic, otherZh]);
    expect(title).toBe('交易池规则');
  });

  it('never titles a topic with a speaker’s name, a greeting or a filler alone', () => {
    const topic = ['Welcome, Dave. Hello Dave, thanks, Dave.', 'Dave, tell us about the build cache.', 'The build cache keeps every build artefact, Dave.'];
    const names = new Set(['dave']);
    expect(keyPhrases([topic, other], names)[0]).toBe('build cache');
  });

  it('titles a stretch by what the speaker says, not by the heckles in brackets nor by how the room is addressed', () => {
    const speech = [
      'Die Pflichten bleiben, liebe Kolleginnen und Kollegen, auch wenn die Privilegien gehen.',
      '(Max Muster [CDU/CSU]: Dann',
      'reden Sie doch!)',
      'Die Verhandlungen über den Austritt, liebe Kolleginnen und Kollegen, brauchen Zeit.',
      '(Max Muster [CDU/CSU]: Unsinn!)',
      'Die Verhandlungen über den Austritt beginnen erst, wenn London den Antrag stellt.',
      '(Heiterkeit bei Max Muster [CDU/CSU])',
    ];
    const otherDe = ['Der Haushalt wächst im nächsten Jahr um zwei Prozent.', 'Der Haushalt bleibt ohne neue Schulden.'];
    expect(keyPhrases([speech, otherDe])[0]).toMatch(/^Verhandlungen/u);
  });

  it('gives two topics two different titles', () => {
    const [first, second] = keyPhrases([
      ['The build cache is fast.', 'The build cache is big.'],
      ['The build cache is slow at night.', 'The build cache is slow on Mondays, and the night build fails.', 'The night build runs late.'],
    ]);
    expect(first).not.toBe(second);
  });
});
