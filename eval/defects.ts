import { countIn, HAN_OR_KANA, KANA } from '../src/pipeline/text/cjk.ts';
import { comparable, simplified } from './normalise.ts';

/*
 * What makes a slide quote bad without anyone reading it (shared/QUOTES.md, "bad"): a fragment,
 * stamps or markup, disfluency, a question, small talk or meta-talk, the wrong omission mark.
 * Each detector looks at the quote as the slide shows it. They are deliberately plain patterns:
 * a count to watch across runs, not a verdict on one quote.
 */

export const DEFECT_KINDS = ['fragment-start', 'fragment-end', 'markup', 'repeated-word', 'question', 'greeting', 'omission-mark'] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

const LATIN = /\p{Script=Latin}/gu;

/** Chinese or Japanese text (a Latin term or two inside it does not change that); else Latin-script. */
export function isCjkText(text: string): boolean {
  const cjk = countIn(text, HAN_OR_KANA);
  return cjk > 0 && cjk * 4 >= (text.match(LATIN)?.length ?? 0);
}

const OPENERS = /^[\s"'“‘«「『(（[]+/u;
const CLOSERS = /[\s"'”’»」』)）\]]+$/u;
const MARKED_CUT_START = /^(?:…|\.{3})/u;
const MARKED_CUT_END = /(?:…|\.{3})$/u;

const CONTINUATION_LATIN = /^(?:and|but|or|nor|so|because|cause|which|then|plus)\b/iu;
// On the Simplified copy; Japanese connectives too.
const CONTINUATION_CJK = /^(?:但是|但|所以|因为|而且|然后|并且|或者|而是|不过|可是|那么|于是|因此|でも|だから|それで|そして|しかし|なので)/u;

function fragmentStart(text: string): boolean {
  const start = text.replace(OPENERS, '');
  if (MARKED_CUT_START.test(start)) return false;
  // In Chinese or Japanese a lower-case Latin start is a name from code (`conn.Write 方法…`, `qrpc内部…`), not a cut.
  return (/^\p{Ll}/u.test(start) && !isCjkText(start)) || CONTINUATION_LATIN.test(start) || CONTINUATION_CJK.test(simplified(start));
}

const SOUND_CUE = /[(（]\s*(?:laughs?|laughing|laughter|inaudible|crosstalk|applause|music|silence|笑|大笑|笑声|掌声|鼓掌|听不清|拍手|笑い|拍手喝采)\s*[)）]/iu;
const TRAILING_SOUND_CUE = new RegExp(`${SOUND_CUE.source}\\s*$`, 'iu');

function fragmentEnd(text: string): boolean {
  // A sentence followed by a sound cue, `…のであります。（拍手）`, ends; the cue is markup.
  const end = text.replace(TRAILING_SOUND_CUE, '').replace(CLOSERS, '');
  return !/[.!?。！？…]$/u.test(end) && !MARKED_CUT_END.test(end);
}

const MARKUP = [
  /\[[^\]]*\]|［[^］]*］/u, // [12:03], [inaudible], [laughter], [Speaker 1]; Aozora Bunko's ［＃…］ notes
  /\p{Script=Han}《[\p{Script=Hiragana}\p{Script=Katakana}ー]+》/u, // Aozora Bunko's ruby, 依然《いぜん》 (a Chinese 《书名》 is no markup)
  /\b\d{1,2}:\d{2}:\d{2}\b/u, // 00:12:03
  /\b\d{1,2}:\d{2}[.,]\d{2,3}\b/u, // 00:12.000
  /-->/u,
  /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/iu, // <b>, <v Ada>, </i>
  /\*\*/u,
  /\*[^*\s](?:[^*]*[^*\s])?\*/u, // *laughs*
  SOUND_CUE,
  /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/iu, // an entity left unread
  /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./iu, // an address: nothing to read out
];

const REPEATED_WORD = /(?<![\p{L}\p{N}'])([\p{L}\p{N}']+)\s+\1(?![\p{L}\p{N}'])/iu;
// Chinese writes no spaces: a word of two to four characters said twice in a row (我们我们). Not across
// a comma: `处理，处理完` picks up the last word on purpose.
const REPEATED_HAN = /(\p{Script=Han}{2,4})\s?\1/u;

const GREETINGS = [
  /\bthanks? (?:you )?for having (?:me|us)\b/u,
  /\bthank you (?:so|very) much\b|\bthanks so much\b|\bthank you all\b/u,
  /\bwelcome (?:to the (?:show|podcast|program|programme|episode)|back|everyone|everybody)\b/u,
  /\b(?:hello|hi|hey),? (?:everyone|everybody|folks|all)\b/u,
  /\bgood (?:morning|afternoon|evening)\b/u,
  /\bgreat to be here\b|\bnice to meet you\b|\bcan you hear me\b/u,
  /\bsubscrib/u,
  /\blink in the\b/u,
  /\bsponsor/u,
  /\bpatreon\b|\bbrought to you by\b|\baffiliate link|\b(?:promo|discount) code\b|\bshout ?outs?\b/u,
  /\b(?:this|next|last) episode\b|\bnext week on\b/u,
  /大家好|谢谢|感谢|(?<!受)欢迎|订阅|点赞|赞助|点击链接|链接在|简介里的链接|本期节目|下期|听得到吗|听得见吗/u,
  /ありがとう|こんにちは|よろしくお願い/u,
];

// Japanese marks an omission with one `…` (kana tell it from Chinese), as Latin-script text does; Chinese with `……`.
function wrongOmissionMark(text: string): boolean {
  const chinese = isCjkText(text) && !KANA.test(text);
  return chinese ? /(?<!…)…(?!…)/u.test(text) : /……/u.test(text);
}

/** The defects a slide quote has, in {@link DEFECT_KINDS} order. */
export function defectsOf(text: string): DefectKind[] {
  const folded = comparable(text);
  const found: Record<DefectKind, boolean> = {
    'fragment-start': fragmentStart(text),
    'fragment-end': fragmentEnd(text),
    markup: MARKUP.some((pattern) => pattern.test(text)),
    'repeated-word': REPEATED_WORD.test(text) || REPEATED_HAN.test(simplified(text.normalize('NFKC'))),
    question: /[?？]$/u.test(text.replace(CLOSERS, '')),
    greeting: GREETINGS.some((pattern) => pattern.test(folded)),
    'omission-mark': wrongOmissionMark(text),
  };
  return DEFECT_KINDS.filter((kind) => found[kind]);
}
