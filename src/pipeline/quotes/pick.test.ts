import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import type { CleanText, Paragraph, Quote, Transcript } from '../types.ts';
import { listCandidates, pickQuotes } from './pick.ts';
import { measure } from './sentences.ts';
import { simplifiedCopy } from '../text/simplified.ts';
import { paragraphOf, prepare, prepareSeed, repairedSeedText, SCRAMBLE, withUnreadable, type Prepared } from './testing.ts';

/*
 * The seed's scrambled runs (`因?yàn)樗虡I(yè)化`) may be repaired by normalisation, or not, or marked
 * unreadable: every property below must hold in all three cases.
 */
const seed = prepareSeed();
const variants: Array<[string, Prepared]> = [
  ['the seed as normalised', seed],
  ['the seed with its scrambled runs repaired', prepare(repairedSeedText())],
  ['the seed with its scrambled runs marked unreadable', { ...seed, clean: withUnreadable(seed.clean) }],
];

const pick = (p: Prepared): Quote[] => pickQuotes(p.transcript, p.speakers, p.clean).value;
const body = (q: Quote): string => q.text.replace(/^…{1,2}/u, '').replace(/…{1,2}$/u, '');

/** Independent checks of what a quote may never be. */
const isQuestion = (s: string): boolean =>
  /[?？]/u.test(s) || /[吗呢][。.!！]?$/u.test(s) || /(?:是不是|有没有|能不能|会不会)[^，,]*[。.!！]?$/u.test(s);
const isSmallTalk = (s: string): boolean => /大家好|你好|谢谢|多谢|感谢|不好意思|很高兴|欢迎|回国|吃得好|吃的好|最近就忙/u.test(s);
const isFragment = (s: string): boolean =>
  measure(s, 'han') < 12 ||
  /(?:就是说|比如说|一方面|然后|因为|所以|但是|而且|或者)[。.!！…]*$/u.test(s) ||
  s.split('(').length !== s.split(')').length ||
  s.split('（').length !== s.split('）').length ||
  /^[，,、。；;：:）)]/u.test(s);
const overlapsUnreadable = (q: Quote, clean: CleanText, p: Prepared): boolean => {
  const paragraph = paragraphOf(p.transcript, q.turnId, q.paragraph);
  const start = paragraph.start + q.start;
  const end = paragraph.start + q.end;
  return clean.unreadable.some((r) => r.start < end && r.end > start);
};

describe.each(variants)('quotes from %s', (_name, p) => {
  const quotes = pick(p);

  it('gives every topic at least two quotes', () => {
    for (const topic of p.transcript.topics) {
      expect(quotes.filter((q) => q.topicId === topic.id).length, topic.title).toBeGreaterThanOrEqual(2);
    }
  });

  it('never quotes a question, a greeting, small talk, a fragment, or unreadable text', () => {
    for (const q of quotes) {
      const s = simplifiedCopy(body(q));
      expect(isQuestion(s), q.text).toBe(false);
      expect(isSmallTalk(s), q.text).toBe(false);
      expect(isFragment(s), q.text).toBe(false);
      expect(overlapsUnreadable(q, p.clean, p), q.text).toBe(false);
      expect(SCRAMBLE.test(q.text), q.text).toBe(false);
    }
  });

  it('quotes only featured speakers', () => {
    const featured = new Set(p.speakers.filter((s) => s.kind === 'featured').map((s) => s.name));
    for (const q of quotes) expect(featured.has(q.speaker), q.speaker).toBe(true);
  });

  it('quotes verbatim: each quote is a stretch of its paragraph, `……` exactly where part of a sentence was left out', () => {
    for (const q of quotes) {
      const paragraph = paragraphOf(p.transcript, q.turnId, q.paragraph);
      expect(body(q)).toBe(paragraph.text.slice(q.start, q.end));
      const before = paragraph.text.slice(0, q.start).trimEnd();
      const after = paragraph.text.slice(q.end).trimStart();
      const endsSentence = (s: string): boolean => s === '' || /[。！？!?；;]$/u.test(s);
      expect(q.text.startsWith('……'), q.text).toBe(!endsSentence(before));
      expect(q.text.endsWith('……'), q.text).toBe(!(after === '' || /^[。！？!?；;]*$/u.test(after) || endsSentence(paragraph.text.slice(0, q.end))));
      // Slide-sized.
      expect(measure(body(q), 'han')).toBeGreaterThanOrEqual(12);
      expect(measure(body(q), 'han')).toBeLessThanOrEqual(80);
    }
  });

  it('says where each quote is: its span starts on the paragraph’s line', () => {
    for (const q of quotes) {
      const paragraph = paragraphOf(p.transcript, q.turnId, q.paragraph);
      expect(q.span.start.line).toBe(paragraph.span.start.line);
      expect(q.why.length).toBeGreaterThan(0);
    }
  });

  it('never puts the same thing on two slides', () => {
    const bodies = quotes.map((q) => simplifiedCopy(body(q)).replace(/[\s\p{P}]/gu, ''));
    expect(new Set(bodies).size).toBe(bodies.length);
    for (const [i, a] of quotes.entries()) {
      for (const b of quotes.slice(i + 1)) {
        if (a.turnId !== b.turnId || a.paragraph !== b.paragraph) continue;
        expect(a.end <= b.start || b.end <= a.start, `${a.text} / ${b.text}`).toBe(true);
      }
    }
  });

  it('covers at least five of the lead’s claims (the lead as a yardstick)', () => {
    const covered = LEAD_CLAIMS.filter((claim) => quotes.some((q) => claim.words.every((w) => w.test(simplifiedCopy(q.text)))));
    expect(covered.length, `covered: ${covered.map((c) => c.name).join('; ')}`).toBeGreaterThanOrEqual(5);
  });

  it('is deterministic', () => {
    expect(pick(p)).toEqual(quotes);
  });
});

/**
 * The claims of the seed's lead (its reporter's summary), each as the words a quote making it must
 * have. The code never sees these: they measure it.
 */
const LEAD_CLAIMS: Array<{ name: string; words: RegExp[] }> = [
  { name: 'ToC and ToB diverge', words: [/分化/u, /to ?c/iu, /to ?b/iu] },
  { name: 'vertical integration vs layering diverge', words: [/垂直整合/u, /分层/u] },
  { name: 'ChatGPT feels little different from last year', words: [/ChatGPT/u, /没有那么强烈|感受不到/u] },
  { name: 'most people do not need that much intelligence', words: [/不需要/u, /智能/u] },
  { name: 'in China it is used like a better search engine', words: [/搜索引擎/u] },
  { name: 'Claude Code is reshaping the industry', words: [/Claude Code/u, /重塑/u] },
  { name: 'higher intelligence, higher productivity', words: [/智能越高/u, /生产力越高/u] },
  { name: 'people pay for / use the strongest model', words: [/愿意/u, /最强的模型|最好的模型/u] },
  { name: 'Tencent is a ToC company at heart', words: [/腾讯/u, /To ?C/iu] },
];

describe('quote options', () => {
  it('keeps within the topic bounds and the length bounds it is given', () => {
    const quotes = pickQuotes(seed.transcript, seed.speakers, seed.clean, { minPerTopic: 2, maxPerTopic: 2, maxLength: 40 }).value;
    for (const topic of seed.transcript.topics) expect(quotes.filter((q) => q.topicId === topic.id)).toHaveLength(2);
    for (const q of quotes) expect(measure(body(q), 'han')).toBeLessThanOrEqual(40);
  });

  it('gives more quotes to a longer talk, in proportion to each topic’s substance', () => {
    const short = pickQuotes(seed.transcript, seed.speakers, seed.clean, { durationMinutes: 5 }).value;
    const long = pickQuotes(seed.transcript, seed.speakers, seed.clean, { durationMinutes: 40, maxPerTopic: 12 }).value;
    expect(long.length).toBeGreaterThan(short.length);
    const count = (qs: Quote[], id: string): number => qs.filter((q) => q.topicId === id).length;
    // The short topic (four paragraphs) never gets more than the long ones.
    expect(count(long, 'topic-2')).toBeLessThanOrEqual(Math.min(count(long, 'topic-1'), count(long, 'topic-3')));
  });

  it('warns when a topic has too little to quote, and quotes no host', () => {
    const text = '主題:開場\n[主持人] 大家好,歡迎來到今天的節目,我們先請嘉賓介紹一下自己好嗎?\n[嘉賓] 謝謝。\n主題:正題\n[嘉賓] 我覺得今天最大的瓶頸不是算力,而是數據的質量,這一點大部分人都低估了。\n';
    const p = prepare(text, 'small.txt', { featured: [{ name: '嘉賓' }], hosts: [{ name: '主持人' }] });
    const result = pickQuotes(p.transcript, p.speakers, p.clean);
    expect(result.value.map((q) => q.speaker)).toEqual(['嘉賓']);
    expect(result.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['few-quotes', 'warning'], ['few-quotes', 'warning']]);
    expect(result.diagnostics[0]!.span!.start.line).toBe(1);
  });
});

describe('a transcript that yields no quote', () => {
  it('is a warning that says why: only questions and thanks by the featured speaker', () => {
    const text = '[Host] So tell me about the launch.\n[Ada] Thank you for having me!\n[Host] And the team?\n[Ada] Who, me? Why would I know?\n';
    const p = prepare(text, 'talk.txt', { featured: [{ name: 'Ada' }], hosts: [{ name: 'Host' }] });
    const result = pickQuotes(p.transcript, p.speakers, p.clean);
    expect(result.value).toEqual([]);
    const warning = result.diagnostics.find((d) => d.rule === 'no-quotes');
    expect(warning).toMatchObject({ severity: 'warning', file: 'talk.txt' });
    expect(warning!.message).toMatch(/none of the \d+ lines of the featured speakers is quotable \(.*question/u);
  });

  it('names the missing featured speaker when everyone only asks', () => {
    const text = '[Host] So tell me about the launch.\n[Host] And the team, how did they take it when the plan changed?\n';
    const p = prepare(text, 'talk.txt', { featured: [], hosts: [{ name: 'Host' }] });
    const warning = pickQuotes(p.transcript, p.speakers, p.clean).diagnostics.find((d) => d.rule === 'no-quotes');
    expect(warning?.message).toMatch(/no speaker is featured/u);
  });
});

describe('Latin-script transcripts', () => {
  const text = [
    '[Host] Welcome, Ada. What have you been working on?',
    '[Ada] Thank you for having me, it is great to be here.',
    '[Ada] So, the biggest lesson of the last year is that models do not fail at reasoning, they fail at knowing what the user actually wants. Most people never need the strongest model, but the people who do will pay almost anything for it.',
    '[Ada] We found that latency matters more than accuracy for nine out of ten tasks in our logs. The bottleneck is not compute anymore; it is the quality of the tasks we give these systems. Is that surprising? I do not think so.',
    '[Host] Why do you think that is?',
    '[Ada] Because evaluation is still done by people who write the benchmarks first and ask what users need later. Instead of chasing leaderboards, we started shipping small tools to real teams, and their feedback changed our roadmap within weeks.',
  ].join('\n');
  const p = prepare(text, 'talk.txt', { featured: [{ name: 'Ada' }], hosts: [{ name: 'Host' }] });
  const quotes = pick(p);

  it('picks sentences of 6 to 35 words from the featured speaker, no question, no thanks', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    for (const q of quotes) {
      expect(q.speaker).toBe('Ada');
      const words = measure(body(q), 'latin');
      expect(words, q.text).toBeGreaterThanOrEqual(6);
      expect(words, q.text).toBeLessThanOrEqual(35);
      expect(q.text).not.toMatch(/\?|thank you|great to be here/iu);
      expect(body(q)).toBe(paragraphOf(p.transcript, q.turnId, q.paragraph).text.slice(q.start, q.end));
    }
  });

  it('marks a trimmed filler with the English omission mark', () => {
    const lesson = quotes.find((q) => q.text.includes('biggest lesson'));
    if (lesson) expect(lesson.text.startsWith('…the biggest lesson')).toBe(true);
    for (const q of quotes) expect(q.text).not.toContain('……');
  });
});

describe('paragraphs joined from several stretches (subtitle cues, wrapped lines)', () => {
  const line1 = '我覺得最大的瓶頸不是算力,而是數據的質量,這一點大部分人都低估了。';
  const line2 = '第二個觀察是強的模型和弱的模型之間的分化會越來越明顯,這是很多人沒想到的。';
  const clean = cleanFromString(`${line1}\n${line2}\n`, 'joined.txt');
  const span = { start: clean.positionOf(0), end: clean.positionOf(clean.text.length) };
  // `pieces` as a reader that joins lines sets it (types.ts `Paragraph.pieces`).
  const paragraph = { text: line1 + line2, start: 0, span, pieces: [{ at: 0, start: 0 }, { at: line1.length, start: line1.length + 1 }] } as Paragraph;
  const transcript: Transcript = {
    format: 'test',
    lead: [],
    credits: [],
    topics: [{ id: 'topic-1', title: '', span, turns: [{ id: 'topic-1-turn-1', speaker: '甲', paragraphs: [paragraph], span }] }],
    speakers: [{ name: '甲', kind: 'featured', turnCount: 1 }],
  };
  const speakers = transcript.speakers;

  it('says where a quote is through the pieces', () => {
    const quotes = pickQuotes(transcript, speakers, clean, { minPerTopic: 2 }).value;
    expect(quotes.map((q) => q.span.start.line).sort()).toEqual([1, 2]);
    const second = quotes.find((q) => q.span.start.line === 2)!;
    expect(second.span.start.column).toBe(1);
  });

  it('keeps unreadable clean text off the slides through the pieces', () => {
    const marked: CleanText = { ...withUnreadable(clean), unreadable: [{ start: line1.length + 1, end: line1.length + 6 }] };
    const quotes = pickQuotes(transcript, speakers, marked, { minPerTopic: 2 }).value;
    expect(quotes.every((q) => q.span.start.line === 1)).toBe(true);
  });
});

describe('raw speech-to-text with no punctuation', () => {
  const cue = (i: number, words: string): string => `0:00:${String(i * 5).padStart(2, '0')}.000,0:00:${String(i * 5 + 5).padStart(2, '0')}.000\n${words}\n`;
  const said = [
    'um and then I got all twenty two opinions converted to text',
    "so uh we'll just check to see if this happens because it's better to have some data than none",
    'so uh I think what we will do all right split the chunks',
    'okay you pick a default encoding and you stick with it and you never think about it again',
    'um the second thing is that the model reads every opinion twice before it writes the summary',
    'so the summaries come out shorter and the judges are quoted by name in every one of them',
  ];
  const text = said.map((words, i) => cue(i, words)).join('\n');
  const p = prepare(text, 'stream.sbv', { featured: [], hosts: [] });

  it('still gives quotes, cut where a thought starts, marked as cut, and says to check them', () => {
    const result = pickQuotes(p.transcript, p.speakers, p.clean, { minPerTopic: 2 });
    expect(result.value.length).toBeGreaterThan(0);
    for (const q of result.value) {
      expect(q.text).toMatch(/^…/u);
      expect(q.text).not.toMatch(/^…(?:um|uh|so|okay)\b/u);
    }
    const warning = result.diagnostics.find((d) => d.rule === 'unpunctuated-quotes');
    expect(warning).toMatchObject({ severity: 'warning', file: 'stream.sbv' });
    expect(warning!.message).toMatch(/no punctuation/u);
  });
});

describe('advertisements', () => {
  const read = "This episode is sponsored by Acme Cloud. Publish, share and deploy all of the data projects you create with Python in one place. Visit example.fm/acme today for a three-month free trial.";
  const text = [
    `[Host] ${read}`,
    '[Ada] We rewrote the parser in Rust last spring, and every build on the team got three times faster after that change.',
    '[Ada] The bottleneck was never the compiler itself; it was the way the build cache was keyed on the timestamp of every header.',
    '[Ada] Publish, share and deploy all of the data projects you create with Python in one place.',
    '[Ada] Most teams never measure the one step that takes longest, and so they optimise everything around it instead.',
  ].join('\n');
  const p = prepare(text, 'talk.txt', { featured: [{ name: 'Ada' }], hosts: [{ name: 'Host' }] });

  it('never quotes the copy of a sponsor read, even read again where nothing announces it', () => {
    const list = listCandidates(p.transcript, p.speakers, p.clean, { minPerTopic: 3 }).value.flatMap((t) => t.candidates);
    const copy = list.filter((c) => c.text.includes('Publish, share'));
    expect(copy.map((c) => c.speaker).sort()).toEqual(['Ada', 'Host']);
    for (const c of copy) expect(c.rejected).toMatch(/meta-talk|host/u);
    expect(copy.find((c) => c.speaker === 'Ada')!.rejected).toBe('meta-talk');
    expect(pickQuotes(p.transcript, p.speakers, p.clean, { minPerTopic: 3 }).value.map((q) => q.text).join('\n')).not.toMatch(/Publish, share/u);
  });
});
