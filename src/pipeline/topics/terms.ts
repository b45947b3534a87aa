/*
 * Content words of a paragraph, for telling topics apart: Chinese and Japanese cut into words by
 * `Intl.Segmenter`, Latin words lower-cased and folded to a rough singular, stop words and fillers
 * left out. A term keeps the way it was most often written, for titles.
 */

import { HAN, KANA } from '../text/cjk.ts';
import { wordSegments, type WordSegment } from '../text/segment-words.ts';

export interface Term {
  /** The key terms are compared by: `battery`, `电池`. */
  key: string;
  /** As written in the text: `batteries`, `電池`. */
  surface: string;
  /** A single Chinese character (`书`, `纸`): counts for cohesion, too vague for a title. */
  weak?: boolean;
}

/** Single characters that carry no topic: particles, pronouns, common verbs and measure words. */
export const SINGLE_STOP = new Set(
  [...'的了是在我你他她它们們这這那就也都和与與或而但很还還又再把被让讓给給对對向从從到为為以于於之其所着著过過吗嗎呢吧啊呀哦嗯个個些一不没沒有要会會能可说說想看做去来來上下中里裡外大小多少好么麼什怎样樣如果因并並已经經得地只才更最太真当當每各某另此该該被比跟同等及即便则則却卻很挺非就将將于年月日天次点點种種件位本张張条條块塊句话話事人家时時候后後前里面边邊方法自己然而且吧嘛啦哈呃欸嘿喔哎唉']
);


const ONLY_HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;
const LATIN_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u;

export const ENGLISH_STOP = new Set(
  (
    "a about above across actually after again against ago ah ahead all almost along already also although always am among an and another any anybody anyone anything anyway anyways " +
    'are around as ask asked asking at away back basically be became because become been before began being believe below best better between big bit both but by ' +
    "came can can't cannot certainly come comes coming could couldn't course did didn't different do does doesn't doing don't done down during each either else end enough even " +
    'ever every everybody everyone everything exactly fact far feel felt few find first for found from fully further gave get gets getting give given gives giving go goes going gone gonna ' +
    "good got gotta great guess had hadn't happen happened happens has hasn't have haven't having he he'd he'll he's hear heard her here here's hers herself hey hi him himself his " +
    "honestly hope how however huh i i'd i'll i'm i've idea if important in indeed instead into is isn't it it's its itself just keep kind knew know known knows last later least " +
    "less let let's like likely little long look looked looking looks lot lots made make makes making many may maybe me mean means meant might mine minute more most mostly " +
    "much must my myself need needed needs never new next nice no nobody none nor not nothing now obviously of off often oh ok okay old on once one ones only onto or other others " +
    "our ours ourselves out over own part particular people perhaps place point points pretty probably put quite rather re really right said same saw say saying says see seem seemed " +
    "seems seen several she she's should shouldn't show side since so some somebody someone something sometimes somewhat sort start started still stuff such sure take taken takes " +
    "talk talked talking tell telling tells than thank thanks that that's the their theirs them themselves then there there's these they they'd they'll they're they've thing things " +
    "think thinking thinks this those though thought three through time times to today together told too took toward towards true truly try trying turn two uh um under understand " +
    "until up upon us use used using usually very via want wanted wants was wasn't way ways we we'd we'll we're we've well went were weren't what what's whatever when where " +
    "whether which while who who's whole whom whose why will with within without won't wonder word words work worked would wouldn't wow yeah year years yes yet you you'd you'll " +
    "you're you've your yours yourself yourselves able ask bad call called case cases day days different doing example far getting happen hard high kinds large level lot man matter " +
    'moment number others piece real second seeing set show small stay thing today top whatnot question questions answer answers okay alright mm hmm mhm yep nope gotcha sorts finally fair'
  ).split(/\s+/u),
);

export const CHINESE_STOP = new Set(
  (
    '我們 我们 你們 你们 他們 他们 她們 她们 它們 它们 咱們 咱们 大家 自己 這個 这个 那個 那个 這些 这些 那些 這樣 这样 那樣 那样 這種 这种 那種 那种 這麼 这么 那麼 那么 ' +
    '就是 然後 然后 因為 因为 所以 但是 可是 不過 不过 而且 或者 還是 还是 如果 雖然 虽然 其實 其实 可能 覺得 觉得 認為 认为 什麼 什么 怎麼 怎么 為什麼 为什么 ' +
    '一個 一个 一些 一樣 一样 一下 一點 一点 一直 一定 沒有 没有 已經 已经 現在 现在 時候 时候 很多 非常 比較 比较 比如 比方 對於 对于 關於 关于 的話 的话 ' +
    '東西 东西 事情 問題 问题 今天 還有 还有 不是 知道 可以 需要 應該 应该 真的 其他 所有 以及 有點 有点 有些 這裡 这里 那裡 那里 這邊 这边 那邊 那边 ' +
    '時間 时间 方面 部分 情況 情况 地方 出來 出来 起來 起来 下來 下来 進行 进行 來說 来说 來講 来讲 就說 就说 而是 只是 也是 都是 就會 就会 會有 会有 ' +
    '很大 特別 特别 尤其 其中 之前 之後 之后 以後 以后 以前 當時 当时 當然 当然 對吧 对吧 是不是 有沒有 有没有 這次 这次 那時 那时 首先 最後 最后 ' +
    '剛才 刚才 主要 基本 基本上 然而 同時 同时 以及 或是 例如 包括 通過 通过 作為 作为 成為 成为 之間 之间 方式 開始 开始 看到 說是 说是 來看 来看 ' +
    '今年 去年 明年 這一 这一 那一 一種 一种 每個 每个 各種 各种 很好 不會 不会 不能 能夠 能够 一起 他說 他说 我說 我说 講話 讲话 講講 讲讲 聊聊 謝謝 谢谢 ' +
    '歡迎 欢迎 好的 對的 对的 是的 嗯嗯 哈哈 這是 这是 那是 我覺 我觉 的時 的时 發現 发现 希望 感覺 感觉 看看 想法 方向 角度 意思 過程 过程 情形 ' +
    'する します した して いる います いた ある あります これ それ あれ どれ ここ そこ こと もの ため よう から まで です でした ます ません そう ちょっと やっぱり ' +
    '本当 今日 私たち 僕ら 皆さん みなさん 自分 感じ 場合 時間 ところ みたい という といった など なる なり なって できる でき 思い 思う 思います 言う 言っ'
  ).split(/\s+/u),
);

/** A rough singular: `batteries` → `battery`, `boxes` → `box`, `cells` → `cell`. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ches|shes|sses|xes|zes)$/u.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ics)$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** Runs of Chinese or Japanese writing, and Latin (or other alphabetic) words. */
const RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+|[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/giu;

/** The content terms of a text, in order. */
export function contentTerms(text: string): Term[] {
  const terms: Term[] = [];
  // An address is not a word of the talk: `https`, `twitter` and `com` would make a title. Blanked
  // to spaces of the same length, so offsets stay those of the text.
  const words = text.replace(URL_LIKE, (url) => ' '.repeat(url.length));
  const wide = wideWords(text);
  for (const run of words.matchAll(RUNS)) {
    const chunk = run[0];
    if (HAN.test(chunk) || KANA.test(chunk)) {
      // Only Chinese and Japanese need a dictionary to find where words end.
      for (const word of wide(run.index, run.index + chunk.length)) wideTerm(word, terms);
    } else latinTerm(chunk, terms);
  }
  return terms;
}

/**
 * The dictionary words of a text, asked for run by run in order (`from` never goes back). The text
 * is segmented whole, once (remembered: titles, topic boundaries and key terms read the same
 * paragraphs); a space or a mark between two runs is a word boundary for ICU as much as a cut.
 */
function wideWords(text: string): (from: number, to: number) => string[] {
  let segments: readonly WordSegment[] | undefined;
  let next = 0;
  return (from, to) => {
    segments ??= wordSegments(text, KANA.test(text) ? 'ja' : 'zh');
    const out: string[] = [];
    while (next < segments.length && segments[next]!.index < to) {
      const segment = segments[next]!;
      const end = segment.index + segment.segment.length;
      // A word never reaches outside its run (into a URL, a digit or a Latin word).
      const start = Math.max(segment.index, from);
      if (segment.isWordLike && Math.min(end, to) > start) out.push(text.slice(start, Math.min(end, to)));
      if (end > to) break;
      next++;
    }
    return out;
  };
}

function wideTerm(word: string, terms: Term[]): void {
  if (ONLY_HIRAGANA.test(word) || CHINESE_STOP.has(word) || /^[\p{N}]+$/u.test(word)) return;
  if (word.length === 1) {
    if (HAN.test(word) && !SINGLE_STOP.has(word)) terms.push({ key: word, surface: word, weak: true });
    return;
  }
  terms.push({ key: word, surface: word });
}

function latinTerm(raw: string, terms: Term[]): void {
  const word = raw.replace(/[-'’]+$/u, '');
  if (!LATIN_WORD.test(word)) return;
  const lower = word.toLowerCase().replace(/’/gu, "'");
  if (lower.length < 3 || ENGLISH_STOP.has(lower) || ENGLISH_STOP.has(lower.replace(/'s$/u, ''))) return;
  const key = singular(lower.replace(/'s$/u, ''));
  if (ENGLISH_STOP.has(key)) return;
  terms.push({ key, surface: word.replace(/['’]s$/u, '') });
}

/** The term keys of people's names: `Shreyas` in `Shreyas, tell us…` is no key term of a topic. */
export function nameTerms(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const term of contentTerms(name)) words.add(term.key);
  return words;
}
