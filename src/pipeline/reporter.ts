import type { RuleAt } from './rules.ts';
import type { Diagnostic, Result, Severity, SourceSpan } from './types.ts';

/**
 * Collects the diagnostics of one file, vfile-style: a stage says what it found and where, and the
 * reporter stamps the file and keeps the order. `span` is absent only when the problem concerns the
 * file as a whole.
 */
export interface Reporter {
  readonly file: string;
  /** Everything reported so far, in order. */
  readonly messages: Diagnostic[];
  error(rule: RuleAt<'error'>, span: SourceSpan | undefined, message: string, hint?: string): void;
  warn(rule: RuleAt<'warning'>, span: SourceSpan | undefined, message: string, hint?: string): void;
  info(rule: RuleAt<'info'>, span: SourceSpan | undefined, message: string, hint?: string): void;
  /** For a severity decided at run time (a normalisation pass's finding). */
  report<S extends Severity>(severity: S, rule: RuleAt<S>, span: SourceSpan | undefined, message: string, hint?: string): void;
  /** The value of an earlier stage's result, keeping its messages (of whatever file) with these. */
  collect<T>(result: Result<T>): T;
  /** The stage's value with everything reported. */
  result<T>(value: T): Result<T>;
}

/** A reporter for `file`; `messages` lets several reporters (one a file) add to one list. */
export function reporterFor(file: string, messages: Diagnostic[] = []): Reporter {
  const report = (severity: Severity, rule: Diagnostic['rule'], span: SourceSpan | undefined, message: string, hint?: string): void => {
    messages.push({ severity, rule, message, file, ...(span ? { span } : {}), ...(hint ? { hint } : {}) });
  };
  return {
    file,
    messages,
    error: (rule, span, message, hint) => report('error', rule, span, message, hint),
    warn: (rule, span, message, hint) => report('warning', rule, span, message, hint),
    info: (rule, span, message, hint) => report('info', rule, span, message, hint),
    report,
    collect: (result) => {
      messages.push(...result.diagnostics);
      return result.value;
    },
    result: (value) => ({ value, diagnostics: messages }),
  };
}
