import { CJK_LETTER } from '../text/cjk.ts';
import { parseTimestamp } from './timestamp.ts';

/*
 * Speaker labels written as `Name: text` (or `Name：text`), shared by the readers of podcast pages,
 * Q&A interviews, Markdown and subtitles. A label is only a name when it looks like one: not a URL
 * (`http://…`), not a time (`12:03`), not a sentence that happens to contain a colon (`So the
 * thing is: …`), not an editorial line (`Note:`, `Source:`), which are told apart here. A time
 * stamp beside the name (`Dave (12:03):`, `Dave: [12:03] …`) is the label's, not what was said.
 */

/** What a `Label:` at the start of a line turned out to be. */
export type LabelKind = 'speaker' | 'topic' | 'meta';

export interface Label {
  kind: LabelKind;
  /** The label as written (speaker name, or the marker word for topics and meta lines). */
  name: string;
  /** Index in the line of what follows the colon (after spaces). */
  textStart: number;
  /** What follows the colon (and the label's time stamp, if any). */
  text: string;
  /** Seconds from the start of the recording, when the label carries a time stamp. */
  time?: number;
  /** The label says its speaker speaks again (`（浅沼委員長ふたたび）`), so they spoke before it. */
  resumes?: boolean;
}

/** A time stamp as transcripts write them: `12:03`, `1:02:03`, `00:12:03.5`. */
export const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
/** A bracketed stamp (`[12:03]`, Markdown's escaped `\[12:03\]`, `(12:03)`) or a bare `00:12:03`, then spaces. */
const STAMP = new RegExp(String.raw`^(?:\\?\[(${TIME})\\?\]|\((${TIME})\)|(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)(?=[ \t]|$)|\[(\d{1,6}(?:\.\d{1,3})?)s\])[ \t]*`, 'u');
/** `Dave (12:03):`, `Dave [12:03]:`: a name, its time, a colon. */
const TIMED_LABEL = new RegExp(String.raw`^([^:：\n()（）\[\]\\]{1,60}?)[ \t]*(?:\((${TIME})\)|\\?\[(${TIME})\\?\])[ \t]*[:：][ \t\u3000]*`, 'u');
/** Text that is only an address: `https://…`, `www.…`, `youtu.be/…`. */
const URL_ONLY = /^<?(?:(?:https?|ftp):\/\/|www\.)\S+?>?$|^[\w-]+(?:\.[\w-]+)+\/\S*$/iu;
const DOMAIN = /^(?:[\w-]+\.)+(?:com|org|net|edu|gov|io|ai|fm|co|dev|app|tv|me|info|cn|tw|hk|jp|kr|uk|de|fr|eu|be|ly|to|gg)$/iu;

export const MAX_NAME_LENGTH = 40;

const LABEL = /^([^:：\s][^:：\n]{0,60}?)([ \t\u3000]*)[:：][ \t\u3000]*/u;
/** Credits written as a label: `訪談整理：王小雨`, `撰文：…`. */
const META_SUFFIX = /(?:整理|撰文|撰稿|攝影|摄影|編輯|编辑|校對|校对|翻譯|翻译|出品|製作|制作)$/u;
/** `入會議定書：…`, `ＷＴＯ協定：…`, `工作小組報告：…`, `本案作如下決議：…`: a document a record defines or quotes, not a person. */
const DOCUMENT_SUFFIX = /(?:協定|协定|議定書|议定书|承諾表|承诺表|減讓表|减让表|彙總表|汇总表|報告|报告|條例|条例|法案|草案|決議|决议)$/u;
/** Lower-case words that make a role out of a word before them: `Audience member`, `Male voice`. */
const ROLE_WORDS = new Set(['member', 'speaker', 'voice', 'participant', 'caller', 'student', 'reporter', 'host', 'guest', 'moderator', 'panelist', 'panellist', 'interpreter', 'translator', 'narrator', 'announcer', 'attendee', 'questioner', 'man', 'woman', 'audience', 'crowd', 'officer', 'spokesperson', 'spokesman', 'spokeswoman']);
/** Lines such as `Episode 12: …` or `Vol. 3: …` are titles, not speakers. */
const META_NUMBERED = /^(?:episode|ep\.?|season|vol\.?|volume|no\.?|issue|#)\s*\d+$/iu;
const SENTENCE_PUNCTUATION = /[,;!?。，；！？、،؛؟।॥"“”「」『』…*#<>|=\[\]{}【】《》〈〉]/u;
const URL_SCHEME = /^(?:https?|ftp|file|mailto|tel|data|www|wss?)$/iu;
/** Words that may be lower-case inside a name: `Ludwig van Beethoven`, `Speaker of the House`. */
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'of', 'the', 'and', '&', 'st.', 'e']);
/** Clauses that introduce what follows (`…如下：`, `選舉結果：`) or ask for something (`請…：`): never a name. */
const CLAUSE_EDGES = /(?:如下|如次|如左|結果|结果)$|^(?:請|请)/u;
/** Chinese verbs of saying that end a reported-speech clause: `他說：` is not a name. */
const SAYING = /(?:說|说|道|表示|認為|认为|指出|強調|强调|提到|回答|回應|回应|問道|问道|稱|称|寫道|写道|透露|坦言|介紹|介绍|告訴|告诉|補充|补充|總結|总结)$/u;
/** Characters that are never in a Chinese name label but common in clauses. */
const CLAUSE_CHARACTERS = /[的了是在我你這这那就都也和很還还把被讓让著着嗎吗呢吧]/u;

const TOPIC_WORDS = /^(?:topic|chapter|section|part|segment|theme|agenda item|item|tagesordnungspunkt|top|thema|kapitel|teil|abschnitt|tema|capítulo|sección|parte|punto|chapitre|sujet|partie|thème|point|主題|主题|話題|话题|議題|议题|章節|章节|部分|單元|单元|トピック|テーマ|チャプター|章)(?:[ \t]*[\d一二三四五六七八九十]+)?$|^第[\d一二三四五六七八九十百零〇]+(?:章|節|节|部分|部|集|講|讲|題|题|問|问|回|場|场|幕)$/iu;

const META_WORDS = new Set(
  [
    'note', 'notes', 'nb', 'n.b.', 'n.b', 'ps', 'p.s.', 'p.s', "editor's note", 'editor’s note', 'editors note', 'update', 'updated', 'correction',
    'source', 'sources', 'transcript', 'transcription', 'transcribed by', 'transcript by', 'date', 'time', 'duration', 'length', 'location', 'place',
    'venue', 'link', 'links', 'url', 'website', 'web', 'email', 'e-mail', 'phone', 'tel', 'title', 'subtitle', 'subject', 'tags', 'tag', 'keywords',
    'summary', 'description', 'warning', 'disclaimer', 'notice', 'copyright', 'credits', 'credit', 'language', 'episode', 'season', 'published',
    'recorded', 'guests', 'hosts', 'featuring', 'produced by', 'edited by', 'music', 'show notes', 'timestamps', 'resources',
    'references', 'see also', 'read more', 'related', 'listen', 'watch', 'download', 'subscribe', 'follow', 'photo', 'image', 'video', 'audio',
    'caption', 'example', 'start', 'end', 'beginn', 'schluss', 'ende', 'inicio', 'fin', 'début', 'e.g', 'i.e', 'ie', 'eg', 'tl;dr', 'tldr', 'rating', 'price', 'cost', 'ps.',
    '注', '註', '注意', '注釋', '注释', '備註', '备注', '按', '編按', '编按', '編者按', '编者按', '來源', '来源', '出處', '出处', '時間', '时间', '日期',
    '地點', '地点', '標題', '标题', '鏈接', '链接', '連結', '連接', '网址', '網址', '原文', '原題', '原题', '提示', '聲明', '声明', '特別聲明', '特别声明',
    '免責聲明', '免责声明', '關鍵詞', '关键词', '關鍵字', '关键字', '摘要', '字幕', '翻譯', '翻译', '譯者', '译者', '整理', '編輯', '编辑', '責任編輯',
    '责任编辑', '作者', '文', '圖', '图', '攝影', '摄影', '校對', '校对', '審校', '审校', '發佈', '发布', '更新', '導語', '导语', '簡介', '简介',
    '嘉賓', '嘉宾', '時長', '时长', '註記', '注記', '備考', '出典', '日時', '場所', '参考', '編集', '翻訳', '要約',
    '主旨', '說明', '说明', '受文者', '決定事項', '决定事项', '決議', '决议', '附件', '事由', '出席者', '列席者', '記錄', '记录', '案由',
    // An Aozora Bunko colophon: the edition the text was typed from, its first printing, who typed and proofread it.
    '底本', '底本の親本', '親本', '初出', '入力', '校正', '点検', '青空文庫作成ファイル',
  ].map((w) => w.toLowerCase()),
);

/** Header words that also label the guest's turns in an interview write-up. */
const GUEST_WORDS = new Set(['嘉宾', '嘉賓']);
/** What a guest says, not a list of names: a sentence's worth of text with its punctuation. */
const GUEST_SPEECH = /^(?=.{8,})[^]*[，。！？；,.!?;]/u;

/** Opening of the closing credits or disclaimer of a transcript page. */
export const CREDITS_LINE =
  /^(?:(?:本(?:集|期|篇|文|場|场))?(?:逐字稿|文字稿|文字實錄|文字实录|字幕)(?:由|經|经|整理|製作|制作)|©|\(c\)\s|copyright\b|all rights reserved|transcri(?:bed|pt(?:ion)?) (?:by|provided|powered|generated|produced|edited)|this transcript (?:was|has been|is)|底本[：:]|特別聲明|特别声明|免責聲明|免责声明|聲明\s*[:：]|声明\s*[:：]|版權|版权|本文(?:轉載|转载|來源|来源)|(?:責任編輯|责任编辑)\s*[:：]|notice\s*:|disclaimer\s*:)/iu;

/** `Dave (host)` → `Dave`: what a name looks like without its parenthetical remark. */
export function withoutRemark(name: string): string {
  return name.replace(/\s*[(（][^()（）]*[)）]\s*/gu, ' ').trim();
}

/**
 * True for what is never anyone's name, however it is written: a time stamp or a number, a URL or a
 * domain, a parenthesised aside (`(laughs)`, `（笑）`), a question mark.
 */
export function isNeverAName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed === '' || /^[?？]+$/u.test(trimmed)) return true;
  // `00:12:03`, `12`, `0.00 --> 4.20` (a Whisper segment's stamp), `3.5 s`.
  if (/^[\d\s.:,'’\-–—>]+$/u.test(trimmed) || /^\d+(?:[.,]\d+)?\s*(?:s|ms|sec|min)$/iu.test(trimmed)) return true;
  if (/^[(（\[【]/u.test(trimmed)) return true;
  // `Q&A`: a section, not a person.
  if (/^Q ?& ?A$/iu.test(trimmed)) return true;
  // `Lucas Lucas Lucas Lucas`: a speech recogniser stuck on a word.
  if (/^(\S+)(?:\s+\1){2,}$/iu.test(trimmed)) return true;
  // `DIE GRÜNEN)`: the end of a label wrapped onto a second line.
  if ((trimmed.match(/[(（]/gu)?.length ?? 0) !== (trimmed.match(/[)）]/gu)?.length ?? 0)) return true;
  // `1.工作小組報告`, `2、結論`: a numbered item of a list or an agenda.
  if (/^\d{1,3}[.、．)）](?!\d)/u.test(trimmed)) return true;
  if (/\/\//u.test(trimmed) || URL_ONLY.test(trimmed) || DOMAIN.test(trimmed) || /^www\./iu.test(trimmed)) return true;
  return false;
}

/** The seconds a time stamp at the start of `text` stands for, and its length with the spaces after it. */
export function readStamp(text: string): { time: number; length: number } | undefined {
  const match = STAMP.exec(text);
  if (!match) return undefined;
  // `[12.3s]`: WhisperX scripts write seconds.
  const time = match[4] !== undefined ? Number(match[4]) : parseTimestamp(match[1] ?? match[2] ?? match[3]!);
  return time === undefined ? undefined : { time, length: match[0].length };
}

/** True when `name` reads as a person's (or role's) name rather than the start of a sentence. */
export function looksLikeName(name: string, maxLength = MAX_NAME_LENGTH): boolean {
  // A remark in parentheses (`(BÜNDNIS 90/DIE GRÜNEN)`, `(host)`) does not make a name too long.
  if (name.length === 0 || withoutRemark(name).length > maxLength || name.length > maxLength * 2) return false;
  if (isNeverAName(name)) return false;
  const bare = withoutRemark(name);
  if (bare === '' || SENTENCE_PUNCTUATION.test(bare)) return false;
  if (/^[\d\s.:,'’-]+$/u.test(bare)) return false;
  if (/\/\//u.test(bare)) return false;
  if (CJK_LETTER.test(bare)) {
    const wide = bare.replace(/[A-Za-z0-9\s·・.]/gu, '');
    if (wide.length > 12) return false;
    if (wide.length >= 2 && SAYING.test(bare)) return false;
    if (CLAUSE_EDGES.test(bare)) return false;
    if (CLAUSE_CHARACTERS.test(bare) && !/^(?:主持人|我們|我们)$/u.test(bare)) return false;
    return true;
  }
  const words = bare.split(/\s+/u);
  if (words.length > 5) return false;
  if (URL_SCHEME.test(bare)) return false;
  for (const [index, word] of words.entries()) {
    if (/^\d+$/u.test(word)) continue;
    if (/^\p{Lu}/u.test(word)) continue;
    // Arabic, Hebrew, Devanagari, Thai…: scripts without capitals, where a name is any short run of words.
    if (CASELESS_WORD.test(word) && words.length <= 3) continue;
    if (index > 0 && PARTICLES.has(word.toLowerCase())) continue;
    if (index > 0 && ROLE_WORDS.has(word.toLowerCase()) && words.length <= 3) continue;
    // `dave:` in chat logs: a single lower-case word is a handle, not a sentence.
    if (words.length === 1 && /^[\p{Ll}\d_.-]{2,20}$/u.test(word) && !STOP_STARTS.has(word)) continue;
    return false;
  }
  return true;
}

/** A word in a script without capitals (CJK, whose labels are read above, aside): letters with their marks. */
const CASELESS_WORD = /^\p{Lo}[\p{Lo}\p{M}\p{Nd}'’.-]*$/u;

/** Lower-case words that start sentences (`so: …`, `because: …`) and are never handles. */
const STOP_STARTS = new Set(['so', 'but', 'and', 'because', 'then', 'well', 'yes', 'no', 'now', 'here', 'there', 'this', 'that', 'it', 'i', 'we', 'you', 'they', 'he', 'she', 'also', 'plus', 'anyway', 'basically', 'actually', 'answer', 'question', 'result', 'results', 'step', 'steps', 'tip', 'hint', 'reason', 'problem', 'solution', 'goal', 'idea', 'lesson', 'rule', 'fact', 'truth', 'point', 'bottom line', 'update', 'edit', 'fyi', 'btw', 'http', 'https']);

/**
 * Reads `Name: text` at the start of a (trimmed) line. Returns undefined when the line does not start
 * with a label at all, or with one that is a URL, a time or a clause rather than a name.
 */
export function readLabel(line: string, maxLength = MAX_NAME_LENGTH): Label | undefined {
  const section = sectionLabel(line, maxLength);
  if (section) return section;
  const timed = TIMED_LABEL.exec(line);
  if (timed) {
    const name = timed[1]!.trim();
    const time = parseTimestamp(timed[2] ?? timed[3]!);
    if (time !== undefined && looksLikeName(name, maxLength)) return { kind: 'speaker', name, textStart: timed[0].length, text: line.slice(timed[0].length), time };
  }
  const match = LABEL.exec(line);
  if (!match) return undefined;
  const name = match[1]!.trim();
  const textStart = match[0].length;
  const text = line.slice(textStart);
  const afterColon = line.slice(match[1]!.length + match[2]!.length + 1);
  if (afterColon.startsWith('//')) return undefined;
  // `12:03`, `1:02:03`, `ratio 3:1`, `John 3:16`: a number on both sides of the colon.
  if (/\d$/u.test(name) && /^\d/u.test(afterColon)) return undefined;
  // `時　　間`: official records space out short field names; they are read as written elsewhere.
  const lower = (CJK_LETTER.test(name) ? name.replace(/[ \t\u3000]+/gu, '') : name).toLowerCase();
  if (TOPIC_WORDS.test(name)) return { kind: 'topic', name, textStart, text };
  // `嘉宾：张三、李四` in a page's header lists the guests; `嘉宾：不会，因为……` is the guest speaking.
  const guestSpeaks = GUEST_WORDS.has(lower) && GUEST_SPEECH.test(text);
  if (!guestSpeaks && (META_WORDS.has(lower) || META_WORDS.has(lower.replace(/[.\s]+$/u, '')))) return { kind: 'meta', name, textStart, text };
  if (META_NUMBERED.test(name) || (META_SUFFIX.test(name) && name.length > 2)) return { kind: 'meta', name, textStart, text };
  // The document's text is read into the record by whoever has the floor: it goes on their turn.
  if (DOCUMENT_SUFFIX.test(withoutRemark(name))) return undefined;
  // `Podcast: https://…`: a label whose text is only an address says where, not what was said.
  if (!looksLikeName(name, maxLength) && !(text.trim() === '' && isNameWithRole(name, maxLength))) return undefined;
  // `habe:` alone on a line is a hard-wrapped sentence's last word, not a chat handle.
  if (text.trim() === '' && /^[\p{Ll}\d_.-]+$/u.test(name)) return undefined;
  if (URL_ONLY.test(text.trim())) return { kind: 'meta', name, textStart, text };
  const stamp = readStamp(text);
  if (stamp) return { kind: 'speaker', name, textStart: textStart + stamp.length, text: text.slice(stamp.length), time: stamp.time };
  return { kind: 'speaker', name, textStart, text };
}

/**
 * `Dr. Angela Merkel, Bundeskanzlerin:` alone on a line, as parliaments' and press offices' records
 * head a speech: a name, a comma, a role. Only for a bare label, where a sentence rarely stands.
 */
function isNameWithRole(name: string, maxLength: number): boolean {
  const parts = name.split(/,[ \t]+/u);
  return name.length <= maxLength * 2 && parts.length === 2 && parts.every((part) => looksLikeName(part, maxLength));
}

/**
 * `PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR`, `JOSÉ ROSAS AISPURO, GOBERNADOR DE DURANGO`: a line in
 * capitals alone, as stenographic versions and hearings head each speaker's part. The name it would
 * be, or undefined; whether such lines are labels is for the whole file to say (they must recur).
 */
export function shoutedName(line: string): string | undefined {
  const text = line.trim();
  if (text.length < 2 || text.length > 160 || /\p{Ll}/u.test(text) || !/^\p{Lu}/u.test(text) || isNeverAName(text)) return undefined;
  if (!/^[\p{Lu}\p{M}\d \t.,'’()\-\/&]+$/u.test(text) || (text.match(/\p{Lu}/gu)?.length ?? 0) < 2) return undefined;
  if (text.split(/\s+/u).length > 24 || /[.]$/u.test(text) && !/\b\p{Lu}\.$/u.test(text)) return undefined;
  return text;
}

/** `(第一題：為什麼寫作？)`: a section title in parentheses, as dialogue pages mark their parts. */
function sectionLabel(line: string, maxLength: number): Label | undefined {
  const match = /^([(（][ \t\u3000]*)(.+?)[ \t\u3000]*[)）]$/u.exec(line);
  if (!match) return undefined;
  const inner = LABEL.exec(match[2]!);
  if (!inner || !TOPIC_WORDS.test(inner[1]!.trim()) || inner[1]!.length > maxLength) return undefined;
  const textStart = match[1]!.length + inner[0].length;
  return { kind: 'topic', name: inner[1]!.trim(), textStart, text: match[2]!.slice(inner[0].length) };
}

/** `一平　text`: a short name, an ideographic space, what was said (Japanese print's dialogue line). */
const DIALOGUE_LINE = /^([^\s:：()（）\[\]［］「」〈〉]{1,6})\u3000+(?=\S)/u;
/** `〈司会〉text`, `（浅沼委員長ふたたび）text` or the label alone: a name in brackets opening the line. */
const BRACKET_LABEL = /^(?:〈([^〈〉\n]{1,20})〉|[（(]([^（）()\n]{1,20})[）)])[ \t\u3000]*/u;
/** `（Name ふたたび）`: the name again, as a stage note says it. */
const AGAIN = /[ \t\u3000]*(?:ふたたび|再び)$/u;
/** Stage notes and a legend's `（例）` that open lines in brackets, never a speaker. */
const STAGE_WORDS = /^(?:笑|笑い|爆笑|苦笑|微笑|拍手|拍手起る|間|沈黙|一同|場内騒然|騒然|中略|前略|後略|略|例|注|註|続く|つづく|完|終|了|以下略|同|上|中|下)$/u;
/** `（一）`, `（第二章）`, `（大正十五年五月）`: a section's number or a date in brackets. */
const NUMBERED = /^第?[0-9０-９一二三四五六七八九十百千〇零]+(?:章|節|回|部|篇)?$|[0-9０-９一二三四五六七八九十〇元]+[年月日]/u;

/**
 * Reads `Name　text`, a dialogue line as Japanese print sets it; whether the file is written that
 * way (its names recur) is the reader's to judge.
 */
export function readDialogueLine(line: string): Label | undefined {
  const match = DIALOGUE_LINE.exec(line);
  if (!match || !CJK_LETTER.test(match[1]!) || !looksLikeName(match[1]!)) return undefined;
  return { kind: 'speaker', name: match[1]!, textStart: match[0].length, text: line.slice(match[0].length) };
}

/**
 * Reads `〈Name〉` or `（Name）` opening a line (alone, or before what they said), the way Japanese
 * records mark who speaks; an aside (`（拍手）`, `（笑）`), a number or a date is never one. Whether
 * the file uses them as labels is the reader's to judge.
 */
export function readBracketLabel(line: string): Label | undefined {
  const match = BRACKET_LABEL.exec(line);
  if (!match) return undefined;
  const written = (match[1] ?? match[2]!).trim();
  const name = written.replace(AGAIN, '');
  if (!CJK_LETTER.test(name) || STAGE_WORDS.test(name) || NUMBERED.test(name) || !looksLikeName(name, 12)) return undefined;
  return { kind: 'speaker', name, textStart: match[0].length, text: line.slice(match[0].length), ...(name !== written ? { resumes: true } : {}) };
}

const ASKER = /^(?:问|問|提问|提問|Q|Question|记者|記者|主持人|主持|Host|Interviewer|Moderator|MC|聞き手|司会|インタビュアー)$/iu;
const ANSWERER = /^(?:答|回答|A|Answer|受访者|受訪者|嘉宾|嘉賓|Interviewee|回答者)$/iu;

/** The part a Q&A role label plays: `问`, `Q`, `主持人` ask (hosts), `答`, `A` answer (featured). */
export function qaKind(name: string): 'host' | 'featured' | undefined {
  if (ASKER.test(name)) return 'host';
  if (ANSWERER.test(name)) return 'featured';
  return undefined;
}

/** True when a line is only a speaker label with nothing after it (`Dave:` above a paragraph). */
export function isBareLabel(label: Label): boolean {
  return label.text.trim() === '';
}
