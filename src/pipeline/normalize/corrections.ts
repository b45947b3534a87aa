import { isMap, isScalar, isSeq, parseDocument } from '../yaml.ts';
import { LineIndex } from '../text/position.ts';
import { reporterFor } from '../reporter.ts';
import type { Diagnostic, Result } from '../types.ts';
import type { NormalizePass, PassResult } from './pass.ts';

/*
 * The presenter's own reading of spans the automatic repair could not be sure of (bytes that were
 * lost in a scrambled run), in `<transcript>.corrections.yaml` beside the transcript:
 *
 *   - line: 27
 *     text: "?yàn)榭赡芩哪晷绞?"     # exactly as it is in the file, on that line
 *     reads: 為可能他的年薪是
 *
 * `transcript-deck check` prints each scrambled span with the reading it suggests. A correction
 * whose text is no longer on its line is an error with its line in the corrections file.
 */

export interface Correction {
  line: number;
  text: string;
  reads: string;
  /** Where the correction is written, for messages. */
  at: { file: string; line: number; column: number };
}

const SYNTAX_HINT = 'Each correction is `- line: N`, `text: "as in the file"`, `reads: what it says`.';

export function parseCorrections(path: string, yamlText: string): Result<Correction[]> {
  const lines = new LineIndex(yamlText);
  const reporter = reporterFor(path);
  const doc = parseDocument(yamlText, { prettyErrors: false });
  for (const error of doc.errors) reporter.error('corrections-syntax', lines.spanOf(error.pos[0], error.pos[0]), `Invalid YAML: ${error.message.split('\n')[0]}`, SYNTAX_HINT);
  if (doc.errors.length > 0) return reporter.result([]);
  if (doc.contents === null) return reporter.result([]);
  if (!isSeq(doc.contents)) {
    reporter.error('corrections-syntax', lines.spanOf(0, 0), 'Unexpected content, expected a list of corrections (`- line: …`)', SYNTAX_HINT);
    return reporter.result([]);
  }
  const corrections: Correction[] = [];
  for (const item of doc.contents.items) {
    const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
    if (!isMap(item)) {
      reporter.error('corrections-syntax', lines.spanOf(offset, offset), 'Unexpected item, expected `line`, `text` and `reads`', SYNTAX_HINT);
      continue;
    }
    const get = (key: string): unknown => {
      const pair = item.items.find((p) => isScalar(p.key) && p.key.value === key);
      return pair && isScalar(pair.value) ? pair.value.value : undefined;
    };
    const unknown = item.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter((k) => !['line', 'text', 'reads'].includes(k));
    const line = get('line');
    const text = get('text');
    const reads = get('reads');
    if (unknown.length > 0 || typeof line !== 'number' || !Number.isInteger(line) || line < 1 || typeof text !== 'string' || text === '' || (typeof reads !== 'string' && typeof reads !== 'number')) {
      reporter.error('corrections-syntax', lines.spanOf(offset, offset), `Unexpected correction${unknown.length > 0 ? ` with key \`${unknown[0]}\`` : ''}, expected \`line\` (a number), \`text\` and \`reads\``, SYNTAX_HINT);
      continue;
    }
    const position = lines.positionAt(offset);
    corrections.push({ line, text, reads: String(reads), at: { file: path, line: position.line, column: position.column } });
  }
  return reporter.result(corrections);
}

/**
 * The pass that puts the presenter's readings in place. It runs first, on the text as in the file,
 * so `text` is matched exactly as the presenter copied it.
 */
export function correctionsPass(corrections: readonly Correction[]): NormalizePass {
  return {
    rule: 'correction',
    run(text: string): PassResult {
      const lines = new LineIndex(text);
      const edits: PassResult['edits'] = [];
      const findings: PassResult['findings'] = [];
      for (const correction of corrections) {
        const start = locate(text, lines, correction);
        if (start === undefined) continue;
        edits.push({ start, end: start + correction.text.length, text: correction.reads, rule: 'correction' });
        findings.push({ severity: 'info', rule: 'correction', start, end: start + correction.text.length, message: `Corrected \`${correction.text}\` to \`${correction.reads}\` (${correction.at.file}:${correction.at.line})` });
      }
      return { edits, findings };
    },
  };
}

/**
 * Where a correction applies: its text on its line, or, when lines were added or removed above it,
 * the one place in the file that has its text. Undefined when there is no such place.
 */
function locate(text: string, lines: LineIndex, correction: Correction): number | undefined {
  const lineStart = lines.lineStart(correction.line);
  const at = lineStart < 0 ? -1 : lines.lineText(correction.line).indexOf(correction.text);
  if (at !== -1) return lineStart + at;
  const first = text.indexOf(correction.text);
  return first !== -1 && text.indexOf(correction.text, first + 1) === -1 ? first : undefined;
}

/**
 * Corrections that no longer fit the transcript: a text found nowhere, or in several places but
 * not on its line, is an error, so an edit never silently leaves one behind; a text that moved to
 * another line (lines added above it) still applies, with a warning to update the line.
 */
export function staleCorrections(sourceText: string, corrections: readonly Correction[], transcriptPath: string): Result<void> {
  const lines = new LineIndex(sourceText);
  const diagnostics: Diagnostic[] = [];
  for (const c of corrections) {
    if (lines.lineText(c.line).includes(c.text)) continue;
    const reporter = reporterFor(c.at.file, diagnostics);
    const found = locate(sourceText, lines, c);
    const span = { start: { line: c.at.line, column: c.at.column, offset: 0 }, end: { line: c.at.line, column: c.at.column, offset: 0 } };
    if (found !== undefined) {
      const line = lines.positionAt(found).line;
      reporter.warn('moved-correction', span, `Correction of \`${c.text}\` applied on line ${line} of ${transcriptPath}, not on line ${c.line}`, `Update it to \`line: ${line}\`.`);
      continue;
    }
    const times = sourceText.split(c.text).length - 1;
    reporter.error(
      'stale-correction',
      span,
      times === 0
        ? `Unexpected correction: \`${c.text}\` is nowhere in ${transcriptPath}, expected it on line ${c.line}`
        : `Unexpected correction: \`${c.text}\` is in ${transcriptPath} ${times} times but not on line ${c.line}, expected it there`,
      'The transcript changed: fix the line number or the text, or remove the correction.',
    );
  }
  return { value: undefined, diagnostics };
}
