/*
 * Content words for ranking. Chinese is segmented with the ICU dictionary that Node ships
 * (`Intl.Segmenter`, locale zh, granularity word): no package, no start-up cost worth naming, and
 * the same result at build time and in tests. Compared on the seed with jieba-wasm@2.4.0 and
 * segmentit@2.0.3 (figures in __fixtures__/segmentation-gold.ts), it splits a few terms the dictionaries
 * know (`腾|讯`, `范|式`, `重|塑`); runs of single characters that are not function words are joined
 * back (`腾讯`, `范式`, `重塑`), which brings it close to jieba on the words that matter for ranking.
 * Stop words and interview fillers are dropped; Latin words are lower-cased.
 */

import { firstIndexWhere } from '../../shared/sorted-search.ts';
import { HAN } from '../text/cjk.ts';
import { clearSegmentMemo, wordSegments } from '../text/segment-words.ts';
import { TextMemo } from '../text/text-memo.ts';

function words(text: string): Iterable<{ segment: string; index: number; isWordLike: boolean }> {
  return wordSegments(text, 'zh');
}

// Single characters that are words of their own (particles, pronouns, measure words, adverbs,
// prepositions): a run of other single characters is one word the dictionary did not know.
const FUNCTION_CHAR = new Set(
  '的了是在和与或也都就还又很更最不没有我你他她它这那个一二两三四五六七八九十几每些把被让给对从向往跟比而但会能要可去来到说上下里中前后吗呢吧啊呀哦嗯着过得地之其所为以及等各该此做用看想讲问如若则即便再才只并已曾将很太真挺蛮么啥谁哪怎'.split(''),
);

/** Stop words and fillers (Simplified), dropped before ranking. */
const STOP_HAN = new Set(
  `的 了 是 在 和 与 或 也 都 就 还 又 很 更 最 不 没 有 我 你 他 她 它 我们 你们 他们 她们 它们 咱们 大家 自己 人家
  这 那 这个 那个 这些 那些 这样 那样 这么 那么 这种 那种 这儿 那儿 这里 那里 这边 那边 这块 哪 哪个 哪些 哪里
  个 一 一个 一些 一种 一下 一点 一点儿 一样 一起 一直 一定 两个 几个 每个 很多 许多 所有 各种 各种各样
  把 被 让 给 对 对于 关于 从 向 往 跟 比 而 但 但是 而且 并且 并 或者 还是 以及 及 等 等等 如果 因为 所以 所以说 因此 虽然 不过 然后 然而 而是
  会 能 能够 要 想 可以 可能 可能是 应该 需要 得 地 着 过 之 其 所 为 以 该 此 其中
  去 来 到 说 讲 看 做 用 上 下 里 中 前 后 时 时候 的话 来说 来讲 而言 方面 一方面 另一方面
  啊 呀 吗 呢 吧 哦 嗯 呃 哎 诶 欸 哈 嘛 啦 喔 对吧 是吧 好吧 对对 对 好 行 嗯嗯
  就是 就是说 其实 反正 然后 那么 比如 比如说 例如 包括 当然 确实 真的 可能 也许 大概 基本上 基本 实际上 事实上
  觉得 认为 感觉 知道 发现 看到 说是 叫 叫做 算 算是 像 像是 好像 似乎
  什么 什么样 怎么 怎么样 怎样 为什么 如何 多少 是不是 有没有 能不能 会不会 要不要
  东西 事情 事儿 问题 地方 情况 部分 方式 时间 现在 今天 当时 以前 之前 之后 以后 已经 正在 刚才 马上 一般 非常 特别 比较 稍微 有点 有些 还有 另外 其他 别的
  多 少 大 小 好 高 低 新 老 很大 很好 不是 没有 不会 不能 不要 不太 只是 只 再 才 又 也是 都是 就会 就要 还会`.split(/\s+/),
);

const STOP_LATIN = new Set(
  `a an the and or but if then else so as of to in on at by for with from into onto about over under than that this these those
  it its it's is are was were be been being am do does did done have has had having will would shall should can could may might must
  i me my mine we us our ours you your yours he him his she her hers they them their theirs one ones
  not no nor yes yeah ok okay well um uh er like just really very quite also too even still yet already
  what which who whom whose when where why how there here all any some many much more most other such own same
  only both each few every lot lots thing things kind sort something anything everything nothing
  get got gets go goes going gone say says said think thought know knew mean means make makes made
  i'm you're we're they're it's that's there's don't doesn't didn't can't won't isn't aren't wasn't`.split(/\s+/),
);

const HAN_RUN = new RegExp(`^(?:${HAN.source})+$`, 'u');
const HAS_HAN = HAN;
const DIGITS = /^[\p{N}.,%]+$/u;

/** A word of the text with where it is (offsets into the segmented string). */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** Word-like tokens of a Simplified text, unknown single-character runs joined. */
export function tokenize(simp: string): Token[] {
  const out: Token[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (run.length >= 2) out.push({ word: run.map((t) => t.word).join(''), start: run[0]!.start, end: run[run.length - 1]!.end });
    else out.push(...run);
    run = [];
  };
  for (const segment of words(simp)) {
    if (!segment.isWordLike) {
      flush();
      continue;
    }
    const token = { word: segment.segment, start: segment.index, end: segment.index + segment.segment.length };
    if (token.word.length === 1 && HAN_RUN.test(token.word) && !FUNCTION_CHAR.has(token.word)) {
      // Only runs of adjacent characters join (`腾` `讯`), never across a space or a mark.
      const last = run[run.length - 1];
      if (last && last.end !== token.start) flush();
      run.push(token);
    } else {
      flush();
      out.push(token);
    }
  }
  flush();
  return out;
}

/** Whether a word carries content (not a stop word, filler, lone digit or lone function character). */
export function isContentWord(word: string): boolean {
  if (DIGITS.test(word)) return false;
  if (HAS_HAN.test(word)) return !STOP_HAN.has(word) && !(word.length === 1 && FUNCTION_CHAR.has(word));
  const lower = word.toLowerCase();
  return lower.length > 1 && !STOP_LATIN.has(lower);
}

/**
 * Segmentation is the costly part of ranking (about a microsecond a character), and a dev server
 * re-runs the pipeline on the same paragraphs after every edit: remember them (see TextMemo).
 * The result depends on the text alone, so this changes no output.
 */
const memo = new TextMemo<Token[]>(2_000_000);

/** Content words of a Simplified text with their offsets, Latin ones lower-cased and crudely stemmed. */
export function contentTokens(simp: string): Token[] {
  return memo.get(simp, segmentContent);
}

/** Forgets remembered segmentations (for measuring the cold path). */
export function clearWordMemo(): void {
  memo.clear();
  clearSegmentMemo();
}

function segmentContent(simp: string): Token[] {
  const out: Token[] = [];
  for (const token of tokenize(simp)) {
    if (!isContentWord(token.word)) continue;
    out.push({ ...token, word: HAS_HAN.test(token.word) ? token.word : stem(token.word.toLowerCase()) });
  }
  return out;
}

/** Content words of a Simplified text, in order. */
export function contentWords(simp: string): string[] {
  return contentTokens(simp).map((t) => t.word);
}

/** The words of `tokens` (sorted by offset) that lie within `start`…`end`. */
export function wordsIn(tokens: readonly Token[], start: number, end: number): string[] {
  const low = firstIndexWhere(0, tokens.length, (i) => tokens[i]!.start >= start);
  const out: string[] = [];
  for (let i = low; i < tokens.length && tokens[i]!.end <= end; i++) out.push(tokens[i]!.word);
  return out;
}

/** Plural and verb endings off, so `models` meets `model` (English only; names keep their case elsewhere). */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
