import { aozoraNotationPass } from './aozora-notation.ts';
import { cjkPunctuationPass } from './cjk-punctuation.ts';
import { firstIndexWhere } from '../../shared/sorted-search.ts';
import { LineIndex } from '../text/position.ts';
import { reporterFor } from '../reporter.ts';
import type { CleanRange, CleanText, Result, SourceText } from '../types.ts';
import { applyEdits } from './edits.ts';
import { lineEndingPass } from './line-endings.ts';
import { mojibakePass } from './mojibake.ts';
import type { NormalizePass } from './pass.ts';
import { pinyinGlossPass } from './pinyin-gloss.ts';
import { unicodeHygienePass } from './unicode-hygiene.ts';

/** The passes, in order. Each sees the output of the one before. */
// Hygiene first, so its positions are the file's own and decomposed tone marks are composed before
// the gloss pass looks for them; scrambled bytes before glosses, whose pinyin helps read them.
export const defaultPasses: readonly NormalizePass[] = [unicodeHygienePass, lineEndingPass, mojibakePass, pinyinGlossPass, aozoraNotationPass, cjkPunctuationPass];

/**
 * Source text → clean text. Every pass's edits are applied in turn and the offset maps are chained,
 * so a clean offset always leads back to the byte the presenter can find in their file.
 */
export function normalize(source: SourceText, passes: readonly NormalizePass[] = defaultPasses): Result<CleanText> {
  const lines = new LineIndex(source.text);
  const reporter = reporterFor(source.path);
  let text = source.text;
  // Maps an offset of the current text to a source offset.
  let toSource: (offset: number) => number = (offset) => offset;
  let unreadable: CleanRange[] = [];

  for (const pass of passes) {
    const result = pass.run(text);
    const mapBefore = toSource;
    for (const finding of result.findings) {
      reporter.report(finding.severity, finding.rule, lines.spanOf(mapBefore(finding.start), mapBefore(finding.end)), finding.message, finding.hint);
    }
    const edited = applyEdits(text, result.edits);
    // Carry ranges found unreadable by earlier passes and this one into the new coordinates.
    const carried = [...unreadable, ...(result.unreadable ?? [])];
    unreadable = carried.length === 0 ? [] : remapRanges(carried, result.edits);
    text = edited.text;
    toSource = (offset) => mapBefore(edited.toOriginalOffset(offset));
  }

  const toSourceOffset = toSource;
  return reporter.result({
    source,
    text,
    toSourceOffset,
    positionOf: (offset) => lines.positionAt(toSourceOffset(offset)),
    unreadable,
  });
}

/** Moves ranges of a text through a set of edits made to it (binary search: a long transcript has tens of thousands of edits). */
function remapRanges(ranges: CleanRange[], edits: readonly { start: number; end: number; text: string }[]): CleanRange[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  // deltaBefore[i]: the length change of all edits before edit i.
  const deltaBefore = new Array<number>(sorted.length + 1);
  deltaBefore[0] = 0;
  sorted.forEach((edit, i) => (deltaBefore[i + 1] = deltaBefore[i]! + edit.text.length - (edit.end - edit.start)));
  const shift = (offset: number): number => {
    // The number of edits that start before the offset.
    const low = firstIndexWhere(0, sorted.length, (i) => sorted[i]!.start >= offset);
    if (low === 0) return offset;
    const last = sorted[low - 1]!;
    // Inside an edit: snap to its start.
    if (last.end > offset) return last.start + deltaBefore[low - 1]!;
    return offset + deltaBefore[low]!;
  };
  return ranges.map((r) => ({ start: shift(r.start), end: shift(r.end) })).filter((r) => r.end > r.start);
}
