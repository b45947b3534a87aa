import type { Diagnostic } from './types.ts';

/** `file:line:col: severity rule-id message` and, on the next line, what to do. One format everywhere. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${diagnosticLine(d)}${d.hint ? `\n  → ${d.hint}` : ''}`;
}

/** The first line of {@link formatDiagnostic}, without the hint: for a one-line summary (the evaluation's report). */
export function diagnosticLine(d: Diagnostic): string {
  const place = d.span ? `${d.file}:${d.span.start.line}:${d.span.start.column}` : d.file;
  return `${place}: ${d.severity} ${d.rule} ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A few lines of the source around a diagnostic, with a caret under its column. */
export function codeFrame(sourceText: string, d: Diagnostic, context = 1): string {
  if (!d.span) return '';
  const lines = sourceText.split(/\r\n?|\n/);
  const { line, column } = d.span.start;
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1] ?? '';
    // Long lines are cut around the column so a 200 KB line does not flood the terminal.
    const from = text.length > 160 ? Math.max(0, column - 60) : 0;
    const shown = text.length > 160 ? `${from > 0 ? '…' : ''}${text.slice(from, from + 120)}…` : text;
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${shown}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1 - from + (from > 0 ? 1 : 0)))}^`);
  }
  return out.join('\n');
}

/**
 * The diagnostics a person reads: errors all, and of each other rule the first `perRule`, then one
 * line saying how many more there were, so a 10 MB transcript's thousand warnings stay readable.
 */
export function forReading(diagnostics: readonly Diagnostic[], perRule = 5): { shown: Diagnostic[]; more: string[] } {
  const seen = new Map<string, number>();
  const shown: Diagnostic[] = [];
  for (const d of diagnostics) {
    const count = (seen.get(d.rule) ?? 0) + 1;
    seen.set(d.rule, count);
    if (d.severity === 'error' || count <= perRule) shown.push(d);
  }
  const more = [...seen]
    .map(([rule, count]) => {
      const hidden = count - shown.filter((d) => d.rule === rule).length;
      return hidden > 0 ? `… and ${hidden.toLocaleString('en')} more ${rule} (see \`transcript-deck check --json\`)` : '';
    })
    .filter(Boolean);
  return { shown, more };
}
