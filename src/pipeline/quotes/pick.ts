import type { CleanRange, CleanText, Paragraph, Quote, Result, Speaker, Topic, Transcript, Turn } from '../types.ts';
import { clauseBreaks, readingLength, splitSentences, type TextRange } from './sentences.ts';

/** How many quotes and how long. */
export interface QuoteOptions {
  /** @defaultValue 3 */
  minPerTopic: number;
  /** @defaultValue 6 */
  maxPerTopic: number;
  /** Reading length (see `readingLength`) a quote must reach. @defaultValue 12 */
  minLength: number;
  /** Reading length a quote may not exceed. @defaultValue 80 */
  maxLength: number;
}

export const defaultQuoteOptions: QuoteOptions = { minPerTopic: 3, maxPerTopic: 6, minLength: 12, maxLength: 80 };

/** Leading words an interviewee uses to take the floor; cutting them changes no claim. */
// Single-character fillers only count before a comma (`對,` but not `對於`).
const LEADING_FILLER = /^(?:(?:(?:對|对|嗯|呃|哎|好|是)[,，、]|(?:那|然後|然后|所以|就是說|就是说|其實|其实)[,，、\s]*))+/u;
const QUESTION = /[?？]|[嗎吗呢吧][。!！]?$/u;
const SMALL_TALK = /大家好|不好意思|謝謝|谢谢|多謝|多谢|你好|很高興|很高兴/u;
const CONTRAST = /但|而是|不是|相反|反而|其實|其实|越.{1,12}越|區別|区别|分化|不一樣|不一样/gu;
const INSIGHT = /核心|關鍵|关键|最大|最重要|本質|本质|瓶頸|瓶颈|共識|共识|信號|信号|範式|范式|基因|生產力|生产力|我覺得|我觉得|我認為|我认为/gu;
const NUMBER = /\d+/gu;
const NAME = /\b[A-Z][A-Za-z0-9]+(?:\s[A-Z][A-Za-z0-9]+)?\b/gu;

interface Candidate {
  turn: Turn;
  paragraphIndex: number;
  paragraph: Paragraph;
  range: TextRange;
  text: string;
  trimmedLead: boolean;
  trimmedTail: boolean;
  score: number;
  why: string[];
  grams: Set<string>;
}

/**
 * Picks the lines worth putting on a slide: verbatim stretches of what featured speakers said,
 * ranked by how well they stand alone, spread so that no two say the same thing.
 */
export function pickQuotes(
  transcript: Transcript,
  speakers: readonly Speaker[],
  clean: CleanText,
  options: QuoteOptions = defaultQuoteOptions,
): Result<Quote[]> {
  const featured = new Set(speakers.filter((s) => s.kind === 'featured').map((s) => s.name));
  const leadGrams = grams(transcript.lead.map((p) => p.text).join('\n'));
  const quotes: Quote[] = [];
  for (const topic of transcript.topics) {
    const candidates = topicCandidates(topic, featured, clean.unreadable, options);
    scoreCandidates(candidates, leadGrams, options);
    const substance = candidates.reduce((sum, c) => sum + readingLength(c.text), 0);
    const wanted = Math.max(options.minPerTopic, Math.min(options.maxPerTopic, Math.round(substance / 120)));
    const chosen = selectDiverse(candidates, wanted);
    chosen.sort((a, b) => a.paragraph.start + a.range.start - (b.paragraph.start + b.range.start));
    for (const c of chosen) quotes.push(toQuote(topic, c, clean));
  }
  return { value: quotes, diagnostics: [] };
}

function topicCandidates(topic: Topic, featured: Set<string>, unreadable: readonly CleanRange[], options: QuoteOptions): Candidate[] {
  const out: Candidate[] = [];
  for (const turn of topic.turns) {
    if (!featured.has(turn.speaker)) continue;
    turn.paragraphs.forEach((paragraph, paragraphIndex) => {
      for (const sentence of mergeFragments(paragraph.text, splitSentences(paragraph.text), options)) {
        const candidate = shape(turn, paragraphIndex, paragraph, sentence, options);
        if (!candidate) continue;
        const absStart = paragraph.start + candidate.range.start;
        const absEnd = paragraph.start + candidate.range.end;
        if (unreadable.some((r) => r.start < absEnd && r.end > absStart)) continue;
        out.push(candidate);
      }
    });
  }
  return out;
}

/** Joins a sentence that is too short to stand alone to the one after it. */
function mergeFragments(text: string, sentences: TextRange[], options: QuoteOptions): TextRange[] {
  const merged: TextRange[] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    if (previous && readingLength(text.slice(previous.start, previous.end)) < options.minLength &&
        readingLength(text.slice(previous.start, sentence.end)) <= options.maxLength) {
      previous.end = sentence.end;
    } else {
      merged.push({ ...sentence });
    }
  }
  return merged;
}

/** Trims a leading filler and, for a long sentence, trailing clauses; rejects what cannot stand alone. */
function shape(turn: Turn, paragraphIndex: number, paragraph: Paragraph, sentence: TextRange, options: QuoteOptions): Candidate | undefined {
  const text = paragraph.text;
  let start = sentence.start;
  let end = sentence.end;
  const full = text.slice(start, end);
  if (QUESTION.test(full) || SMALL_TALK.test(full)) return undefined;

  const filler = LEADING_FILLER.exec(full);
  const trimmedLead = !!filler && filler[0].length > 0 && filler[0].length < full.length;
  if (trimmedLead) start += filler[0].length;

  let trimmedTail = false;
  if (readingLength(text.slice(start, end)) > options.maxLength) {
    // Keep whole clauses from the start while the quote still fits.
    const breaks = clauseBreaks(text, { start, end }).filter((b) => readingLength(text.slice(start, b)) <= options.maxLength);
    const cut = breaks[breaks.length - 1];
    if (cut === undefined || readingLength(text.slice(start, cut)) < options.minLength) return undefined;
    end = cut;
    trimmedTail = true;
  }
  // A clause cut leaves its comma behind: the omission mark replaces it.
  let bodyEnd = end;
  if (trimmedTail) while (bodyEnd > start && /[，,、：:\s]/u.test(text[bodyEnd - 1]!)) bodyEnd--;
  const body = text.slice(start, bodyEnd);
  if (readingLength(body) < options.minLength) return undefined;
  const shown = `${trimmedLead ? '……' : ''}${body}${trimmedTail ? '……' : ''}`;
  return {
    turn,
    paragraphIndex,
    paragraph,
    range: { start, end: bodyEnd },
    text: shown,
    trimmedLead,
    trimmedTail,
    score: 0,
    why: [],
    grams: grams(body),
  };
}

function scoreCandidates(candidates: Candidate[], leadGrams: Set<string>, options: QuoteOptions): void {
  for (const c of candidates) {
    const body = c.paragraph.text.slice(c.range.start, c.range.end);
    const length = readingLength(body);
    const ideal = (options.minLength + options.maxLength) / 2.5;
    const lengthFit = 1 - Math.min(1, Math.abs(length - ideal) / ideal);
    const contrast = Math.min(2, body.match(CONTRAST)?.length ?? 0);
    const insight = Math.min(2, body.match(INSIGHT)?.length ?? 0);
    const numbers = Math.min(1, body.match(NUMBER)?.length ?? 0);
    const names = Math.min(2, body.match(NAME)?.length ?? 0);
    const centrality = candidates.reduce((sum, other) => (other === c ? sum : sum + similarity(c.grams, other.grams)), 0) / Math.max(1, candidates.length - 1);
    const echo = leadGrams.size === 0 ? 0 : overlap(c.grams, leadGrams);
    c.score = lengthFit * 1.0 + contrast * 0.5 + insight * 0.5 + numbers * 0.4 + names * 0.3 + centrality * 4 + echo * 2 - (c.trimmedTail ? 0.3 : 0);
    c.why = [
      `length ${length}`,
      ...(contrast ? [`contrast×${contrast}`] : []),
      ...(insight ? [`insight×${insight}`] : []),
      ...(numbers ? ['number'] : []),
      ...(names ? [`names×${names}`] : []),
      `centrality ${centrality.toFixed(2)}`,
      ...(echo > 0 ? [`lead echo ${echo.toFixed(2)}`] : []),
    ];
  }
}

/** Maximal marginal relevance: each pick is the best candidate least like those already picked. */
function selectDiverse(candidates: Candidate[], wanted: number): Candidate[] {
  const chosen: Candidate[] = [];
  const pool = [...candidates].sort((a, b) => b.score - a.score);
  while (chosen.length < wanted && pool.length > 0) {
    let bestIndex = -1;
    let best = -Infinity;
    pool.forEach((c, i) => {
      const redundancy = chosen.reduce((max, p) => Math.max(max, similarity(c.grams, p.grams)), 0);
      if (redundancy > 0.45) return;
      const value = c.score - 3 * redundancy;
      if (value > best) {
        best = value;
        bestIndex = i;
      }
    });
    if (bestIndex < 0) break;
    chosen.push(pool.splice(bestIndex, 1)[0]!);
  }
  return chosen;
}

function toQuote(topic: Topic, c: Candidate, clean: CleanText): Quote {
  const start = c.paragraph.start + c.range.start;
  const end = c.paragraph.start + c.range.end;
  return {
    turnId: c.turn.id,
    topicId: topic.id,
    speaker: c.turn.speaker,
    paragraph: c.paragraphIndex,
    start: c.range.start,
    end: c.range.end,
    text: c.text,
    score: Math.round(c.score * 100) / 100,
    why: c.why,
    span: { start: clean.positionOf(start), end: clean.positionOf(end) },
  };
}

/** Character bigrams of Han text and whole Latin words: a language-neutral bag for similarity. */
function grams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []) {
    if (/\p{Script=Han}/u.test(run)) {
      for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
    } else {
      out.add(run.toLowerCase());
    }
  }
  return out;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

function overlap(a: Set<string>, lead: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (lead.has(g)) shared++;
  return shared / a.size;
}
