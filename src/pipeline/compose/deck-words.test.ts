import { describe, expect, it } from 'vitest';
import { deckLanguage, deckWords } from './deck-words.ts';
import { runPipeline } from '../index.ts';
import { parseManifest } from '../manifest/manifest.ts';

/** A deck built through the whole pipeline from a transcript given as text. */
function deckOf(name: string, text: string, yaml: string) {
  return runPipeline({ manifest: parseManifest('deck.yaml', `transcript: ${name}\n${yaml}`).value!, transcript: { path: name, bytes: new TextEncoder().encode(text) }, authored: new Map() });
}

/** One slide's markup, `<wbr>` phrase breaks taken out so words can be looked for whole. */
function slideHtml(html: string, id: string): string {
  const slide = html.match(new RegExp(`<section id="${id}"[\\s\\S]*?</section>`))?.[0];
  if (!slide) throw new Error(`no slide ${id}`);
  return slide.replaceAll('<wbr>', '');
}

/** What a reader or a screen reader meets: the text between tags and the `title` attributes, less the notes' links to slide ids. */
const shownText = (html: string): string =>
  [...html.matchAll(/>([^<]+)<|\stitle="([^"]*)"/g)]
    .map((m) => m[1] ?? m[2])
    .join('\n')
    .replace(/→ [\w-]+/g, '');

const chartText = (html: string, tag: 'title' | 'desc'): string[] => [...html.matchAll(new RegExp(`<${tag} id="[^"]*">([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!);

// The words the English deck writes, none of which may show in a deck in another language.
const ENGLISH_WORDS = /\b(?:Agenda|Overview|Key points|Source|Key terms|Who spoke|Speakers|Duration|Conversation map|topics?|quotes?|turns?|minutes?|Next|QR code|unreadable|scrambled)\b/;

const japanese = [
  '# 窯を継ぐまで',
  '聞き手：陶芸を始めたきっかけは何だったのでしょうか。',
  '山本：祖父の代からこの町で窯を焚いてきました。子どもの頃は土の匂いが嫌いで、まさか自分が継ぐとは思っていませんでした。',
  '山本：大学を出て東京で働いていたとき、父が倒れたという電話があって、それで戻ってきたのが始まりです。最初の三年は失敗ばかりで、窯出しのたびに割れた器を数えていました。',
  '# 土と火',
  '聞き手：この町の土には何か特徴があるのですか。',
  '山本：鉄分が多くて、焼くと赤みが出ます。同じ土でも窯の中の場所で色がまるで違うので、薪の置き方を毎回変えています。',
  '山本：火の具合は温度計だけでは分かりません。炎の色と音を見て、最後は勘で決めるしかないんです。',
  '# これから',
  '聞き手：これからの目標を教えてください。',
  '山本：若い人に窯を開いて、誰でも焼けるようにしたいと思っています。器は使われてこそ意味があるので、値段を上げるより毎日の食卓に届けたいんです。',
  '山本：百年続いた窯を、次の百年につなぐのが私の仕事だと思っています。',
  '',
].join('\n');

const korean = [
  '# 빵집의 시작',
  '진행자: 처음에 어떻게 빵을 굽게 되셨나요?',
  '김민수: 어머니가 시장에서 작은 떡집을 하셨는데, 저는 떡보다 빵이 좋았습니다. 스무 살에 서울의 빵집에서 설거지부터 배우기 시작했습니다.',
  '김민수: 오 년 동안 새벽 세 시에 일어나 반죽을 했고, 그때 몸으로 익힌 것이 지금도 제 빵의 기본입니다.',
  '# 반죽과 시간',
  '진행자: 좋은 빵의 비결은 무엇인가요?',
  '김민수: 비결은 시간입니다. 반죽을 하룻밤 천천히 발효시키면 밀가루의 단맛이 살아나고 속이 촉촉해집니다.',
  '김민수: 여름과 겨울에는 물의 온도를 다르게 맞춥니다. 같은 밀가루라도 날씨에 따라 반죽이 전혀 다르게 움직이기 때문입니다.',
  '# 동네 빵집의 내일',
  '진행자: 앞으로의 계획은 무엇인가요?',
  '김민수: 큰 공장 빵과 경쟁하려는 것이 아니라, 동네 사람들이 매일 아침 들르는 곳이 되고 싶습니다.',
  '김민수: 언젠가 제 가게에서 배운 젊은 제빵사들이 각자의 동네에 빵집을 여는 것이 제 꿈입니다.',
  '',
].join('\n');

const english = [
  '# Starting out',
  'Host: How did you come to repair bicycles?',
  'Maria: My father fixed them in our garage, and I handed him the spanners before I could read. When the factory closed, I opened the shop with two stands and a borrowed compressor.',
  'Maria: The first winter nobody came, and I learned that a repair shop lives on trust, not on tools.',
  '# What breaks',
  'Host: What do people bring in most?',
  'Maria: Flat tyres, always, but the real problem is chains that nobody has cleaned for years. A dirty chain eats the whole drivetrain, and then a cheap fix becomes an expensive one.',
  'Maria: I show every customer how to clean their chain, because a bike that is looked after comes back for a service, not a rescue.',
  '',
].join('\n');

describe('a Japanese deck', () => {
  const out = deckOf('kama.txt', japanese, 'title: 窯を継ぐ\nduration: 15\nspeakers:\n  featured: [山本]\n  hosts: [聞き手]\n');

  it('is Japanese, with topics, quotes and the slides the deck makes itself', () => {
    expect(out.deck.meta.lang).toBe('ja');
    expect(out.transcript.topics).toHaveLength(3);
    expect(out.quotes.length).toBeGreaterThan(0);
  });

  it('writes its own words in Japanese on the agenda, section, overview and source slides', () => {
    expect(slideHtml(out.html, 'agenda')).toContain('<h2>アジェンダ</h2>');
    expect(chartText(slideHtml(out.html, 'agenda'), 'title')).toEqual(['会話マップ：各トピックの長さと話し手']);
    const section = slideHtml(out.html, 'topic-1');
    expect(chartText(section, 'title')).toEqual(['窯を継ぐまで — キーワードと発言の割合']);
    expect(chartText(section, 'desc')[0]).toMatch(/^キーワード：.+。発言の割合：山本 \d+%、聞き手 \d+%$/);
    expect(section).toContain('>キーワード</text>');
    const overview = slideHtml(out.html, 'overview');
    expect(overview).toContain('<h2>概要</h2>');
    expect(overview).toMatch(/<li>トピック 3 件 · 引用 \d+ 件<\/li>/);
    expect(overview).toMatch(/<li>話し手：山本 \d+%、聞き手 \d+%<\/li>/);
    expect(overview).toContain('<li>時間：約15分</li>');
    expect(slideHtml(out.html, 'source')).toContain('<h2>出典</h2>');
  });

  it('writes its notes in Japanese too, and no English word of its own anywhere', () => {
    expect(out.deck.slides.find((s) => s.id === 'title')!.notes.at(-1)).toEqual({ kind: 'text', text: expect.stringMatching(/^トピック 3 件、引用 \d+ 件、約15分。$/) });
    expect(out.deck.slides.find((s) => s.id === 'agenda')!.notes[0]).toEqual({ kind: 'text', text: expect.stringMatching(/^1\. 窯を継ぐまで — 発言 2 回、引用 \d+ 件$/) });
    expect(shownText(out.html).replace(/kama\.txt[^\n]*/g, '')).not.toMatch(ENGLISH_WORDS);
  });
});

describe('a Korean deck', () => {
  const out = deckOf('bakery.txt', korean, 'title: 동네 빵집\nlanguage: ko\nduration: 12\nspeakers:\n  featured: [김민수]\n  hosts: [진행자]\nurl: https://example.com/bakery\n');

  it('is Korean, with its topics', () => {
    expect(out.deck.meta.lang).toBe('ko');
    expect(out.transcript.topics).toHaveLength(3);
  });

  it('writes its own words in Korean on the agenda, section, overview and source slides', () => {
    expect(slideHtml(out.html, 'agenda')).toContain('<h2>목차</h2>');
    expect(chartText(slideHtml(out.html, 'agenda'), 'title')).toEqual(['대화 지도: 주제별 분량과 발언자']);
    const section = slideHtml(out.html, 'topic-2');
    expect(chartText(section, 'title')).toEqual(['반죽과 시간 — 핵심어와 발언 비율']);
    expect(chartText(section, 'desc')[0]).toMatch(/^핵심어: .+\. 발언 비율: 김민수 \d+%, 진행자 \d+%$/);
    const overview = slideHtml(out.html, 'overview');
    expect(overview).toContain('<h2>개요</h2>');
    expect(overview).toMatch(/<li>주제 3개 · 인용 \d+개<\/li>/);
    expect(overview).toMatch(/<li>발언자: 김민수 \d+%, 진행자 \d+%<\/li>/);
    expect(overview).toContain('<li>시간: 약 12분</li>');
    const source = slideHtml(out.html, 'source');
    expect(source).toContain('<h2>출처</h2>');
    expect(chartText(source, 'title')).toEqual(['QR 코드: https://example.com/bakery']);
  });

  it('writes its notes in Korean too, and no English word of its own anywhere', () => {
    expect(out.deck.slides.find((s) => s.id === 'title')!.notes.at(-1)).toEqual({ kind: 'text', text: expect.stringMatching(/^주제 3개, 인용 \d+개, 약 12분\.$/) });
    expect(out.deck.slides.find((s) => s.id === 'agenda')!.notes[0]).toEqual({ kind: 'text', text: expect.stringMatching(/^1\. 빵집의 시작 — 발언 2회, 인용 \d+개$/) });
    expect(shownText(out.html).replace(/bakery\.txt[^\n]*|https:\/\/example\.com\/bakery/g, '')).not.toMatch(ENGLISH_WORDS);
  });
});

describe('an English deck', () => {
  const out = deckOf('bikes.txt', english, 'title: The bike shop\nduration: 1\nspeakers:\n  featured: [Maria]\n  hosts: [Host]\nurl: https://example.com/bikes\n');

  it('writes its own words in English, plurals right', () => {
    expect(out.deck.meta.lang).toBe('en');
    expect(slideHtml(out.html, 'agenda')).toContain('<h2>Agenda</h2>');
    expect(chartText(slideHtml(out.html, 'agenda'), 'title')).toEqual(['Conversation map: how long each topic ran, and who spoke']);
    const section = slideHtml(out.html, 'topic-1');
    expect(chartText(section, 'title')).toEqual(['Starting out — key terms and who spoke']);
    expect(chartText(section, 'desc')[0]).toMatch(/^Key terms: .+\. Who spoke: Maria \d+%, Host \d+%$/);
    const overview = slideHtml(out.html, 'overview');
    expect(overview).toContain('<h2>Overview</h2>');
    expect(overview).toMatch(/<li>2 topics · \d+ quotes?<\/li>/);
    expect(overview).toContain('<li>Duration: about 1 minute</li>');
    expect(slideHtml(out.html, 'source')).toContain('<h2>Source</h2>');
    expect(chartText(slideHtml(out.html, 'source'), 'title')).toEqual(['QR code: https://example.com/bikes']);
    expect(out.deck.slides.find((s) => s.id === 'agenda')!.notes[0]).toEqual({ kind: 'text', text: expect.stringMatching(/^1\. Starting out — 2 turns, \d+ quotes?$/) });
  });

  it('says `1 topic` for one topic', () => {
    const one = deckOf('bikes.txt', english.split('# What breaks')[0]!, 'title: The bike shop\nduration: 2\nspeakers:\n  featured: [Maria]\n');
    expect(slideHtml(one.html, 'overview')).toMatch(/<li>1 topic · \d+ quotes?<\/li>/);
    expect(one.deck.slides.find((s) => s.id === 'title')!.notes.at(-1)).toEqual({ kind: 'text', text: expect.stringMatching(/^1 topic, \d+ quotes?, about 2 minutes\.$/) });
  });
});

describe('a deck in a language the deck has no words for', () => {
  it('writes them in English', () => {
    const out = deckOf('bikes.txt', english, 'title: Die Werkstatt\nlanguage: de\nduration: 10\nspeakers:\n  featured: [Maria]\n');
    expect(out.deck.meta.lang).toBe('de');
    expect(slideHtml(out.html, 'agenda')).toContain('<h2>Agenda</h2>');
    expect(slideHtml(out.html, 'overview')).toContain('<li>Duration: about 10 minutes</li>');
    expect(chartText(slideHtml(out.html, 'topic-1'), 'desc')[0]).toMatch(/^Key terms: /);
  });
});

describe('deckLanguage', () => {
  it('reads the table from the BCP 47 tag, the script too when the tag implies it', () => {
    const cases: Array<[string, string]> = [
      ['zh-Hans', 'zh-Hans'],
      ['zh-Hans-CN', 'zh-Hans'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-Hant', 'zh-Hant'],
      ['zh-Hant-TW', 'zh-Hant'],
      ['zh-Hant-HK', 'zh-Hant'],
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['ja', 'ja'],
      ['ja-JP', 'ja'],
      ['ko', 'ko'],
      ['ko-KR', 'ko'],
      ['en', 'en'],
      ['en-GB', 'en'],
      ['de', 'en'],
      ['fr-CA', 'en'],
      ['', 'en'],
      ['not a tag', 'en'],
    ];
    expect(cases.map(([tag]) => [tag, deckLanguage(tag)])).toEqual(cases);
  });
});

describe('deckWords', () => {
  it('keeps the Chinese decks\' wording', () => {
    const hant = deckWords('zh-Hant-TW');
    const hans = deckWords('zh-Hans');
    expect([hant.agenda, hant.overview, hant.summary, hant.source, hant.part(2)]).toEqual(['議程', '總覽', '要點', '來源', '第 2 部分']);
    expect([hans.agenda, hans.overview, hans.summary, hans.source]).toEqual(['议程', '总览', '要点', '来源']);
    const shares = [
      { name: '姚順雨', share: 0.874 },
      { name: '主持人', share: 0.126 },
    ];
    expect([hant.counts(3, 17), hant.speakers(shares), hant.duration(hant.aboutMinutes(20))]).toEqual(['3 個主題 · 17 則引言', '發言：姚順雨 87%、主持人 13%', '時長：約 20 分鐘']);
    expect([hans.counts(3, 17), hans.duration(hans.aboutMinutes(20))]).toEqual(['3 个主题 · 17 则引言', '时长：约 20 分钟']);
    expect([hant.mapTitle, hant.topicChartTitle('大模型的分化')]).toEqual(['對話地圖：各主題篇幅與發言者', '大模型的分化 — 關鍵詞與發言比例']);
    expect([hans.mapTitle, hans.keyTerms, hans.whoSpoke]).toEqual(['对话地图：各主题篇幅与发言者', '关键词', '发言比例']);
  });

  it('counts in English with plurals, and in Japanese and Korean with counters', () => {
    const en = deckWords('en');
    expect([en.counts(1, 1), en.counts(2, 0), en.aboutMinutes(1), en.aboutMinutes(90), en.titleNote(1, 3, 1)]).toEqual([
      '1 topic · 1 quote',
      '2 topics · 0 quotes',
      'about 1 minute',
      'about 90 minutes',
      '1 topic, 3 quotes, about 1 minute.',
    ]);
    expect(en.agendaNote(1, 'Intro', 1, 2)).toBe('1. Intro — 1 turn, 2 quotes');
    expect(en.counts(1200, 3)).toBe('1,200 topics · 3 quotes');
    const ja = deckWords('ja');
    expect([ja.counts(1, 1), ja.aboutMinutes(20), ja.agendaNote(2, '土と火', 1, 4), ja.part(3)]).toEqual(['トピック 1 件 · 引用 1 件', '約20分', '2. 土と火 — 発言 1 回、引用 4 件', '第3部']);
    const ko = deckWords('ko');
    expect([ko.counts(1, 12), ko.aboutMinutes(1), ko.agendaNote(1, '시작', 2, 0), ko.part(3)]).toEqual(['주제 1개 · 인용 12개', '약 1분', '1. 시작 — 발언 2회, 인용 0개', '제3부']);
  });

  it('describes the charts with the language\'s own punctuation', () => {
    const shares = [
      { name: 'Ada', share: 0.6 },
      { name: 'Bo', share: 0.4 },
    ];
    const topics = [
      { title: 'One', share: 0.25 },
      { title: 'Two', share: 0.75 },
    ];
    expect(deckWords('en').topicChartDesc(['boat', 'fish'], shares)).toBe('Key terms: boat, fish. Who spoke: Ada 60%, Bo 40%');
    expect(deckWords('en').mapDesc(topics)).toBe('1. One: 25%; 2. Two: 75%');
    expect(deckWords('zh-Hant').topicChartDesc(['模型', '分化'], shares)).toBe('關鍵詞：模型、分化。發言比例：Ada 60%、Bo 40%');
    expect(deckWords('ja').mapDesc(topics)).toBe('1. One：25%；2. Two：75%');
    expect(deckWords('ko').topicChartDesc(['반죽'], shares)).toBe('핵심어: 반죽. 발언 비율: Ada 60%, Bo 40%');
  });
});
