/*
 * What makes a line quotable, and what rules it out. Patterns run on the Simplified copy, so they
 * only need Simplified forms; Latin patterns are case-insensitive unless they look for names.
 */

import { HAN_OR_KANA } from '../text/cjk.ts';
import { readEnglish } from './english.ts';
import { leansOnBefore } from './leans.ts';
import type { LengthBounds, ScriptKind } from './sentences.ts';

/** Why a unit can never be a quote. */
export type Rejection =
  | 'question'
  | 'small talk'
  // About the recording, the show or the event: plugs, sponsors, links, next week, screens, agenda.
  | 'meta-talk'
  | 'fragment'
  // Opens on a pronoun or a demonstrative whose meaning is on another slide (`he`, `that's why`, `他`, `这个`, `これは`).
  | 'needs context'
  | 'too short'
  | 'too long'
  | 'unreadable'
  | 'scrambled'
  // Holds a stamp, a sound cue or a label, or a repeated word, a false start, a hesitation.
  | 'markup'
  | 'disfluent'
  // Said by a host, or by someone who is not featured: listed by `quotes --all`, never on a slide.
  | 'host'
  | 'not featured';

const QUESTION_MARK = /[?？؟]/u;
// A final particle, or an A-not-A question in the last clause (`这是不是一种自主学习。`).
const QUESTION_END = /(?:[吗呢吧]|对吧|是吧|好吗|对不对|是不是)[。.!！]?["'”’」』)）]*$/u;
const A_NOT_A = /(?:是不是|有没有|能不能|会不会|要不要|可不可以|对不对|行不行|好不好|算不算)[^，,；;]*[。.!！]?$/u;
const QUESTION_LATIN = /^(?:who|what|when|where|why|how|is|are|do|does|did|can|could|would|will|should)\b[^.!]*$/iu;
// Japanese asks with a final `か` (`でしょうか`, `のかね`, `かい`, `だい`), the question to the floor is `请问`.
const QUESTION_JA = /(?:か|かね|かい|かな|かしら|のだい|んだい)[。．.]?["'”’」』)）]*$|^请问/u;
// A question put to someone by name (`Kathy, what was…?`): a host's prompt, even with the answer after it.
// …or a statement put to them by name (`Emma, you have experience…`, `All right, Sebastian, you are…`, `I'm curious, Brian,`).
const VOCATIVE_PROMPT = /^(?:(?:[Aa]ll right|[Aa]lright|[Oo]kay|OK|[Oo]k|[Ss]o|[Ww]ell|[Nn]ow),?\s+)?\p{Lu}\p{Ll}+,\s+(?:you|your)\b|^I'm (?:curious|wondering),?\s+\p{Lu}\p{Ll}+\b/u;
const VOCATIVE_QUESTION = /^\p{Lu}\p{Ll}+,\s+(?:what|how|why|where|when|who|which|do|does|did|can|could|would|is|are)\b[^.!?]*\?/u;
// Asked without a question mark: French `est-ce que`, an embedded `what's your…`, a host's prompt.
const QUESTION_LATIN_INSIDE =
  /^est-ce qu|\b(?:what|how|why|where|when|who|which)(?:'s| is| are| was| were| do| does| did| would| could| can| should)\s+(?:you|your|we|our)\b|\b(?:i (?:want|wanted|would like|'d like) to ask|(?:can|could) you (?:tell|explain|walk)|tell us (?:about|a (?:bit|little))|^(?:talk|tell me) (?:a (?:little )?bit )?about\b|^walk (?:us|me) through\b|(?:maybe )?we (?:could|can|should) talk (?:a (?:little )?bit )?about|the (?:last |next )?(?:question|thing i (?:want|wanted) to ask)(?: to| is)?\b)/iu;

// Greetings, thanks, apologies, and chat about daily life (`最近在忙…`, `挺好的`, food, weather, sleep).
const SMALL_TALK = /大家好|你好|您好|各位好|谢谢|多谢|感谢|不好意思|很高兴|非常高兴|欢迎|再见|早上好|下午好|晚上好|辛苦了|最近.{0,3}忙|挺好的|吃得|吃的|吃饭|天气|睡得/u;
const SMALL_TALK_LATIN = /\b(?:hello|(?:hi|hey) (?:everyone|everybody|folks|guys|all)|thank you|thanks|good (?:morning|afternoon|evening)|nice to (?:meet|be)|glad to be|happy to be|great to be|pleasure to be)\b/iu;

// Opens by saying who the speaker is (`I'm Falko Schindler.`, `我是姚顺雨，`): an introduction.
// A guest's biography read out (`Kyle Cranmer is an American physicist and professor at…`): an introduction.
const BIOGRAPHY = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'-]+){1,2} (?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,3}(?:physicist|professor|engineer|developer|researcher|scientist|founder|co-?founder|author|designer|consultant|maintainer|director|manager|lead|expert|entrepreneur|journalist|economist|analyst|ceo|cto)s?\b/u;
const SELF_INTRODUCTION = /^(?:(?:hi|hello|hey),?\s+)?(?:I'm|I am|my name is|this is)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s*[.,!]|\b[Mm]y name is\b|\b(?:I'm|I am|we're|we are|we both are) (?:one of )?the (?:co-?)?(?:creators?|founders?|authors?|maintainers?) of\b|\b(?:I'm|I am) an? [^.!?]{0,30}\bat a company called\b|^(?:大家好，?)?我(?:是|叫)\p{Script=Han}{2,4}[，,。]|ご紹介にあずかりました|紹介いただきました/u;

// Greetings and thanks in other Latin-script languages (a parliament's `Herr Präsident!` too).
const SMALL_TALK_OTHER = /\b(?:vielen dank|danke schön|herzlichen dank|guten (?:morgen|tag|abend)|herzlich willkommen|(?:meine )?(?:sehr )?(?:geehrten|verehrten) damen und herren|herr präsident|frau präsidentin|liebe kolleginnen|muchas gracias|buenos días|buenas (?:tardes|noches)|bienvenid[oa]s?|merci beaucoup|bonjour|bonsoir|bienvenue|mesdames et messieurs)\b/iu;
const SMALL_TALK_JA = /ありがとうございま|こんにちは|こんばんは|おはようございま|よろしくお願い|お疲れ様|ご清聴|はじめまして/u;

// Talk about the recording, the show or the event rather than the subject: what a presenter cuts.
const META_TALK_LATIN = new RegExp(
  [
    String.raw`\b(?:link|links)\b[^.!?]{0,30}\b(?:in|into|to) the (?:chat|description|show notes|notes|comments)\b`,
    String.raw`\b(?:post|drop|put|share)\b[^.!?]{0,20}\b(?:link|links|slides)\b`,
    String.raw`\bshow ?notes\b`,
    String.raw`\bsubscrib(?:e|ed|ing|ers?)\b`,
    String.raw`\bsponsor(?:s|ed|ing|ship)?\b|\bbrought to you by\b|\bour friends (?:at|over at)\b`,
    String.raw`\b(?:try|visit|check out|head over to|go to|sign up (?:at|for))\b[^.!?]{0,50}\b(?:today|for free|right now)\b|\btheir (?:service|product|platform) is\b|\bmakes it easy (?:for|to)\b`,
    String.raw`\bpromo(?:tion)? code\b|\bdiscount code\b|\bcoupon\b|\bfree trial\b|\bfor free by\b|\bpatreon\b`,
    String.raw`\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|fm|io|org|net|dev|ai|co)(?:\/\S*)?`,
    String.raw`\b(?:this|next|last|previous|today's|the next|an upcoming|a special|future|another) (?:episode|show|podcast|livestream|stream|webinar|session)(?: interview)?\b`,
    String.raw`\b(?:(?:super|so|really) )?(?:excited|thrilled|delighted|pleased|happy) to (?:introduce|welcome|have|be joined by)\b`,
    String.raw`\bnext (?:week|time|month)\b[^.!?]{0,40}\b(?:episode|show|guest|we(?:'ll| will| are going to|'re going to))\b`,
    String.raw`\b(?:wherever you get your podcasts|leave (?:us )?a review|rate (?:us|the show)|like and share|hit the bell)\b`,
    String.raw`\b(?:can|could) (?:everyone|everybody|you all|you) (?:see|hear) (?:my|the) (?:screen|slides?)\b|\bshare my screen\b|\b(?:you're|you are|i'm|i am) (?:on )?mute(?:d)?\b`,
    String.raw`\blet's (?:talk (?:a little )?(?:bit )?(?:more )?about|get started|dive in|jump in(?:to)?|move on|take a (?:quick )?break|see what)\b`,
    String.raw`\bbefore we (?:jump|dive|get|move|wrap|go)\b|\bwe'll (?:come back to|get to|come to) that\b|\b(?:final|last) call to action\b|\bto wrap (?:this|things) up\b`,
    String.raw`\b(?:welcome (?:back )?to|thanks for (?:listening|watching|tuning in|joining))\b`,
    // The audience of the recording, and the show's own shop.
    String.raw`\b(?:you're|you are) listening to\b|\bif you're (?:listening|watching)\b|\btoday on \p{Lu}|\bwin a copy\b|\bwe (?:post|publish|release) (?:new )?(?:podcasts|episodes|videos)\b|\bhang out with us\b|\bon (?:our )?discord\b|\bhours of\b[^.!?]{0,40}\bcourses\b`,
    String.raw`\b(?:shameless(?:ly)? plug|(?:i'll|let me|i will|i'm going to|i want to|i can) plug)\b|\b(?:leave|make|post|drop) (?:a |some |your )?comments?\b|\bgive me (?:some |a couple of )?(?:pointers|feedback|tips)\b`,
    // The session itself: its time, its agenda, who speaks next, the live chat.
    String.raw`\b(?:we're|we are) (?:about |almost |nearly )?(?:out of|running out of) time\b|\b(?:introduce|get to) (?:this|the|our) main topic\b|\bput a call out\b|\b(?:out there )?in the (?:live ?stream|chat) (?:says|asks|writes)\b|\bhand (?:that|it|this) (?:off|over) to\b|\bin my talk,? I'm going to\b|\bgive a talk in\b|\bI did a show\b`,
    String.raw`\b(?:people|folks|everyone|everybody|you) (?:will be |are |who are |who'll be )?(?:listening|watching) (?:in|to this|later|live)\b|\b(?:video )?courses? (?:over )?at\b|\bcatalogs? of\b[^.!?]{0,30}\bcourses\b`,
    // Intros and outros: the host, the guest, the show, the next one.
    String.raw`\b(?:this is your host|i'm your host|i am your host|my guests? (?:today|is|are)|joining (?:me|us) (?:today|now|here)|(?:is|are) here (?:today )?to (?:share|talk|tell|discuss)|episode (?:zero|one|\d+)|see you (?:next|soon|then|in the next|all)|our (?:new )?episodes?)\b`,
    // Plugs for a channel, a handle, a course.
    String.raw`\b(?:(?:follow|find|tag) (?:me|us|her|him|them) (?:on|at)|on (?:twitter|instagram|youtube|linkedin|tiktok)|(?:go |to )?check out (?:our|my|her|his|their)|affiliate|signing bonus)\b`,
    // Demo narration: what the audience sees on the screen, where to click.
    String.raw`\b(?:as you can see|you can see (?:that|here|there|the|my|this|it|how)|(?:i|you|we) can (?:just |actually |go |also )*click|if i click|(?:let me|i'll|i will|i'm going to|i am going to) show (?:you|you guys|everyone)|what you(?: would| will| can)? see (?:here|there|at|on|in)|(?:it's|it is|this is|that's) showing (?:you|us)|next slide|siguiente (?:diapositiva|lámina)|diapositive suivante|nächste folie|(?:at|on|in) the (?:bottom|top|left|right)(?:-hand side| hand side| side)?(?: here| there| corner| of (?:the|my|your) (?:screen|page|window))|on (?:the|my|your) screen|this (?:video|tutorial)|should (?:show|open|pop) (?:up|you))\b`,
    // A broadcast's hand-offs and a chair's procedure (French, Spanish, German).
    String.raw`\b(?:restez avec nous|à tout de suite|on en parle|abonnez-vous|vamos a empezar|nos vamos con|suscríbete|das wort hat|ich erteile|nächster redner|nächste rednerin)\b`,
  ].join('|'),
  'iu',
);
const META_TALK_HAN = /订阅|点赞|一键三连|关注我们|转发到朋友圈|赞助|本期|上期|下期|这期节目|本节目|节目最后|直播间|评论区|弹幕|公众号|二维码|扫码|听得到吗|听得见吗|看得到我|看得见我|共享屏幕|屏幕共享|分享屏幕|(?:分享|节目)就到这里|今天就到这里|进入正题|有请|回放|报名|群里|チャンネル登録|高評価|概要欄|次回|前回の|お楽しみに|番組|スポンサー|画面共有|聞こえますか|以上です|ご覧のように|ご覧ください|クリック|大家可以看到|我们可以看到这里|可以看到这里|如图|点击|点一下|报告院会|请问院会|无异议|宣读完毕|继续开会|现在休息|^现在(?:开始|进行|请|宣布|报告)|会议时程|议程草案|^请各位|领票|开票|投票完毕|截止投票|[迳径]付|[二三]读|^自?\d{1,2}时(?:\d{1,2}分)?至/u;

// Fillers of spoken English: three in one line make it disfluent (one or two only count against it).
const FILLERS_LATIN = /\byou know\b|\bI mean\b|\bkind of\b|\bsort of\b|\bbasically\b|,\s*like\b|\blike,/giu;

// Ends on a word that announces more to come (`一方面就是说。`): the sentence was cut off.
const DANGLING_END = /(?:就是说|比如说|一方面|另一方面|然后|因为|所以|但是|而且|或者|就是|包括|比如|以及|还有|首先|其次|第一|第二)[。.!！…]*$/u;
// …or on a word that cannot end an English sentence: a preposition, an article, a possessive, a
// relative pronoun (`June and David who work in our` is a caption cut where the cue ended).
const DANGLING_END_LATIN = /\b(?:and|or|but|because|so|the|a|an|of|to|with|like|for|that|in|on|at|by|from|into|onto|about|our|my|your|their|his|her|its|who|whose|which|where|whether|than|as|if)[.…]*$/iu;
// Speech opens on a word, a number or a quotation: a symbol (`｜：`, `／＼：`, a notation key) or a
// list number (`6. `) opens no sentence anyone said.
const OPENS_BADLY = /^(?:[，,、。；;：:）)\]」』”’]|[^\p{L}\p{N}\s「『“‘"'(（\[【《〈…—-])|^\d{1,2}[.．、]\s*(?!\d)/u;
// A short label, a colon, and a value with no clause or sentence mark after it.
const HEADER_FIELD = /^[^，,。！？!?；;：:]{1,8}[：:][^，,。！？!?；;：:]+$/u;
// Ends on a colon: it announces what it does not say.
const ANNOUNCES = /[:：]["'”’」』)）]*$/u;

// A subordinate clause left hanging when what follows it was cut (`如果 26 年我们有一个范式的发生……`).
const SUBORDINATE_TAIL = /(?:^|[，,；;：:])\s*(?:但是|但|那|所以|就是说)?\s*(?:比如说|比如|如果|假如|假设|要是|只要|除非|虽然|尽管|即使|因为|就像|当|if|when|because|although|unless|while|whether)[^，,；;：:]*$/iu;

/**
 * Why the unit cannot be a quote, or `undefined` when it can. `cutTail`: the sentence goes on after
 * it. `contentWordCount` undefined skips the substance check (for a quick first look).
 */
export function rejection(simp: string, length: number, script: ScriptKind, bounds: LengthBounds, contentWordCount?: number, cutTail = false): Rejection | undefined {
  const body = simp.trim();
  // A short question answered in the same breath sets up its answer: judge the answer.
  const answer = answerAfterQuestion(body);
  const asked = answer ?? body;
  const latin = LATIN_LETTER.test(body);
  if (QUESTION_MARK.test(asked) || QUESTION_END.test(asked) || A_NOT_A.test(asked) || QUESTION_JA.test(asked) || (script === 'latin' && QUESTION_LATIN.test(asked)) || (latin && (QUESTION_LATIN_INSIDE.test(asked) || VOCATIVE_QUESTION.test(body) || VOCATIVE_PROMPT.test(body)))) return 'question';
  if (SELF_INTRODUCTION.test(body) || (latin && BIOGRAPHY.test(body)) || SMALL_TALK.test(body) || SMALL_TALK_JA.test(body) || (latin && (SMALL_TALK_LATIN.test(body) || SMALL_TALK_OTHER.test(body)))) return 'small talk';
  if (META_TALK_HAN.test(body) || (latin && META_TALK_LATIN.test(body))) return 'meta-talk';
  if (latin && (body.match(FILLERS_LATIN)?.length ?? 0) >= 3) return 'disfluent';
  if (length > bounds.max) return 'too long';
  if (length < bounds.min) return 'too short';
  if (OPENS_BADLY.test(body) || ANNOUNCES.test(body) || DANGLING_END.test(body) || (script === 'latin' && DANGLING_END_LATIN.test(body)) || !balanced(body)) return 'fragment';
  // Chinese or Japanese with no punctuation at all and no sentence end: a heading, a table row, a source line.
  if (script === 'han' && !cutTail && !/[，,、；;：:。！？!?.…]/u.test(body.replace(/[「」『』（）()【】]/gu, ''))) return 'fragment';
  // A record's field (`時　　間：九十年十一月十五日下午二時三十分`, `協商代表：林豐喜　蔡煌瑯`): a label and its value, no sentence.
  if (script === 'han' && HEADER_FIELD.test(body)) return 'fragment';
  if (leansOnBefore(body)) return 'needs context';
  if ((cutTail && SUBORDINATE_TAIL.test(body)) || (contentWordCount !== undefined && contentWordCount < 3)) return 'fragment';
  return undefined;
}

// A Chinese or Japanese character, or a word of another script: what a line's length is counted in.
const WORD_OR_CHARACTER = new RegExp(`${HAN_OR_KANA.source}|\\p{L}[\\p{L}\\p{M}]*`, 'gu');

/** What follows the last question of a text when that is a statement of its own, else `undefined`. */
function answerAfterQuestion(body: string): string | undefined {
  const last = Math.max(body.lastIndexOf('?'), body.lastIndexOf('？'), body.lastIndexOf('؟'));
  if (last < 0) return undefined;
  const after = body.slice(last + 1).replace(/^["'”’」』)）\]]*/u, '').trim();
  return (after.match(WORD_OR_CHARACTER)?.length ?? 0) >= 4 ? after : undefined;
}

const OPENERS = '(（“「『[《';
const CLOSERS = ')）”」』]》';

function balanced(text: string): boolean {
  const depth = new Int32Array(OPENERS.length);
  for (const char of text) {
    const open = OPENERS.indexOf(char);
    if (open >= 0) depth[open]!++;
    else {
      const close = CLOSERS.indexOf(char);
      if (close >= 0) depth[close]!--;
    }
  }
  return depth.every((d) => d === 0);
}

const INTERROGATIVE = /什么|怎么|为什么|哪|谁|多少|到底|难道|是否|还是说|\b(?:how|what|why|which|who|whether)\b/iu;

/** A piece of a question sentence is still a question if it holds a question word. */
export function asksSomething(simp: string): boolean {
  return INTERROGATIVE.test(simp);
}

/** One reason a line reads well on a slide, with its weight. */
export interface Marker {
  name: string;
  weight: number;
  /** What matched, for `transcript-deck quotes`. */
  detail?: string;
}

// Markers come in two sets, Han (no case folding, fast) and Latin (case-insensitive, run only on text with Latin letters).
const CONTRAST = /但是|但|而是|而不是|而不像|而非|不是|不像|相反|反而|不再|却|然而|区别|分化|不一样|不同|越来越|越.{1,8}越/gu;
const CONTRAST_LATIN = /\b(?:but|instead|rather|however|whereas|not|unlike|different|difference)\b/giu;
const INSIGHT = /核心|关键|最大|最重要|重要的|本质|瓶颈|共识|非共识|信号|范式|基因|生产力|意味着|代表|决定|趋势|机会|挑战|价值|规律|一定会|越高|最强|最好|大部分人|所有人|重塑|革命|颠覆|改变|取代|削弱|最有可能|更像|已经在发生/gu;
const INSIGHT_LATIN = /\b(?:key|core|the point|means|matters?|bottleneck|essential|fundamental|most|never|always|everyone|nobody|reshap\w*|revolution\w*|replac\w*)\b/giu;
const FIRST_PERSON = /我觉得|我认为|我相信|我的看法|我个人|我们发现|我发现|我们今天发现|我的观察/u;
const FIRST_PERSON_LATIN = /\b(?:I think|I believe|we found|I found|in my view|my view|I'm convinced)\b/iu;
const LATIN_LETTER = /[A-Za-z]/u;
const NUMBER = /\d+(?:[.,]\d+)?\s*(?:%|倍|万|亿|美元|年|个|分|billion|million|percent)?/gu;
const NAME_LATIN = /\b[A-Z][A-Za-z0-9]*(?:[A-Z][A-Za-z0-9]*)*(?:\s[A-Z][A-Za-z0-9]+)?\b/gu;
// `这个` and `那个` are fillers when the speaker pauses on them (`这个，`, `那个那个`), demonstratives before a noun.
const FILLER_INSIDE = /(?:那个|这个)(?=[，,。、…\s]|那个|这个)|就是说|然后|对吧/gu;
const FILLER_INSIDE_LATIN = /\b(?:you know|I mean|kind of|sort of|like)\b/giu;
// Spoken English's hedges and fillers, each one: readers rated a quote with one of them good half as
// often as one with none, and with three or more almost never (eval/ratings, rounds 2 and 3). `like`
// only where it is no verb (`I like`, `would like`) and no preposition after `looks`, `feels`.
const SPOKEN_FILLERS_ENGLISH = /\b(?:you know|I mean|kind of|sort of|just|really|actually|basically|literally|um+|uh+)\b|(?<!\b(?:I|you|we|they|people|would|'d|looks?|feels?|seems?|sounds?|something|anything|nothing|more|much)\s)\blike\b/giu;
const RESTART = /(\p{Script=Han}{2,3})\1|([它他她])[^，,。]{1,2}\2|\b(\w+) \3\b/gu;
// Opens on a pronoun or an answer's `because`: it leans on what was said before.
const ANAPHORIC_OPENER = /^(?:这|那|它|他|她|这些|那些|此|因为|\bthis\b|\bthat\b|\bit\b|\bthese\b|\bthose\b|\bthey\b|\bbecause\b)/iu;

// A claim with its reason: a causal link inside the line (not opening it, where it answers what came before).
const REASON = /(?<=\S.{3,})(?:因为|由于|所以|因此|才能|这样才|之所以|是因为|から|ので|ため(?:に|だ|です)|というのは)/u;
const REASON_LATIN = /(?<=\S.{8,})\b(?:because|since|so that|which means|that's why|the reason|therefore|which is why|weil|denn|deshalb|porque|parce que|car)\b/iu;
// Opens on a time, a place or a trip: narration that sets a scene rather than says something.
const SCENE = /^(?:(?:we|i|they) (?:went|were|was|came|got|arrived|drove|flew|took|moved|grew up|studied|graduated|was born|joined|worked)\b|(?:then )?after (?:a|my|the) (?:course|degree|studies|school)\b|(?:in|on|at|last|this) (?:the )?(?:morning|afternoon|evening|night|week|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|^(?:我|我们|他们)(?:上午|下午|晚上|昨天|那天)?(?:去了|来到|到了|坐)/iu;
// Speaks to the guest about the guest (`you mentioned`, `your blog`, `你刚才提到`): the interviewer's
// line, whatever label it has (a transcript with no names has none to tell).
const ADDRESSES_GUEST_LATIN = /\byou (?:mentioned|said|wrote|told us|talked about|brought up|were saying|have been working|worked at|started|founded|created|built)\b|\b(?:on|in) your (?:blog|talk|book|site|website|podcast|channel|paper|post)\b/iu;
const ADDRESSES_GUEST_HAN = /(?:你|您)(?:刚才|之前|前面)?(?:提到|说到|讲到|说过|讲过|提过)|(?:你|您)的(?:博客|演讲|项目|公司|背景|经历)/u;
const STAMP = /\b\d{1,2}:\d{2}(?::\d{2})?\b/gu;
// Pronouns stand for things said elsewhere: of the English quotes readers rated (round 3), 21 % with
// none were good, 3 % with two or more. A demonstrative standing alone (`that is`, `this one`,
// `do this.`) points at something not on the slide at all.
const PRONOUN_ENGLISH = /\b(?:it|this|that|they|them|these|those|he|she|him|her)\b/giu;
const BARE_DEMONSTRATIVE_ENGLISH = /\b(?:this|that|these|those)\b(?=\s*(?:[.,!?]|$|\s+(?:is|was|are|were|will|would|can|could|has|had|have|does|did|means|one|ones|stuff|thing|way|kind|sort)\b))/giu;

/**
 * Contrast, insight, first-person claims, a reason given, numbers, named things; hedges, fillers,
 * scene-setting and thin lines count against. `english`: names and numbers come from the English
 * model (part of speech and entities) instead of the shape of words.
 */
export function quotability(simp: string, original: string, length: number, script: ScriptKind, sentenceStart: boolean, english = false): Marker[] {
  const markers: Marker[] = [];
  const latin = LATIN_LETTER.test(simp);
  const all = (han: RegExp, lat: RegExp): string[] => unique([...(simp.match(han) ?? []), ...(latin ? (simp.match(lat) ?? []).map((m) => m.toLowerCase()) : [])]);
  const contrast = all(CONTRAST, CONTRAST_LATIN);
  if (contrast.length) markers.push({ name: 'contrast', weight: 0.05 * Math.min(2, contrast.length), detail: contrast.slice(0, 2).join(' ') });
  const insight = all(INSIGHT, INSIGHT_LATIN);
  if (insight.length) markers.push({ name: 'insight', weight: 0.25 * Math.min(2, insight.length), detail: insight.slice(0, 2).join(' ') });
  const claim = FIRST_PERSON.exec(simp) ?? (latin ? FIRST_PERSON_LATIN.exec(simp) : null);
  if (claim) markers.push({ name: 'first-person claim', weight: 0.1, detail: claim[0] });
  const reason = REASON.exec(simp) ?? (latin ? REASON_LATIN.exec(simp) : null);
  if (reason) markers.push({ name: 'reason', weight: 0.1, detail: reason[0].toLowerCase() });
  const reading = english ? readEnglish(original) : undefined;
  const numbers = reading ? reading.numbers : unique((original.replace(STAMP, ' ').match(NUMBER) ?? []).map((n) => n.trim()));
  if (numbers.length) markers.push({ name: 'number', weight: 0.35, detail: numbers.slice(0, 2).join(' ') });
  // Capitalised Latin words are names in Han text; other Latin-script languages capitalise too much
  // (German nouns, every sentence's first word) to tell names by their shape.
  const names = reading ? reading.names : latin && script === 'han' ? unique(original.match(NAME_LATIN) ?? []) : [];
  if (names.length) markers.push({ name: 'names', weight: 0.12 * Math.min(2, names.length), detail: names.slice(0, 3).join(', ') });
  if (SCENE.test(simp.trim())) markers.push({ name: 'scene-setting', weight: -0.6 });
  if (ADDRESSES_GUEST_HAN.test(simp) || (latin && ADDRESSES_GUEST_LATIN.test(simp))) markers.push({ name: 'addresses the guest', weight: -0.5 });
  if (reading && reading.words > 0 && (reading.contentWords / reading.words < 0.3 || reading.interjections / reading.words > 0.15)) {
    markers.push({ name: 'thin', weight: -0.8, detail: `${reading.contentWords} content words of ${reading.words}` });
  }

  const fillers = (simp.match(FILLER_INSIDE)?.length ?? 0) + (latin ? (simp.match(FILLER_INSIDE_LATIN)?.length ?? 0) : 0);
  const allowed = Math.max(1, Math.floor(length / (script === 'han' ? 25 : 12)));
  if (fillers > allowed) markers.push({ name: 'fillers', weight: -0.5 * Math.min(4, fillers - allowed) });
  if (english) {
    const pronouns = original.match(PRONOUN_ENGLISH)?.length ?? 0;
    if (pronouns >= 2) markers.push({ name: 'pronouns', weight: -0.3 * (Math.min(4, pronouns) - 1), detail: `${pronouns}` });
    const bare = original.match(BARE_DEMONSTRATIVE_ENGLISH)?.length ?? 0;
    if (bare > 0) markers.push({ name: 'points elsewhere', weight: -0.3 * Math.min(2, bare) });
  }
  const spoken = english ? (original.match(SPOKEN_FILLERS_ENGLISH) ?? []) : [];
  if (spoken.length > 0) markers.push({ name: 'spoken fillers', weight: -0.25 * Math.min(4, spoken.length), detail: unique(spoken.map((m) => m.toLowerCase())).slice(0, 3).join(', ') });
  // Self-repairs: a word said twice running (`一个一个`, `它首先它`), a pronoun restarting the clause.
  const restarts = (simp.match(RESTART) ?? []).length;
  if (restarts > 0) markers.push({ name: 'restarts', weight: -0.6 * Math.min(3, restarts) });
  if (sentenceStart && ANAPHORIC_OPENER.test(simp)) markers.push({ name: 'needs context', weight: -0.6 });
  // A question inside (asked, then answered) or several sentences: readers found them hard to follow on a slide.
  if (/[?？]/u.test(original.replace(/[?？]+\s*$/u, ''))) markers.push({ name: 'asks inside', weight: -1.5 });
  if (sentenceCount(original) >= 2) markers.push({ name: 'several sentences', weight: -0.7 });
  return markers;
}

/** Sentences of a quote, by their closing marks (a last one without a mark counts too). */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?。！？])\s*/u).filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** 1 in the comfortable range, falling off toward the bounds. */
export function lengthFit(length: number, bounds: LengthBounds): number {
  const low = bounds.min + (bounds.ideal - bounds.min) * 0.5;
  const high = bounds.ideal + (bounds.max - bounds.ideal) * 0.55;
  if (length >= low && length <= high) return 1;
  if (length < low) return Math.max(0, 0.3 + (0.7 * (length - bounds.min)) / Math.max(1, low - bounds.min));
  return Math.max(0, 0.3 + (0.7 * (bounds.max - length)) / Math.max(1, bounds.max - high));
}
