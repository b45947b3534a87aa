import { reporterFor } from '../reporter.ts';
import type { CleanText, Diagnostic, Paragraph, Topic, Transcript, Turn } from '../types.ts';
import { isOffStage, makeCandidate, type Candidate, type TopicAnalysis } from './candidate.ts';
import { cleanOffset, overlapsAny, type ContextOf } from './context.ts';
import type { Curation, QuoteSelector } from './curation.ts';
import type { Idf, Vector } from './rank.ts';
import { score } from './scoring.ts';
import { edgesOf, type TextRange, type Unit } from './sentences.ts';
import { simplifiedCopy } from '../text/simplified.ts';

interface Place {
  topic: Topic;
  turn: Turn;
  paragraphIndex: number;
  paragraph: Paragraph;
  /** Offsets in the paragraph. */
  range: TextRange;
}

/** The stretches of the transcript a text selector names (any speaker), first first. */
function findText(selector: QuoteSelector, transcript: Transcript, contextOf: ContextOf): Place[] {
  const places: Place[] = [];
  const needle = selector.text!;
  const simpNeedle = simplifiedCopy(needle);
  for (const topic of transcript.topics) {
    for (const turn of topic.turns) {
      turn.paragraphs.forEach((paragraph, paragraphIndex) => {
        if (selector.line !== undefined && !(paragraph.span.start.line <= selector.line && selector.line <= paragraph.span.end.line)) return;
        const simp = contextOf(paragraph).simp;
        for (let from = 0; ; ) {
          let at = paragraph.text.indexOf(needle, from);
          if (at < 0) at = simp.indexOf(simpNeedle, from);
          if (at < 0) break;
          places.push({ topic, turn, paragraphIndex, paragraph, range: { start: at, end: at + needle.length } });
          from = at + 1;
        }
      });
    }
  }
  return places;
}

/** Candidates a selector names: overlapping its text, or on its line (and column). */
function selected(selector: QuoteSelector, topics: TopicAnalysis[], transcript: Transcript, contextOf: ContextOf): Candidate[] {
  const all = topics.flatMap((t) => t.candidates).filter((c) => !isOffStage(c));
  if (selector.text !== undefined) {
    const places = findText(selector, transcript, contextOf);
    return all.filter((c) => places.some((p) => p.paragraph === c.paragraph && p.range.start < c.unit.end && c.unit.start < p.range.end));
  }
  return all.filter((c) => onLine(c, selector));
}

function onLine(c: Candidate, selector: QuoteSelector): boolean {
  if (selector.column === undefined) return c.position.line === selector.line;
  const startsBefore = c.position.line < selector.line! || (c.position.line === selector.line && c.position.column <= selector.column);
  const endsAfter = c.endPosition.line > selector.line! || (c.endPosition.line === selector.line && c.endPosition.column > selector.column);
  return startsBefore && endsAfter;
}

const where = (s: QuoteSelector): string =>
  s.text !== undefined ? `\`${s.text.length > 24 ? `${s.text.slice(0, 24)}…` : s.text}\`${s.line !== undefined ? ` on line ${s.line}` : ''}` : `line ${s.line}${s.column !== undefined ? `:${s.column}` : ''}`;

/**
 * Pins, drops and orders what the presenter's quotes.yaml names. A pin that is no unit of its own
 * joins its topic's candidates, in transcript order.
 */
export function applyCuration(
  curation: Curation,
  topics: TopicAnalysis[],
  transcript: Transcript,
  featured: Set<string>,
  clean: CleanText,
  idf: Idf,
  lead: readonly Vector[],
  contextOf: ContextOf,
  diagnostics: Diagnostic[],
): void {
  const extra: Candidate[] = [];
  const reporter = reporterFor(curation.path, diagnostics);

  for (const selector of curation.pin) {
    const stale = (why: string): void =>
      reporter.error('stale-pin', selector.span, `Unexpected pinned quote ${where(selector)}: ${why}`, 'Copy the words again from the transcript, or use `line:` as `transcript-deck quotes` prints it; or remove the pin.');
    if (selector.text !== undefined) {
      const places = findText(selector, transcript, contextOf);
      const mine = places.filter((p) => featured.has(p.turn.speaker));
      if (mine.length === 0) {
        stale(places.length > 0 ? `it is said by \`${places[0]!.turn.speaker}\`, expected a featured speaker (hosts' questions are never quotes)` : 'no longer in the transcript, expected a verbatim stretch of what a featured speaker said');
        continue;
      }
      if (mine.length > 1) {
        const line = mine[0]!.paragraph.span.start.line;
        reporter.warn('ambiguous-pin', selector.span, `Pinned quote ${where(selector)} is said ${mine.length} times; pinned the first, on line ${line}`, `Add \`line: ${line}\` (or another line) to say which.`);
      }
      const place = mine[0]!;
      const absStart = cleanOffset(place.paragraph, place.range.start);
      const absEnd = cleanOffset(place.paragraph, place.range.end);
      const context = contextOf(place.paragraph);
      if (overlapsAny(absStart, absEnd, clean.unreadable) || context.scrambled.some((r) => r.start < place.range.end && r.end > place.range.start)) {
        stale('it overlaps text that could not be read (scrambled bytes), which never goes on a slide');
        continue;
      }
      const same = topics.flatMap((t) => t.candidates).find((c) => c.paragraph === place.paragraph && c.unit.start === place.range.start && c.unit.end === place.range.end);
      if (same) {
        same.pinned = selector;
        delete same.rejected;
        continue;
      }
      const edges = edgesOf(place.paragraph.text, place.range);
      const unit: Unit = { ...place.range, ...edges, fillerOnly: false, oversize: false };
      const c = makeCandidate({ topic: place.topic, turn: place.turn, paragraphIndex: place.paragraphIndex, paragraph: place.paragraph }, context, unit, clean);
      delete c.rejected;
      c.vector = idf.vector(c.words);
      score(c, lead);
      c.pinned = selector;
      extra.push(c);
      continue;
    }
    const onTheLine = selected(selector, topics, transcript, contextOf);
    const usable = onTheLine.filter((c) => !c.rejected).sort((a, b) => b.score - a.score || a.absStart - b.absStart);
    if (usable[0]) {
      usable[0].pinned = selector;
      continue;
    }
    if (onTheLine.length > 0) {
      stale(`nothing quotable there (${[...new Set(onTheLine.map((c) => c.rejected))].join(', ')})`);
      continue;
    }
    const host = transcript.topics.flatMap((t) => t.turns).find((turn) => turn.paragraphs.some((p) => p.span.start.line <= selector.line! && selector.line! <= p.span.end.line));
    stale(host ? `line ${selector.line} is said by \`${host.speaker}\`, expected a featured speaker's line` : `line ${selector.line} holds nothing a speaker said`);
  }

  for (const selector of curation.drop) {
    const hits = selected(selector, topics, transcript, contextOf).filter((c) => !c.pinned);
    if (hits.length === 0) {
      reporter.warn('stale-drop', selector.span, `Dropped quote ${where(selector)} matches nothing a featured speaker said`, 'Remove it from `drop:`, or copy the words again from the transcript.');
    }
    for (const c of hits) c.dropped = selector;
  }

  curation.order.forEach((selector, index) => {
    const all = [...selected(selector, topics, transcript, contextOf), ...extra.filter((c) => selector.text !== undefined && findText(selector, transcript, contextOf).some((p) => p.paragraph === c.paragraph && p.range.start < c.unit.end && c.unit.start < p.range.end))];
    for (const c of all) if (c.orderIndex === undefined) c.orderIndex = index;
  });
  for (const pin of extra) {
    const t = topics.find((x) => x.topic === pin.topic)!;
    t.candidates.push(pin);
    t.candidates.sort((a, b) => a.absStart - b.absStart || a.absEnd - b.absEnd);
  }
}

export function reportStaleOrder(curation: Curation, topics: TopicAnalysis[], diagnostics: Diagnostic[]): void {
  curation.order.forEach((selector, index) => {
    if (topics.some((t) => t.chosen.some((c) => c.orderIndex === index))) return;
    reporterFor(curation.path, diagnostics).warn('stale-order', selector.span, `Ordered quote ${where(selector)} is not among the chosen quotes`, 'Pin it as well, or remove it from `order:`.');
  });
}
