/*
 * The words the deck writes itself (slide titles, counts, chart descriptions, lines of the notes),
 * in the deck's language: English, Simplified and Traditional Chinese, Japanese and Korean; any
 * other language gets English. Transcript text and deck.yaml text never come through here.
 */

/** The languages the deck has words for; each is a BCP 47 tag that `Intl` formats by. */
export type DeckLanguage = 'en' | 'zh-Hans' | 'zh-Hant' | 'ja' | 'ko';

/** The table of `DeckLanguage` its words come from, for a deck's BCP 47 `lang`. */
export function deckLanguage(lang: string): DeckLanguage {
  let locale: Intl.Locale;
  try {
    // maximize() supplies the script a tag leaves implicit: `zh-TW` and `zh-HK` are Hant, `zh` Hans.
    locale = new Intl.Locale(lang).maximize();
  } catch {
    return 'en';
  }
  if (locale.language === 'zh') return locale.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  if (locale.language === 'ja' || locale.language === 'ko') return locale.language;
  return 'en';
}

/** A count's wording by plural category; `#` stands for the formatted number. */
type Counted = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

interface Table {
  agenda: string;
  overview: string;
  summary: string;
  source: string;
  /** Title of a topic the transcript left untitled, by its place. */
  part: Counted;
  topics: Counted;
  quotes: Counted;
  turns: Counted;
  aboutMinutes: Counted;
  speakers: string;
  duration: string;
  next: string;
  mapTitle: string;
  keyTerms: string;
  whoSpoke: string;
  keyTermsAndWhoSpoke: string;
  qrCode: string;
  unreadable: string;
  /** Between a label and what it labels. */
  colon: string;
  /** Between the items of a list. */
  comma: string;
  /** Between the entries of a longer list whose entries hold commas or colons. */
  semicolon: string;
  /** At the end of a sentence, and between sentences. */
  stop: string;
  space: string;
}

const TABLES: Record<DeckLanguage, Table> = {
  en: {
    agenda: 'Agenda',
    overview: 'Overview',
    summary: 'Key points',
    source: 'Source',
    part: { other: 'Part #' },
    topics: { one: '# topic', other: '# topics' },
    quotes: { one: '# quote', other: '# quotes' },
    turns: { one: '# turn', other: '# turns' },
    aboutMinutes: { one: 'about # minute', other: 'about # minutes' },
    speakers: 'Speakers',
    duration: 'Duration',
    next: 'Next',
    mapTitle: 'Conversation map: how long each topic ran, and who spoke',
    keyTerms: 'Key terms',
    whoSpoke: 'Who spoke',
    keyTermsAndWhoSpoke: 'key terms and who spoke',
    qrCode: 'QR code',
    unreadable: 'unreadable: scrambled bytes',
    colon: ': ',
    comma: ', ',
    semicolon: '; ',
    stop: '.',
    space: ' ',
  },
  'zh-Hans': {
    agenda: '议程',
    overview: '总览',
    summary: '要点',
    source: '来源',
    part: { other: '第 # 部分' },
    topics: { other: '# 个主题' },
    quotes: { other: '# 则引言' },
    turns: { other: '# 段发言' },
    aboutMinutes: { other: '约 # 分钟' },
    speakers: '发言',
    duration: '时长',
    next: '接下来',
    mapTitle: '对话地图：各主题篇幅与发言者',
    keyTerms: '关键词',
    whoSpoke: '发言比例',
    keyTermsAndWhoSpoke: '关键词与发言比例',
    qrCode: '二维码',
    unreadable: '无法辨读：乱码',
    colon: '：',
    comma: '、',
    semicolon: '；',
    stop: '。',
    space: '',
  },
  'zh-Hant': {
    agenda: '議程',
    overview: '總覽',
    summary: '要點',
    source: '來源',
    part: { other: '第 # 部分' },
    topics: { other: '# 個主題' },
    quotes: { other: '# 則引言' },
    turns: { other: '# 段發言' },
    aboutMinutes: { other: '約 # 分鐘' },
    speakers: '發言',
    duration: '時長',
    next: '接下來',
    mapTitle: '對話地圖：各主題篇幅與發言者',
    keyTerms: '關鍵詞',
    whoSpoke: '發言比例',
    keyTermsAndWhoSpoke: '關鍵詞與發言比例',
    qrCode: 'QR 碼',
    unreadable: '無法辨讀：亂碼',
    colon: '：',
    comma: '、',
    semicolon: '；',
    stop: '。',
    space: '',
  },
  // Japanese and Korean count with counters (件, 回; 개, 회) and have one plural form.
  ja: {
    agenda: 'アジェンダ',
    overview: '概要',
    summary: '要点',
    source: '出典',
    part: { other: '第#部' },
    topics: { other: 'トピック # 件' },
    quotes: { other: '引用 # 件' },
    turns: { other: '発言 # 回' },
    aboutMinutes: { other: '約#分' },
    speakers: '話し手',
    duration: '時間',
    next: '次',
    mapTitle: '会話マップ：各トピックの長さと話し手',
    keyTerms: 'キーワード',
    whoSpoke: '発言の割合',
    keyTermsAndWhoSpoke: 'キーワードと発言の割合',
    qrCode: 'QR コード',
    unreadable: '判読不能：文字化け',
    colon: '：',
    comma: '、',
    semicolon: '；',
    stop: '。',
    space: '',
  },
  ko: {
    agenda: '목차',
    overview: '개요',
    summary: '요점',
    source: '출처',
    part: { other: '제#부' },
    topics: { other: '주제 #개' },
    quotes: { other: '인용 #개' },
    turns: { other: '발언 #회' },
    aboutMinutes: { other: '약 #분' },
    speakers: '발언자',
    duration: '시간',
    next: '다음',
    mapTitle: '대화 지도: 주제별 분량과 발언자',
    keyTerms: '핵심어',
    whoSpoke: '발언 비율',
    keyTermsAndWhoSpoke: '핵심어와 발언 비율',
    qrCode: 'QR 코드',
    unreadable: '판독 불가: 깨진 문자',
    colon: ': ',
    comma: ', ',
    semicolon: '; ',
    stop: '.',
    space: ' ',
  },
};

/** A speaker's share of what was said, as the overview and the charts name it. */
export interface NamedShare {
  name: string;
  share: number;
}

/** Everything the deck writes itself, in one language. */
export interface DeckWords {
  language: DeckLanguage;
  agenda: string;
  overview: string;
  summary: string;
  source: string;
  part(n: number): string;
  /** `3 topics · 17 quotes`: the overview's first line. */
  counts(topics: number, quotes: number): string;
  /** `Speakers: Ada 80%, Bo 20%`. */
  speakers(shares: readonly NamedShare[]): string;
  /** `Duration: 12:05`, of a length already written out. */
  duration(length: string): string;
  aboutMinutes(minutes: number): string;
  /** The title slide's note: `3 topics, 17 quotes, about 20 minutes.` */
  titleNote(topics: number, quotes: number, minutes: number): string;
  /** A topic's line in the agenda's notes: `1. Title — 4 turns, 7 quotes`. */
  agendaNote(number: number, title: string, turns: number, quotes: number): string;
  /** The notes' pointer to what comes after a quote slide. */
  next(what: string): string;
  mapTitle: string;
  /** The conversation map for screen readers: each topic's number, title and share of the talk. */
  mapDesc(topics: ReadonlyArray<{ title: string; share: number }>): string;
  keyTerms: string;
  whoSpoke: string;
  topicChartTitle(topicTitle: string): string;
  topicChartDesc(terms: readonly string[], shares: readonly NamedShare[]): string;
  qrLabel(url: string): string;
  unreadable: string;
}

const cache = new Map<DeckLanguage, DeckWords>();

/** The deck's own words for a deck whose language is `lang` (BCP 47). */
export function deckWords(lang: string): DeckWords {
  const language = deckLanguage(lang);
  let words = cache.get(language);
  if (!words) {
    words = wordsOf(language, TABLES[language]);
    cache.set(language, words);
  }
  return words;
}

function wordsOf(language: DeckLanguage, t: Table): DeckWords {
  const plural = new Intl.PluralRules(language);
  const number = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const count = (n: number, forms: Counted): string => (forms[plural.select(n)] ?? forms.other).replace('#', number.format(n));
  const labelled = (label: string, text: string): string => `${label}${t.colon}${text}`;
  const shareList = (shares: readonly NamedShare[]): string => shares.map((s) => `${s.name} ${percent.format(s.share)}`).join(t.comma);
  return {
    language,
    agenda: t.agenda,
    overview: t.overview,
    summary: t.summary,
    source: t.source,
    part: (n) => count(n, t.part),
    counts: (topics, quotes) => `${count(topics, t.topics)} · ${count(quotes, t.quotes)}`,
    speakers: (shares) => labelled(t.speakers, shareList(shares)),
    duration: (length) => labelled(t.duration, length),
    aboutMinutes: (minutes) => count(minutes, t.aboutMinutes),
    titleNote: (topics, quotes, minutes) => `${[count(topics, t.topics), count(quotes, t.quotes), count(minutes, t.aboutMinutes)].join(t.comma)}${t.stop}`,
    agendaNote: (n, title, turns, quotes) => `${number.format(n)}. ${title} — ${count(turns, t.turns)}${t.comma}${count(quotes, t.quotes)}`,
    next: (what) => labelled(t.next, what),
    mapTitle: t.mapTitle,
    mapDesc: (topics) => topics.map((m, i) => labelled(`${number.format(i + 1)}. ${m.title}`, percent.format(m.share))).join(t.semicolon),
    keyTerms: t.keyTerms,
    whoSpoke: t.whoSpoke,
    topicChartTitle: (title) => `${title} — ${t.keyTermsAndWhoSpoke}`,
    topicChartDesc: (terms, shares) => [labelled(t.keyTerms, terms.join(t.comma)), labelled(t.whoSpoke, shareList(shares))].join(`${t.stop}${t.space}`),
    qrLabel: (url) => labelled(t.qrCode, url),
    unreadable: t.unreadable,
  };
}
