import { describe, expect, it } from 'vitest';
import { DEFECT_KINDS, defectsOf, type DefectKind } from './defects.ts';

const has = (text: string, kind: DefectKind): boolean => defectsOf(text).includes(kind);

// One quote that a presenter would show as it stands, in each script: no defect at all.
const GOOD_EN = 'We cut the build from forty minutes to four by caching the one step nobody measured.';
const GOOD_ZH = '瓶颈其实不是方法论，而是数据或者任务。';

describe('defectsOf', () => {
  it('finds nothing wrong with a good quote', () => {
    expect(defectsOf(GOOD_EN)).toEqual([]);
    expect(defectsOf(GOOD_ZH)).toEqual([]);
    expect(defectsOf('…the real bottleneck was never the model, it was the data.')).toEqual([]);
    expect(defectsOf('……真正的瓶颈从来不是模型。')).toEqual([]);
  });

  it('fragment-start: a lower-case start or a conjunction, unless marked as cut', () => {
    expect(has('and then the build got faster.', 'fragment-start')).toBe(true);
    expect(has('But nobody measured the one step that mattered.', 'fragment-start')).toBe(true);
    expect(has('所以我们最后换了方法。', 'fragment-start')).toBe(true);
    expect(has('…and then the build got faster.', 'fragment-start')).toBe(false);
    expect(has('Butter is the secret of the dough.', 'fragment-start')).toBe(false);
    // A name from code opening a Chinese sentence is no cut.
    expect(has('conn.Write 方法和 Read 的实现原理是一样的。', 'fragment-start')).toBe(false);
    expect(has('lockorder 会按照其排序得到的锁的顺序上锁。', 'fragment-start')).toBe(false);
  });

  it('fragment-end: no sentence-final punctuation and no omission mark', () => {
    expect(has('We cut the build from forty minutes to four by', 'fragment-end')).toBe(true);
    expect(has('我们最后换了方法', 'fragment-end')).toBe(true);
    expect(has('We cut the build from forty minutes to four…', 'fragment-end')).toBe(false);
    expect(has('He said, "We cut the build."', 'fragment-end')).toBe(false);
    expect(has('我们最后换了方法。」', 'fragment-end')).toBe(false);
    expect(has('断じて過言ではないと私は思うのであります。（拍手）', 'fragment-end')).toBe(false);
  });

  it('markup: stamps, cue arrows, tags, emphasis and sound cues', () => {
    for (const text of ['[12:03] We cut the build.', 'We cut it 00:12:03 down.', 'We cut --> the build.', 'We <b>cut</b> the build.', 'We **cut** the build.', 'We cut [inaudible] the build.', '[laughter] We cut the build.', 'We cut the build. *laughs*', '我们换了方法（笑）。', '私は思うのであります。（拍手）', '依然《いぜん》として自分は嚢の中から出る訳に参りません。', '演説［＃「演説」は大見出し］', 'They&#39;re different.', 'See [gnet](https://github.com/panjf2000/gnet) for it.', 'It is at https://goproxy.cn now.']) {
      expect(has(text, 'markup'), text).toBe(true);
    }
    expect(has('We met at 12:30 and cut the build by 3 * 4 minutes.', 'markup')).toBe(false);
    expect(has('他在《三体》里写过这一段。', 'markup')).toBe(false);
  });

  it('repeated-word: a word said twice in a row', () => {
    expect(has('We went with with the cheaper one.', 'repeated-word')).toBe(true);
    expect(has('我们我们换了方法。', 'repeated-word')).toBe(true);
    expect(has('We went with it, with the cheaper one.', 'repeated-word')).toBe(false);
    expect(has('我们慢慢换了方法。', 'repeated-word')).toBe(false);
    expect(has('提交到 goroutine pool 里处理，处理完直接写回去了。', 'repeated-word')).toBe(false);
  });

  it('question: ends in a question mark', () => {
    expect(has('Why did nobody measure that step?', 'question')).toBe(true);
    expect(has('为什么没人测量这一步？', 'question')).toBe(true);
    expect(has('Nobody asked why? We measured it.', 'question')).toBe(false);
  });

  it('greeting: greetings, thanks and talk about the show', () => {
    for (const text of ['Thanks for having me, it is great to be here.', 'Welcome to the show, everyone.', 'Please subscribe to the channel.', 'The link in the description has it.', 'This episode has a sponsor.', 'We are gonna link her affiliate link in the notes.', 'My shout out first off goes to Taylor.', '大家好，我是姚顺雨。', '謝謝大家。']) {
      expect(has(text, 'greeting'), text).toBe(true);
    }
    expect(has(GOOD_EN, 'greeting')).toBe(false);
    expect(has('长链接部分会非常简单。', 'greeting')).toBe(false);
  });

  it('omission-mark: the Chinese mark in Latin or Japanese text, a single ellipsis in Chinese', () => {
    expect(has('…風流は意志だと云ふ説も、ある意味では成立つ。', 'omission-mark')).toBe(false);
    expect(has('……風流は意志だと云ふ説も、ある意味では成立つ。', 'omission-mark')).toBe(true);
    expect(has('……the real bottleneck was the data.', 'omission-mark')).toBe(true);
    expect(has('…真正的瓶颈从来不是模型。', 'omission-mark')).toBe(true);
    expect(has('…the real bottleneck was the data.', 'omission-mark')).toBe(false);
    expect(has('……真正的瓶颈从来不是模型。', 'omission-mark')).toBe(false);
  });

  it('names every kind it can find', () => {
    expect(DEFECT_KINDS).toEqual(['fragment-start', 'fragment-end', 'markup', 'repeated-word', 'question', 'greeting', 'omission-mark']);
  });
});
