import type { Deck, Diagnostic, Paragraph, Transcript } from './types.ts';

/** Where the characters of what was said ended up. */
export interface Accounting {
  /** Paragraphs of turns, lead and credits, and their characters. */
  paragraphs: number;
  characters: number;
  /** Characters found, whole paragraph by paragraph, in some slide's notes. */
  inNotes: number;
  /** Characters of turns that are also on a slide, as a quote. */
  onSlides: number;
  /** Characters in no slide's notes: every one of them is an error. */
  unaccounted: number;
}

/**
 * Nothing said may vanish: every paragraph of every turn (and of the lead and the credits) must be
 * in the notes of some slide, as shown (after script conversion). What is not is an error with the
 * paragraph's position, so `check` and the build fail instead of shipping a deck that lost it.
 */
export function accountFor(transcript: Transcript, deck: Deck, convert: (text: string) => string, file: string): { accounting: Accounting; diagnostics: Diagnostic[] } {
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
  const diagnostics: Diagnostic[] = [];
  const accounting: Accounting = { paragraphs: 0, characters: 0, inNotes: 0, onSlides: 0, unaccounted: 0 };
  const account = (paragraph: Paragraph, what: string): void => {
    accounting.paragraphs++;
    accounting.characters += paragraph.text.length;
    if (shown.has(convert(paragraph.text))) {
      accounting.inNotes += paragraph.text.length;
      return;
    }
    accounting.unaccounted += paragraph.text.length;
    diagnostics.push({
      severity: 'error',
      rule: 'unaccounted-text',
      message: `Unexpected loss of ${paragraph.text.length} characters of ${what}, expected them in the notes of some slide`,
      file,
      span: paragraph.span,
      hint: 'This is a bug in transcript-deck, not in your transcript: please report it with this file.',
    });
  };
  for (const topic of transcript.topics) for (const turn of topic.turns) for (const p of turn.paragraphs) account(p, `${turn.speaker}'s turn`);
  for (const p of transcript.lead) account(p, 'the lead');
  for (const p of transcript.credits) account(p, 'the credits');
  for (const slide of deck.slides) {
    if (slide.kind === 'quote') accounting.onSlides += slide.quote.end - slide.quote.start;
  }
  return { accounting, diagnostics };
}
