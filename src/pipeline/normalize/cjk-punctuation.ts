import { countIn, HAN_OR_KANA } from '../text/cjk.ts';
import { LineIndex } from '../text/position.ts';
import type { NormalizePass, PassResult } from './pass.ts';

/*
 * Chinese and Japanese text copied through tools that fold full-width punctuation to ASCII
 * (`有意思的一點是,我們`) reads cramped on a slide: the ASCII mark has no room of its own between
 * ideographs. An ASCII `, ; : ? !` that follows a CJK character and comes before one (or, for
 * `? !`, ends the line, or, in a line written mostly in CJK, comes before a Latin word or a number)
 * becomes its full-width form, and one space after it goes, as the full-width mark carries its own.
 * Nothing after Latin letters or digits changes (`1,000`, `A, B`, `12:30`).
 * The marks are the same punctuation in another width: the words are untouched.
 */

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
// A Chinese or Japanese letter, CJK punctuation or a full-width form (the ideographic space and the half-width forms not).
const CJK = `(?:${HAN_OR_KANA.source}|[\\u3001-\\u303f\\uff01-\\uff5e])`;
const BETWEEN = new RegExp(`(?<=${CJK})([,;:?!])( ?)(?=${CJK})`, 'gu');
const AT_END = new RegExp(`(?<=${CJK})([?!])(?=[ \\t]*(?:\\n|$))`, 'gu');
// Before a Latin word or a number (`今日,AGI-Next`, `相反,Claude Code`): only in a line written
// mostly in CJK, so an English line naming `姚順雨, who…` keeps its comma.
const BEFORE_LATIN = new RegExp(`(?<=${CJK})([,;:])( ?)(?=[\\p{Script=Latin}0-9])`, 'gu');
const LATIN_LETTER = /\p{Script=Latin}/gu;

/** Whether the line holding each offset is written mostly in CJK, each line counted once. */
function mostlyCjkLines(text: string): (at: number) => boolean {
  const lines = new LineIndex(text);
  const known = new Map<number, boolean>();
  return (at) => {
    const { line } = lines.positionAt(at);
    let answer = known.get(line);
    if (answer === undefined) {
      const content = lines.lineText(line);
      answer = countIn(content, HAN_OR_KANA) > (content.match(LATIN_LETTER)?.length ?? 0);
      known.set(line, answer);
    }
    return answer;
  };
}

export const cjkPunctuationPass: NormalizePass = {
  rule: 'cjk-punctuation',
  run(text: string): PassResult {
    const edits: PassResult['edits'] = [];
    const mostlyCjk = mostlyCjkLines(text);
    for (const pattern of [BETWEEN, AT_END, BEFORE_LATIN]) {
      for (const match of text.matchAll(pattern)) {
        if (pattern === BEFORE_LATIN && !mostlyCjk(match.index)) continue;
        edits.push({ start: match.index, end: match.index + match[0].length, text: FULL_WIDTH[match[1]!]!, rule: 'cjk-punctuation' });
      }
    }
    edits.sort((a, b) => a.start - b.start);
    const first = edits[0];
    const findings: PassResult['findings'] = first
      ? [
          {
            severity: 'info',
            rule: 'cjk-punctuation',
            start: first.start,
            end: first.end,
            message: `Wrote ${edits.length} ASCII punctuation mark${edits.length === 1 ? '' : 's'} between CJK characters in full width, such as \`${text.slice(Math.max(0, first.start - 1), first.end + 1)}\` → \`${first.text}\``,
          },
        ]
      : [];
    return { edits, findings };
  },
};
