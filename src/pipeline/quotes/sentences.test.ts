import { describe, expect, it } from 'vitest';
import {
  boundsFor,
  clauseBreaks,
  edgesOf,
  fillerLength,
  Lengths,
  measure,
  paragraphUnits,
  scrambledRanges,
  scriptOf,
  omissionMark,
  shownText,
  splitSentences,
  type ParagraphFlow,
  type Unit,
} from './sentences.ts';
import { markupRanges } from './disfluency.ts';
import { simplifiedCopy } from '../text/simplified.ts';

const OPTIONS = { minLength: 12, maxLength: 80, minWords: 6, maxWords: 35 };

function units(text: string): Array<Unit & { shown: string }> {
  return unitsWith(text, {});
}

function unitsWith(text: string, flow: ParagraphFlow): Array<Unit & { shown: string }> {
  const simp = simplifiedCopy(text);
  const lengths = new Lengths(text);
  return paragraphUnits(text, simp, lengths, boundsFor(lengths.script, OPTIONS), scrambledRanges(text, simp), flow).map((u) => ({ ...u, shown: shownText(text, u) }));
}

/** The rule the deck's tests hold quotes to: the language's mark exactly where part of a sentence was left out. */
function expectMarkedOmissions(text: string, unit: Unit & { shown: string }): void {
  const mark = omissionMark(text);
  const body = unit.shown.slice(unit.shown.startsWith(mark) ? mark.length : 0, unit.shown.endsWith(mark) ? -mark.length : undefined);
  expect(body).toBe(text.slice(unit.start, unit.end));
  const edges = edgesOf(text, unit);
  expect(unit.shown.startsWith(mark), unit.shown).toBe(edges.cutLead);
  expect(unit.shown.endsWith(mark), unit.shown).toBe(edges.cutTail);
}

describe('sentences', () => {
  it('splits Chinese at sentence ends, keeping closing quotes with their sentence', () => {
    const text = '他說「這是第一句。」然後呢？這是第三句！最後；';
    expect(splitSentences(text).map((r) => text.slice(r.start, r.end))).toEqual(['他說「這是第一句。」', '然後呢？', '這是第三句！', '最後；']);
  });

  it('splits English at sentence ends but not after abbreviations or inside numbers', () => {
    const text = 'Dr. Smith paid 3.5 million. Was it worth it? Yes! It was.';
    expect(splitSentences(text).map((r) => text.slice(r.start, r.end))).toEqual(['Dr. Smith paid 3.5 million.', 'Was it worth it?', 'Yes!', 'It was.']);
  });

  it('does not split at a `?` that is part of scrambled bytes, and finds the scrambled clause', () => {
    const text = '我覺得因?yàn)樗虡I(yè)化各種各樣的變化,它的創新基因已經被削弱。';
    expect(splitSentences(text)).toHaveLength(1);
    const [run] = scrambledRanges(text);
    expect(text.slice(run!.start, run!.end)).toBe('我覺得因?yàn)樗虡I(yè)化各種各樣的變化');
    expect(scrambledRanges('Is it? Yes, it is.')).toEqual([]);
  });

  it('measures Han text in characters (a Latin word counts two) and Latin text in words', () => {
    expect(measure('我們今天用 ChatGPT 的時候', 'han')).toBe(8 + 2);
    expect(measure('Most people never need the strongest model.', 'latin')).toBe(7);
    expect(scriptOf('相反,Claude Code 已經在重塑整個計算機行業')).toBe('han');
    expect(scriptOf('The bottleneck is not compute, 真的.')).toBe('latin');
  });

  it('measures any slice in constant time with the same result as `measure`', () => {
    for (const text of ['相反,Claude Code 可能一年前Coding的革命還沒有開始,但現在已經在重塑整個計算機行業。', 'We do not ship models, we ship tools: 3 of them, in 2 weeks.']) {
      const lengths = new Lengths(text);
      for (let a = 0; a < text.length; a += 3) {
        for (let b = a + 1; b <= text.length; b += 5) {
          // Cutting inside a word counts its piece as a word, as `measure` of the slice does.
          expect(lengths.of(a, b), `${a}-${b}`).toBe(measure(text.slice(a, b), lengths.script));
        }
      }
    }
  });

  it('finds clause boundaries, not inside numbers, not at list commas', () => {
    const text = '有 1,000 個人、兩百家公司,但是,結果一樣:沒用。';
    expect(clauseBreaks(text, { start: 0, end: text.length }).map((b) => text.slice(b, b + 2))).toEqual(['但是', '結果', '沒用']);
  });

  it('trims leading fillers (`對,` `那` `就是說` `So,`) but not words that start with the same character', () => {
    const f = (t: string, script: 'han' | 'latin' = 'han'): string => t.slice(fillerLength(simplifiedCopy(t), 0, t.length, script));
    expect(f('對,就是說今天用 ChatGPT 和去年相比')).toBe('今天用 ChatGPT 和去年相比');
    expect(f('那我覺得很核心的一點')).toBe('我覺得很核心的一點');
    expect(f('那些人其實不需要')).toBe('那些人其實不需要');
    expect(f('對於 ToB 來說')).toBe('對於 ToB 來說');
    expect(f('So, the bottleneck is data', 'latin')).toBe('the bottleneck is data');
    expect(f('Sometimes it works', 'latin')).toBe('Sometimes it works');
    expect(f('Meine Damen und Herren, mit Großbritannien verliert die Union viel', 'latin')).toBe('mit Großbritannien verliert die Union viel');
  });

  it('never makes up a quote’s length with a sentence of praise or assent alone (`Amazing.`, `How exciting.`)', () => {
    const shown = units('The world’s best boss. Amazing. So the team shipped the parser in a week and nobody noticed the rewrite.').map((u) => u.shown);
    for (const unit of shown) if (unit.includes('Amazing')) expect(unit).toBe('Amazing.');
  });
});

describe('units', () => {
  it('merges a fragment into the next sentence and marks a trimmed filler with ……', () => {
    const text = '對,我覺得是。強的模型和弱的模型,它們的分化會變得越來越明顯。';
    const [unit, ...rest] = units(text);
    expect(rest).toEqual([]);
    expect(unit!.shown).toBe('……我覺得是。強的模型和弱的模型,它們的分化會變得越來越明顯。');
    expectMarkedOmissions(text, unit!);
  });

  it('cuts an over-long sentence at clause boundaries into slide-sized pieces, marking the cuts', () => {
    const text =
      '我覺得無論是人還是模型,在 ToB 這個市場上都發現了一個有意思的現象,就是強的模型和稍微差點或者弱的模型,它們的分化會變得越來越明顯,而且這種分化在接下來的一兩年裡面只會更快,不會更慢,因為真正付錢的人永遠會選最強的那一個。';
    const all = units(text);
    expect(all.length).toBeGreaterThan(1);
    for (const unit of all) {
      expect(measure(text.slice(unit.start, unit.end), 'han')).toBeLessThanOrEqual(80);
      expectMarkedOmissions(text, unit);
    }
    expect(all[0]!.shown.startsWith('我覺得無論是人還是模型')).toBe(true);
    expect(all[0]!.shown.endsWith('……')).toBe(true);
    expect(all[all.length - 1]!.shown.startsWith('……')).toBe(true);
    // No comma is left before a `……`.
    for (const unit of all) expect(unit.shown).not.toMatch(/[,，]……$/u);
  });

  it('never splits one sentence across slides: a piece that stops before the sentence ends, or starts mid-clause with no connective to trim, is a fragment', () => {
    const text =
      'The first thing we changed was the way the build cache was keyed on the compiler version, whereas the old scheme had keyed it on the timestamp of every header file in the tree, and after that change nobody on the team waited more than four minutes for a build.';
    const all = units(text);
    expect(all.length).toBe(3);
    expect(all.filter((u) => u.midSentence).map((u) => u.shown)).toEqual([
      'The first thing we changed was the way the build cache was keyed on the compiler version…',
      '…whereas the old scheme had keyed it on the timestamp of every header file in the tree…',
    ]);
    expect(all.filter((u) => !u.midSentence).map((u) => u.shown)).toEqual(['…after that change nobody on the team waited more than four minutes for a build.']);
    // In Chinese too: only the last clause, after a connective that only goes on (`而且`), stands.
    const han =
      '我覺得無論是人還是模型,在 ToB 這個市場上都發現了一個有意思的現象,就是強的模型和稍微差點或者弱的模型,它們的分化會變得越來越明顯,而且這種分化在接下來的一兩年裡面只會更快,不會更慢,因為真正付錢的人永遠會選最強的那一個。';
    for (const unit of units(han)) if (!unit.midSentence) expect(unit.end).toBe(han.length);
  });

  it('works on English: sentences of 6 to 35 words, fragments merged, fillers marked', () => {
    const text =
      "So, the biggest lesson of the last year is that models do not fail at reasoning, they fail at knowing what the user actually wants. Right. Most people never need the strongest model. But the people who do will pay almost anything for it, and they will tell you exactly which tasks it saves them from, which is the most useful feedback you can get from anyone, anywhere, at any price.";
    const all = units(text);
    for (const unit of all) {
      expectMarkedOmissions(text, unit);
      expect(measure(text.slice(unit.start, unit.end), 'latin')).toBeLessThanOrEqual(35);
    }
    expect(all[0]!.shown.startsWith('…the biggest lesson')).toBe(true);
    // A lone `Right.` is a backchannel: it makes up no quote's length.
    expect(all.map((u) => u.shown)).toContain('Most people never need the strongest model.');
    expect(all.some((u) => u.shown.startsWith('Right. '))).toBe(false);
    expect(all[all.length - 1]!.shown.startsWith('…')).toBe(true);
    expect(all.some((u) => u.shown.includes('……'))).toBe(false);
  });

  it('marks an omission with the language\'s own mark: `……` in Chinese, `…` in Japanese and Latin-script text', () => {
    expect(omissionMark('我覺得無論是人還是模型，都發現了一個現象。')).toBe('……');
    expect(omissionMark('私はそう思いますが、それは違うのです。')).toBe('…');
    expect(omissionMark('So, the biggest lesson is that models fail at knowing what users want.')).toBe('…');
    expect(omissionMark('Also, die Menschen haben das Gefühl, es mit Eliten zu tun zu haben.')).toBe('…');
    const japanese = 'ですから、私は個人の自由というものが、国家の発展よりもずっと大切なものだと考えております。';
    expect(units(japanese).map((u) => u.shown)).toContain('…私は個人の自由というものが、国家の発展よりもずっと大切なものだと考えております。');
  });

  it('trims a connective that only ties a sentence to the one before, and marks it', () => {
    expect(units('Then you can build pretty nice apps with it, even with the old framework underneath.')[0]!.shown).toBe('…you can build pretty nice apps with it, even with the old framework underneath.');
    expect(units('And because it is work, a lot of people give up after the first month of study.')[0]!.shown).toBe('…it is work, a lot of people give up after the first month of study.');
  });

  it('never joins fillers and backchannels to a sentence: `Oh, yeah. Let\'s see. Okay.` is no part of a quote', () => {
    const text = "Oh, yeah. Let's see. Okay. We moved the whole cache into the edge nodes last spring.";
    expect(units(text).map((u) => u.shown)).toContain('We moved the whole cache into the edge nodes last spring.');
    expect(units(text).every((u) => !/Okay\. We/u.test(u.shown))).toBe(true);
  });

  it('starts a sentence after a stamp or label and stops it before a sound cue, with no mark (markup is not speech)', () => {
    const text = '**Kelly** [5:34] I think that imposter syndrome is a sign of vulnerability in everyone. (laughs) [unintelligible 01:11:57]';
    const shown = unitsWith(text, { markup: markupRanges(text) }).map((u) => u.shown);
    expect(shown).toContain('I think that imposter syndrome is a sign of vulnerability in everyone.');
    expect(shown.some((u) => /\[|\*\*|laughs/u.test(u))).toBe(false);
  });

  it('takes a line or cue boundary inside a sentence for what it is: the sentence is broken there, and marked', () => {
    const opens = unitsWith('of the episode, and the cache held up. The second release moved every query onto the new index.', { opensMid: true });
    expect(opens[0]).toMatchObject({ brokenLead: true, cutLead: true });
    expect(opens[0]!.shown.startsWith('…of the episode')).toBe(true);
    expect(opens[1]!.shown).toBe('The second release moved every query onto the new index.');
    const closes = unitsWith('We rewrote the parser in a single week. Then the part that nobody expected was that the', { closesMid: true });
    expect(closes[closes.length - 1]).toMatchObject({ brokenTail: true, cutTail: true });
    expect(closes[0]!.shown).toBe('We rewrote the parser in a single week.');
  });

  it('takes a Latin-script sentence on a small letter for a broken one, and trims a Japanese connective that only goes on', () => {
    const latin = unitsWith('We shipped the release on a Friday afternoon. for, you know, women that look like me, because we do not have it here.', {});
    expect(latin[1]).toMatchObject({ brokenLead: true, cutLead: true });
    expect(units('そして反射神経でありあわせなラブレターの書式など、実にうまくなりましたこと。')[0]!.shown.startsWith('…反射神経')).toBe(true);
  });

  it('keeps a setup and its payoff together when they fit: a short question and its answer, a claim and the `that is why` after it', () => {
    expect(units('What was the bottleneck? It was never the hardware, it was the data we fed it.').map((u) => u.shown)).toContain('What was the bottleneck? It was never the hardware, it was the data we fed it.');
    const claim = units('We cut the build from forty minutes to four minutes last year. That is why nobody waits for the pipeline anymore.').map((u) => u.shown);
    expect(claim).toContain('We cut the build from forty minutes to four minutes last year. That is why nobody waits for the pipeline anymore.');
    expect(units('瓶颈在哪里？瓶颈其实不是方法论，而是数据或者任务。').map((u) => u.shown)).toContain('瓶颈在哪里？瓶颈其实不是方法论，而是数据或者任务。');
    // A sentence that opens on what the one before named (`Its`, `这`) goes with it.
    const collider = 'The largest machine ever built is the Large Hadron Collider at CERN. Its primary goal was the discovery of the Higgs boson.';
    expect(units(collider).map((u) => u.shown)).toContain(collider);
  });

  it('every unit of every paragraph is a verbatim slice (property over many cut points)', () => {
    const base = '其實我覺得,今天的模型,對於大部分人、大部分時候,感受變化已經沒有那麼強烈了;但是對於 ToB 來說,智能越高,就代表生產力越高。對吧?那問題就是這個。';
    for (let i = 0; i < base.length; i += 2) {
      const text = base.slice(i) + base.slice(0, i);
      for (const unit of units(text)) expectMarkedOmissions(text, unit);
    }
  });
});
