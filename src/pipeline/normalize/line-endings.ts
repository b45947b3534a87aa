import type { NormalizePass, PassResult } from './pass.ts';

/** CR LF and lone CR become LF, so every later stage splits lines on `\n` alone. */
export const lineEndingPass: NormalizePass = {
  rule: 'line-ending',
  run(text: string): PassResult {
    const edits: PassResult['edits'] = [];
    for (const match of text.matchAll(/\r\n?/g)) {
      edits.push({ start: match.index, end: match.index + match[0].length, text: '\n', rule: 'line-ending' });
    }
    return { edits, findings: [] };
  },
};
