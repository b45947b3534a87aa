import type { RuleId } from '../rules.ts';
import type { CleanRange, Severity, TextEdit } from '../types.ts';

/** Something a normalisation pass noticed, in the coordinates of the text it was given. */
export interface Finding {
  severity: Severity;
  /** The rule it reports under (rules.ts). */
  rule: RuleId;
  start: number;
  end: number;
  message: string;
  hint?: string;
}

/** What one pass returns: edits against its input text, what it noticed, what stays unreadable. */
export interface PassResult {
  edits: TextEdit[];
  findings: Finding[];
  /** Ranges of the pass's input text that cannot be read; they are carried to the clean text. */
  unreadable?: CleanRange[];
}

/**
 * One normalisation concern (line endings, pinyin glosses, scrambled bytes, …). Pure: it may only
 * look at the text it is given.
 */
export interface NormalizePass {
  /** Rule id, used for its edits and findings. */
  rule: string;
  run(text: string): PassResult;
}
