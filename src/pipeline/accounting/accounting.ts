import { decodeHTML } from 'entities';
import { reporterFor } from '../reporter.ts';
import type { CleanText, Deck, Paragraph, Result, Transcript } from '../types.ts';

/** Where the characters of what was said ended up. */
export interface Accounting {
  /** Paragraphs of turns, sections' introductions, lead and credits, and their characters. */
  paragraphs: number;
  characters: number;
  /** Characters found, whole paragraph by paragraph, in some slide's notes. */
  inNotes: number;
  /** Characters of turns that are also on a slide, as a quote. */
  onSlides: number;
  /**
   * Characters in no slide's notes, and characters of the file that a reader left out of the middle
   * of a paragraph (a link's URL, a tag): every one of them is an error.
   */
  unaccounted: number;
}

/** A stretch of the clean text that a paragraph spans but does not hold. */
export interface LeftOut {
  start: number;
  end: number;
  text: string;
}

/** Formats read line by line as written: between the pieces of a paragraph there may be only line structure. */
const LINE_FORMATS = new Set(['markdown', 'name-colon', 'qa', 'news-interview', 'plain', 'otter', 'diarized']);
/**
 * Formats whose paragraphs join cues or segments: the timing lines, cue numbers and repeated lines
 * between them are structure, and so are the tags within a line. (Readers of JSON exports decode their
 * text from JSON strings and are not compared with the file.)
 */
const CUE_FORMATS = new Set(['webvtt', 'srt', 'sbv', 'whisper-text', 'youtube-copied']);
/** What may open a line inside a paragraph without being said: quote and list markers, `>>`, a dialogue dash. */
const LINE_START = /^[ \t\u3000]*(?:(?:>[ \t]?)+|(?:[-*+]|\d{1,9}[.)])[ \t]+|>>+[ \t]*|[-–—][ \t]+)*[ \t\u3000]*/u;
const CUE_TAG = /<\/?[a-zA-Z][^<>\n]*>|<\d{1,2}(?::\d{2}){1,2}[.,]\d{3}>|\{\\[^{}\n]*\}|&[#a-zA-Z0-9]{1,31};/gu;
const ENTITY_AT = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/u;

/**
 * What a paragraph leaves out of the file between its first and last character, beyond structure:
 * white space, the line-start markers of a wrapped line, a character reference read as its character
 * and (in subtitles) the cue structure between joined cues and their tags. A reader that dropped a
 * URL or a tag from what was said, or changed a character, shows here.
 */
export function leftOut(paragraph: Paragraph, clean: CleanText, format: string): LeftOut[] {
  if (!LINE_FORMATS.has(format) && !CUE_FORMATS.has(format)) return [];
  const text = clean.text;
  const pieces = paragraph.pieces && paragraph.pieces.length > 0 ? paragraph.pieces : [{ at: 0, start: paragraph.start }];
  const lost: LeftOut[] = [];
  const lose = (start: number, end: number): void => {
    if (end > start) lost.push({ start, end, text: text.slice(start, end) });
  };
  let covered: number | undefined;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const said = paragraph.text.slice(piece.at, pieces[k + 1]?.at ?? paragraph.text.length);
    if (covered !== undefined) for (const gap of disallowedGaps(text, covered, piece.start, format)) lose(gap.start, gap.end);
    let i = 0;
    let at = piece.start;
    while (i < said.length) {
      if (text[at] === said[i]) {
        i++;
        at++;
        continue;
      }
      const reference = ENTITY_AT.exec(text.slice(at, at + 40))?.[0];
      const character = reference === undefined ? undefined : decodeHTML(reference);
      if (reference === undefined || character === reference || !said.startsWith(character!, i)) break;
      i += character!.length;
      at += reference.length;
    }
    const rest = said.slice(i);
    // A joining space before the next piece is not in the file; anything else not there was changed.
    if (rest !== '' && !(k < pieces.length - 1 && rest === ' ')) lose(at, Math.min(text.length, at + rest.length));
    covered = at;
  }
  return lost;
}

/** The parts of `text[from, to)` (between two pieces of a paragraph) that are not structure. */
function disallowedGaps(text: string, from: number, to: number, format: string): Array<{ start: number; end: number }> {
  if (to <= from) return [];
  const gap = text.slice(from, to);
  const out: Array<{ start: number; end: number }> = [];
  const cues = CUE_FORMATS.has(format);
  // Joined cues: whatever stands on the lines between them is cue structure (timings, numbers, repeats).
  if (cues && gap.includes('\n')) return out;
  let offset = 0;
  gap.split('\n').forEach((line, index) => {
    const start = from + offset;
    offset += line.length + 1;
    const marker = index > 0 ? LINE_START.exec(line)![0].length : 0;
    let rest = line.slice(marker);
    if (cues) rest = rest.replace(CUE_TAG, (tag) => ' '.repeat(tag.length));
    const first = rest.search(/\S/u);
    if (first < 0) return;
    const last = rest.trimEnd().length;
    out.push({ start: start + marker + first, end: start + marker + last });
  });
  return out;
}

/**
 * Nothing said may vanish: every paragraph of every turn (and of the lead and the credits) must be
 * in the notes of some slide, as shown (after script conversion). What is not is an error with the
 * paragraph's position, so `check` and the build fail instead of shipping a deck that lost it.
 */
export function accountFor(transcript: Transcript, deck: Deck, convert: (text: string) => string, file: string, clean: CleanText): Result<Accounting> {
  const shown = new Set<string>();
  // A paragraph split between the notes of several quote slides counts once its pieces, put back
  // in order, make it whole.
  const pieces = new Map<number, { from: number; text: string }[]>();
  for (const slide of deck.slides) {
    for (const note of slide.notes) {
      if (note.kind !== 'turn') shown.add(note.text);
      else
        for (const p of note.paragraphs) {
          if (!p.piece) shown.add(p.text);
          else if (pieces.has(p.piece.of)) pieces.get(p.piece.of)!.push({ from: p.piece.from, text: p.text });
          else pieces.set(p.piece.of, [{ from: p.piece.from, text: p.text }]);
        }
    }
  }
  for (const parts of pieces.values()) shown.add(parts.sort((a, b) => a.from - b.from).map((part) => part.text).join(''));
  const reporter = reporterFor(file);
  const accounting: Accounting = { paragraphs: 0, characters: 0, inNotes: 0, onSlides: 0, unaccounted: 0 };
  const account = (paragraph: Paragraph, what: string): void => {
    accounting.paragraphs++;
    accounting.characters += paragraph.text.length;
    for (const gap of leftOut(paragraph, clean, transcript.format)) {
      accounting.unaccounted += gap.end - gap.start;
      reporter.error('unaccounted-text', { start: clean.positionOf(gap.start), end: clean.positionOf(gap.end) }, `Unexpected loss of ${gap.end - gap.start} characters of the file from ${what} (\`${gap.text.length > 40 ? `${gap.text.slice(0, 40)}…` : gap.text}\`), expected them in its text`, 'This is a bug in transcript-deck, not in your transcript: please report it with this file.');
    }
    if (shown.has(convert(paragraph.text))) {
      accounting.inNotes += paragraph.text.length;
      return;
    }
    accounting.unaccounted += paragraph.text.length;
    reporter.error('unaccounted-text', paragraph.span, `Unexpected loss of ${paragraph.text.length} characters of ${what}, expected them in the notes of some slide`, 'This is a bug in transcript-deck, not in your transcript: please report it with this file.');
  };
  for (const topic of transcript.topics) {
    for (const p of topic.intro ?? []) account(p, `the introduction of \`${topic.title}\``);
    for (const turn of topic.turns) for (const p of turn.paragraphs) account(p, `${turn.speaker}'s turn`);
  }
  for (const p of transcript.lead) account(p, 'the lead');
  for (const p of transcript.credits) account(p, 'the credits');
  for (const slide of deck.slides) {
    if (slide.kind === 'quote') accounting.onSlides += slide.quote.end - slide.quote.start;
  }
  return reporter.result(accounting);
}
