/*
 * What in a paragraph is not the speaker's words or not fit to show: markup a transcript carries
 * (stamps, sound cues, labels, tags, ruby glosses) and disfluencies (a word said twice running, a
 * false start broken off with `--`, a hesitation sound in mid-sentence). Neither ever goes on a
 * slide: a quote starts after markup that opens its sentence and stops before markup that closes
 * it; a stretch holding either inside is no quote, though a run of its clauses without it may be.
 */

import type { ScriptKind, TextRange } from './sentences.ts';

const MARKUP = [
  // [12:03], [inaudible 01:11:57], [laughter], [Speaker 1], [25.92 - 30.42], an editor's [it's]
  /\[[^\]\n]{0,60}\]/gu,
  // Sound cues: (laughs), (inaudible), （笑）, （拍手）
  /[(（]\s*(?:laughs?|laughing|laughter|chuckles?|inaudible|unintelligible|crosstalk|applause|music|silence|pause|coughs?|笑|大笑|笑い|拍手|掌声|鼓掌|听不清|聽不清)[^)）\n]{0,30}[)）]/giu,
  // Aozora Bunko's notes ［＃…］ and ruby: 漢字《かんじ》, with ｜ where the ruby's base starts.
  /［＃[^］\n]*］/gu,
  /(?<=[\p{Script=Han}\p{Script=Katakana}々〆ヶ])《[\p{Script=Hiragana}\p{Script=Katakana}ー・]+》/gu,
  /｜(?=[^《\n]{1,20}《)/gu,
  // A line that is nothing but a parenthesis is a stage direction: (Beifall bei der LINKEN), （進行投票）
  /^\s*[(（][^()（）\n]{1,300}[)）]\s*$/gmu,
  // Labels and tags a reader left in: **Kelly**, <v Ada>, </i>, -->
  /\*\*[^*\n]{1,40}\*\*/gu,
  /<\/?[a-z][a-z0-9]*(?:\s[^<>\n]*)?>/giu,
  /-->/gu,
  // Bare stamps: 01:11:57, 00:12.000
  /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\b|\b\d{1,2}:\d{2}[.,]\d{2,3}\b/gu,
];

/** Markup in `text`: sorted, merged ranges. */
export function markupRanges(text: string): TextRange[] {
  if (!/[[(（［《｜*<>:-]/u.test(text)) return [];
  return merged(MARKUP.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }))));
}

// A word said twice or more running (`with with with`, `we, we`); `that that` too, which speech
// repeats far more often than grammar needs it.
const REPEATED_LATIN = /(?<![\p{L}\p{N}'’])([\p{L}\p{N}'’]+)(?:,?\s+\1(?![\p{L}\p{N}'’]))+/giu;
// Chinese and Japanese: a word of two to four characters said twice (`我们我们`, `就是，就是`).
const REPEATED_HAN = /(\p{Script=Han}{2,4}|[\p{Script=Hiragana}\p{Script=Katakana}]{3,4})[，,、\s]?\1/gu;
// A sentence broken off and restarted: `the cache -- uh, we found`, `th- the`.
const FALSE_START = /\s--\s|(?<=\p{L})--(?=\s)|(?<![\p{L}-])\p{L}{1,3}-\s(?=\p{L})/gu;
// Restarts, the commonest garbling of speech-to-text: a phrase of two or three words said twice
// (`they haven't they haven't`, `there's a lot of there's a lot of`), a clause begun twice (`if your cookies get if your`), a clause given
// up for another (`when you when`, `if they because`), a subject dropped for another (`I'm not I`).
const REPEATED_PHRASE = /(?<![\p{L}'’])((?:[\p{L}'’]+\s+){1,3}[\p{L}'’]+)\s+\1(?![\p{L}'’])/giu;
// A contracted subject and verb begun again after an article or a filler (`it's a it's obsessive`,
// `there's the there's`); `it's what it's for` is grammar.
const CONTRACTION_AGAIN = /\b((?:it|that|there|what|i|we|they|you|he|she)['’](?:s|m|re|ve|ll|d))\s+(?:a|an|the|like|um|uh|so|just)\s+\1(?![\p{L}'’])/giu;
const CLAUSE_BEGUN_TWICE = /\b((?:if|when|because|while|where|whether|and|but|so)\s+[\p{L}'’]+)\s+(?:[\p{L}'’]+\s+){1,2}\1(?![\p{L}'’])/giu;
const CLAUSE_GIVEN_UP = /\b(?:if|when|because|while|where)\s+(?:i|you|we|they|he|she|it|people)\s+(?:if|when|because|while|where)\b/giu;
// A word broken off between two of the same determiner (`my pi my internship`); `the more the merrier` is grammar.
const DETERMINER_AGAIN = /\b(my|your|our|their|his|her|the)\s+(?!(?:more|less|sooner|later|better|bigger|fewer|one|ones|way|day|time|year)\b)[\p{L}'’]{1,4}\s+\1\b/giu;
const SUBJECT_AGAIN = /\b(I|we|you|they|he|she)\b,?\s+(?:so|um|uh|like|well|yeah|and),?\s+\1\b/gu;
const SUBJECT_DROPPED = /\b(?:i'm|i am|we're|you're|they're|he's|she's)\s+(?:not\s+)?(?:i|we|you|they|he|she)\b(?!['’])/giu;
// English: a sentence run into the next with no mark, its first word still capitalised (`the website
// For input security`); a capital that goes on in capitals (`When Harry Met Sally`) is a title.
const RUN_INTO = /(?:\b\p{Ll}[\p{L}'’]*|\bI)\s(?:The|A|An|For|And|But|So|If|When|It|We|They|You|This|That|There|What|How|Because|Then)(?=\s\p{Ll})/gu;
// Chinese: a function word said twice running (`都都`, `我我`); `是是非非`, `的的确确`, `不了了之` are
// words, and so is a word ending in the same character before it (`现在在`, `其他他们`, `但是是`, `首都都`).
const DOUBLED_HAN = /(?<![现存实正所自好内外潜首全其吉成早也造将凡但就还总可于或要只倒像老硬便即真若本刹一棉])([都是在就也我你他她它这那把被])\1(?!确|非)/gu;
// Hesitation sounds inside a sentence (at its start they are fillers, trimmed and marked).
// English only: `um` and `er` are words in German.
const HESITATION_ENGLISH = /(?<=\S\s+)(?:u+h+|u+m+|e+r+m+|hm+|mm+|uhm)\b/giu;
const HESITATION_HAN = /(?<=\p{Script=Han}[，,]?)(?:嗯|呃)(?=[，,]?\p{Script=Han})|(?<=\p{Script=Han})啊(?=\p{Script=Han})|(?<=[、，])(?:えー|えーと|ええと|えっと|あのー)(?=[、，])/gu;

/**
 * Disfluencies in `text` (`simp`, its Simplified copy, for Han patterns): sorted, merged ranges.
 * `english`: the text is English, whose hesitation sounds are words in other languages.
 */
export function disfluentRanges(text: string, simp: string, script: ScriptKind, english = script === 'latin'): TextRange[] {
  const found: TextRange[] = [];
  const add = (source: string, pattern: RegExp): void => {
    for (const m of source.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length });
  };
  add(text, REPEATED_LATIN);
  add(simp, REPEATED_HAN);
  add(text, FALSE_START);
  if (english) {
    add(text, HESITATION_ENGLISH);
    add(text, REPEATED_PHRASE);
    add(text, CONTRACTION_AGAIN);
    add(text, CLAUSE_BEGUN_TWICE);
    add(text, CLAUSE_GIVEN_UP);
    add(text, SUBJECT_DROPPED);
    add(text, SUBJECT_AGAIN);
    add(text, DETERMINER_AGAIN);
    add(text, RUN_INTO);
  }
  add(simp, HESITATION_HAN);
  if (script === 'han') add(simp, DOUBLED_HAN);
  return merged(found.filter((r) => !isLegitimateRepeat(text.slice(r.start, r.end))));
}

// Repeats that are words of their own: numbers (`10 10` is rare, `1 1` a score), reduplicated Han
// words (`慢慢`, one character twice, never matched), emphatic `very very`, `no no`, `again and again` aside.
const LEGITIMATE = /^(?:\d+(?:\s+\d+)+|(?:very|no|bye|really|far|more|again|over|ha|bla|blah|knock|tick|tock)(?:,?\s+\S+)+)$/iu;

function isLegitimateRepeat(stretch: string): boolean {
  return LEGITIMATE.test(stretch.trim());
}

function merged(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
