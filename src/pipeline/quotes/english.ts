/*
 * What English text is made of, from wink-nlp's English model (wink-eng-lite-web-model, shipped in
 * npm, nothing fetched): part of speech and entities. Names are proper nouns as the tagger reads
 * them in context, so a capitalised `But`, `So`, `Hey` or `I` is none; numbers are the tagger's
 * numerals and the model's amounts (`40%`, `$3 million`, `2021`), never a stamp (`11:55`).
 * The model loads once, on the first English text (about two tenths of a second).
 */

import { englishModel } from '../text/english-model.ts';
import { TextMemo } from '../text/text-memo.ts';

export interface EnglishReading {
  /** Proper nouns, runs joined (`Rodja Trappe`), as written. */
  names: string[];
  /** Numerals and amounts, as written. */
  numbers: string[];
  /** Words (not punctuation, not symbols). */
  words: number;
  /** Nouns, proper nouns, verbs, adjectives and numerals among `words`: how much the line says. */
  contentWords: number;
  /** Interjections among `words` (`oh`, `yeah`, `okay`, `hey`). */
  interjections: number;
}

const memo = new TextMemo<EnglishReading>(500_000);

// A handful of the commonest English words: enough of them, and the text is English.
const COMMON = /\b(?:the|and|is|are|was|that|this|you|we|it|of|to|in|for|with|not|have|what|they|but)\b/giu;

/** Whether a Latin-script text reads as English (so that the English model applies to it). */
export function looksEnglish(text: string): boolean {
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words === 0) return false;
  const common = text.match(COMMON)?.length ?? 0;
  return common >= 2 && common / words >= 0.12;
}

/** Names, numbers and how much content an English text carries. */
export function readEnglish(text: string): EnglishReading {
  return memo.get(text, analyseEnglish);
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const STAMP = /^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?$/u;
const AMOUNT = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'ORDINAL', 'DATE', 'DURATION']);

function analyseEnglish(text: string): EnglishReading {
  const nlp = englishModel();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const names: string[] = [];
  let run: string[] = [];
  let words = 0;
  let contentWords = 0;
  let interjections = 0;
  const flush = (): void => {
    if (run.length > 0) names.push(run.join(' '));
    run = [];
  };
  tags.forEach((tag, i) => {
    const value = values[i]!;
    // A contraction (`I'm`, tagged as a proper noun now and then) is never a name.
    if (tag === 'PROPN' && /^\p{Lu}[\p{L}\p{N}&.-]*$/u.test(value) && value !== 'I') run.push(value);
    else flush();
    if (tag === 'PUNCT' || tag === 'SYM' || tag === 'SPACE' || tag === 'X' && !/\p{L}/u.test(value)) return;
    words++;
    if (CONTENT.has(tag) && !STAMP.test(value)) contentWords++;
    if (tag === 'INTJ') interjections++;
  });
  flush();
  const numbers = new Set<string>();
  for (const entity of doc.entities().out(its.detail) as Array<{ value: string; type: string }>) {
    if (AMOUNT.has(entity.type) && /\d/u.test(entity.value) && !STAMP.test(entity.value)) numbers.add(entity.value);
  }
  tags.forEach((tag, i) => {
    if (tag === 'NUM' && /\d/u.test(values[i]!) && !STAMP.test(values[i]!) && ![...numbers].some((n) => n.includes(values[i]!))) numbers.add(values[i]!);
  });
  return { names: [...new Set(names)], numbers: [...numbers], words, contentWords, interjections };
}
