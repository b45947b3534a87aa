import { describe, expect, it } from 'vitest';
import { diagnosticLine, formatDiagnostic, forReading } from './diagnostics.ts';
import type { Diagnostic, RuleId } from './types.ts';

const d = (rule: RuleId, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ rule, severity, message: rule, file: 'f' });

describe('diagnostics for reading', () => {
  it('keeps every error, the first five of each other rule, and counts the rest', () => {
    const list = [...Array.from({ length: 12 }, () => d('few-quotes')), d('stale-pin', 'error'), ...Array.from({ length: 7 }, () => d('stale-pin', 'error')), d('long-paragraph')];
    const { shown, more } = forReading(list);
    expect(shown.filter((x) => x.rule === 'few-quotes')).toHaveLength(5);
    expect(shown.filter((x) => x.rule === 'stale-pin')).toHaveLength(8);
    expect(shown.filter((x) => x.rule === 'long-paragraph')).toHaveLength(1);
    expect(more).toEqual(['… and 7 more few-quotes (see `transcript-deck check --json`)']);
  });
});

describe('formatDiagnostic', () => {
  it('prints `file:line:col: severity rule message`, the hint on the next line, and the file alone when there is no span', () => {
    const span = { start: { line: 3, column: 7, offset: 20 }, end: { line: 3, column: 9, offset: 22 } };
    const withSpan: Diagnostic = { severity: 'warning', rule: 'empty-turn', message: 'Unexpected empty turn', file: 'talk.txt', span, hint: 'Remove the label.' };
    expect(formatDiagnostic(withSpan)).toBe('talk.txt:3:7: warning empty-turn Unexpected empty turn\n  → Remove the label.');
    expect(diagnosticLine(withSpan)).toBe('talk.txt:3:7: warning empty-turn Unexpected empty turn');
    expect(formatDiagnostic({ severity: 'error', rule: 'missing-file', message: 'Unexpected missing file', file: 'deck.yaml' })).toBe('deck.yaml: error missing-file Unexpected missing file');
  });
});
