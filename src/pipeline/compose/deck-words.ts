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
  /** The "Follow along" slide of `transcript-deck present`, and what it asks the room to do. */
  followAlong: string;
  followAlongHint: string;
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
    followAlong: 'Follow along',
    followAlongHint: 'Open this address on your phone: the slides follow the talk, and you can go back at any time.',
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
    followAlong: '跟着看',
    followAlongHint: '用手机打开这个地址：幻灯片跟着演讲翻页，也可以随时往回翻。',
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
    followAlong: '跟著看',
    followAlongHint: '用手機開啟這個網址：投影片跟著演講換頁，也可以隨時往回翻。',
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
    followAlong: '手元で見る',
    followAlongHint: 'スマートフォンでこのアドレスを開くと、スライドが発表に合わせて進みます。いつでも前に戻れます。',
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
    followAlong: '따라 보기',
    followAlongHint: '휴대폰에서 이 주소를 여세요. 슬라이드가 발표를 따라 넘어가고, 언제든 뒤로 돌아갈 수 있습니다.',
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
  followAlong: string;
  followAlongHint: string;
  /** The label of the audience address's QR code: `Follow along: http://…`. */
  followAlongLabel(url: string): string;
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
    followAlong: t.followAlong,
    followAlongHint: t.followAlongHint,
    followAlongLabel: (url) => labelled(t.followAlong, url),
  };
}

/**
 * The words of the deck's controls in the browser (the `?` help, the notes panel, search, the
 * speaker view), as plain strings: the build writes them into the page for the deck's language
 * only, so the browser entry carries no table of its own. `{elapsed}` and `{slide}` are filled in
 * by the browser.
 */
export interface ControlWords {
  language: DeckLanguage;
  helpTitle: string;
  helpKey: string;
  helpAction: string;
  nextSlide: string;
  previousSlide: string;
  withoutFragments: string;
  firstLastSlide: string;
  jumpToSlide: string;
  blackout: string;
  fullscreen: string;
  overview: string;
  speakerView: string;
  notesPanel: string;
  search: string;
  help: string;
  notesLabel: string;
  popupBlocked: string;
  /** The notes panel's timer line. */
  timer: string;
  searchLabel: string;
  searchPlaceholder: string;
  upcoming: string;
  time: string;
  clickToReset: string;
  pacing: string;
  notes: string;
  loading: string;
  layout: string;
  layouts: { default: string; wide: string; tall: string; 'notes-only': string };
  /** An audience page of `transcript-deck present`: following, or browsing on its own. */
  live: string;
  jumpToLive: string;
  offline: string;
  readerControls: string;
  smallerText: string;
  largerText: string;
  lightTheme: string;
  darkTheme: string;
  /** The presenter's phone as a clicker: the slide shown now. */
  current: string;
}

const CONTROL_WORDS: Record<DeckLanguage, Omit<ControlWords, 'language'>> = {
  en: {
    helpTitle: 'Keyboard shortcuts',
    helpKey: 'Key',
    helpAction: 'Action',
    nextSlide: 'Next slide',
    previousSlide: 'Previous slide',
    withoutFragments: 'Next / previous slide without fragments',
    firstLastSlide: 'First / last slide',
    jumpToSlide: 'Jump to a slide number',
    blackout: 'Black screen (pause)',
    fullscreen: 'Fullscreen',
    overview: 'Overview of all slides',
    speakerView: 'Speaker view (new window)',
    notesPanel: 'Speaker notes in this window',
    search: 'Search the slides',
    help: 'This help',
    notesLabel: 'Speaker notes',
    popupBlocked: 'The browser blocked the speaker view popup. Notes are shown here instead; allow popups for this page to get the speaker view.',
    timer: '{elapsed} elapsed · this slide {slide}',
    searchLabel: 'Search the slides',
    searchPlaceholder: 'Search…',
    upcoming: 'Upcoming',
    time: 'Time',
    clickToReset: 'Click to reset',
    pacing: 'Pacing: time to finish the current slide',
    notes: 'Notes',
    loading: 'Loading speaker view…',
    layout: 'Layout',
    layouts: { default: 'Default', wide: 'Wide', tall: 'Tall', 'notes-only': 'Notes only' },
    live: 'Live',
    jumpToLive: 'Jump to live',
    offline: 'Offline: reconnecting…',
    readerControls: 'Reading controls',
    smallerText: 'Smaller text',
    largerText: 'Larger text',
    lightTheme: 'Light',
    darkTheme: 'Dark',
    current: 'Now',
  },
  'zh-Hans': {
    helpTitle: '键盘快捷键',
    helpKey: '按键',
    helpAction: '操作',
    nextSlide: '下一张',
    previousSlide: '上一张',
    withoutFragments: '跳过分步内容，下一张／上一张',
    firstLastSlide: '第一张／最后一张',
    jumpToSlide: '跳到指定页码',
    blackout: '黑屏（暂停）',
    fullscreen: '全屏',
    overview: '所有幻灯片总览',
    speakerView: '演讲者视图（新窗口）',
    notesPanel: '在本窗口显示演讲者备注',
    search: '搜索幻灯片',
    help: '本帮助',
    notesLabel: '演讲者备注',
    popupBlocked: '浏览器拦截了演讲者视图的弹出窗口，备注改为显示在这里；允许本页弹出窗口即可使用演讲者视图。',
    timer: '已用 {elapsed} · 本张 {slide}',
    searchLabel: '搜索幻灯片',
    searchPlaceholder: '搜索…',
    upcoming: '下一张',
    time: '时间',
    clickToReset: '点击重置',
    pacing: '进度：本张剩余时间',
    notes: '备注',
    loading: '正在加载演讲者视图…',
    layout: '布局',
    layouts: { default: '默认', wide: '宽', tall: '高', 'notes-only': '仅备注' },
    live: '直播中',
    jumpToLive: '回到当前页',
    offline: '离线：正在重新连接…',
    readerControls: '阅读设置',
    smallerText: '缩小文字',
    largerText: '放大文字',
    lightTheme: '浅色',
    darkTheme: '深色',
    current: '当前',
  },
  'zh-Hant': {
    helpTitle: '鍵盤快速鍵',
    helpKey: '按鍵',
    helpAction: '操作',
    nextSlide: '下一張',
    previousSlide: '上一張',
    withoutFragments: '略過分段內容，下一張／上一張',
    firstLastSlide: '第一張／最後一張',
    jumpToSlide: '跳到指定頁碼',
    blackout: '黑畫面（暫停）',
    fullscreen: '全螢幕',
    overview: '所有投影片總覽',
    speakerView: '簡報者檢視畫面（新視窗）',
    notesPanel: '在本視窗顯示講者備忘稿',
    search: '搜尋投影片',
    help: '本說明',
    notesLabel: '講者備忘稿',
    popupBlocked: '瀏覽器封鎖了簡報者檢視畫面的彈出視窗，備忘稿改為顯示在這裡；允許本頁彈出視窗即可使用簡報者檢視畫面。',
    timer: '已用 {elapsed} · 本張 {slide}',
    searchLabel: '搜尋投影片',
    searchPlaceholder: '搜尋…',
    upcoming: '下一張',
    time: '時間',
    clickToReset: '按一下重設',
    pacing: '進度：本張剩餘時間',
    notes: '備忘稿',
    loading: '正在載入簡報者檢視畫面…',
    layout: '版面',
    layouts: { default: '預設', wide: '寬', tall: '高', 'notes-only': '僅備忘稿' },
    live: '直播中',
    jumpToLive: '回到目前頁',
    offline: '離線：正在重新連線…',
    readerControls: '閱讀設定',
    smallerText: '縮小文字',
    largerText: '放大文字',
    lightTheme: '淺色',
    darkTheme: '深色',
    current: '目前',
  },
  ja: {
    helpTitle: 'キーボードショートカット',
    helpKey: 'キー',
    helpAction: '操作',
    nextSlide: '次のスライド',
    previousSlide: '前のスライド',
    withoutFragments: '段階表示を飛ばして次／前のスライド',
    firstLastSlide: '最初／最後のスライド',
    jumpToSlide: '番号でスライドへ移動',
    blackout: '画面を黒にする（一時停止）',
    fullscreen: '全画面表示',
    overview: 'すべてのスライドの一覧',
    speakerView: '発表者ビュー（新しいウィンドウ）',
    notesPanel: 'このウィンドウに発表者ノートを表示',
    search: 'スライドを検索',
    help: 'このヘルプ',
    notesLabel: '発表者ノート',
    popupBlocked: 'ブラウザが発表者ビューのポップアップをブロックしました。代わりにここにノートを表示します。発表者ビューを使うには、このページのポップアップを許可してください。',
    timer: '経過 {elapsed} · このスライド {slide}',
    searchLabel: 'スライドを検索',
    searchPlaceholder: '検索…',
    upcoming: '次のスライド',
    time: '時間',
    clickToReset: 'クリックでリセット',
    pacing: 'ペース：このスライドの残り時間',
    notes: 'ノート',
    loading: '発表者ビューを読み込んでいます…',
    layout: 'レイアウト',
    layouts: { default: '標準', wide: 'ワイド', tall: '縦長', 'notes-only': 'ノートのみ' },
    live: 'ライブ',
    jumpToLive: '現在のスライドへ',
    offline: 'オフライン：再接続しています…',
    readerControls: '表示の設定',
    smallerText: '文字を小さく',
    largerText: '文字を大きく',
    lightTheme: 'ライト',
    darkTheme: 'ダーク',
    current: '現在',
  },
  ko: {
    helpTitle: '키보드 단축키',
    helpKey: '키',
    helpAction: '동작',
    nextSlide: '다음 슬라이드',
    previousSlide: '이전 슬라이드',
    withoutFragments: '단계 표시를 건너뛰고 다음/이전 슬라이드',
    firstLastSlide: '첫/마지막 슬라이드',
    jumpToSlide: '번호로 슬라이드 이동',
    blackout: '화면 검게 (일시 정지)',
    fullscreen: '전체 화면',
    overview: '모든 슬라이드 보기',
    speakerView: '발표자 보기 (새 창)',
    notesPanel: '이 창에 발표자 노트 표시',
    search: '슬라이드 검색',
    help: '이 도움말',
    notesLabel: '발표자 노트',
    popupBlocked: '브라우저가 발표자 보기 팝업을 차단했습니다. 대신 여기에 노트를 표시합니다. 발표자 보기를 쓰려면 이 페이지의 팝업을 허용하세요.',
    timer: '경과 {elapsed} · 이 슬라이드 {slide}',
    searchLabel: '슬라이드 검색',
    searchPlaceholder: '검색…',
    upcoming: '다음 슬라이드',
    time: '시간',
    clickToReset: '클릭하여 초기화',
    pacing: '진행: 현재 슬라이드 남은 시간',
    notes: '노트',
    loading: '발표자 보기를 불러오는 중…',
    layout: '레이아웃',
    layouts: { default: '기본', wide: '넓게', tall: '길게', 'notes-only': '노트만' },
    live: '실시간',
    jumpToLive: '현재 슬라이드로',
    offline: '오프라인: 다시 연결하는 중…',
    readerControls: '보기 설정',
    smallerText: '글자 작게',
    largerText: '글자 크게',
    lightTheme: '밝게',
    darkTheme: '어둡게',
    current: '현재',
  },
};

/** The words of the deck's controls for a deck whose language is `lang` (BCP 47). */
export function controlWords(lang: string): ControlWords {
  const language = deckLanguage(lang);
  return { language, ...CONTROL_WORDS[language] };
}
