import { HAN } from '../text/cjk.ts';
import type { NormalizePass, PassResult } from './pass.ts';

/*
 * News sites that convert Simplified to Traditional Chinese often annotate characters with their
 * pinyin: `會(huì)`. A gloss is a CJK character followed by a parenthesised, tone-marked pinyin
 * syllable. Only the parenthesised part goes; real parentheses (`(瓶頸)`, `environment(場景)`,
 * `(如有圖片或視頻亦包括在內)`) never match because they hold no tone-marked Latin syllable.
 */
const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const SYLLABLE = `[a-z${TONE_MARKED}]{0,5}[${TONE_MARKED}][a-z${TONE_MARKED}]{0,5}`;
const GLOSS = new RegExp(`(?<=${HAN.source})\\(${SYLLABLE}\\)`, 'gu');

export const pinyinGlossPass: NormalizePass = {
  rule: 'pinyin-gloss',
  run(text: string): PassResult {
    const edits: PassResult['edits'] = [];
    for (const match of text.matchAll(GLOSS)) {
      edits.push({ start: match.index, end: match.index + match[0].length, text: '', rule: 'pinyin-gloss' });
    }
    const findings: PassResult['findings'] =
      edits.length === 0
        ? []
        : [
            {
              severity: 'info',
              rule: 'pinyin-gloss',
              start: edits[0]!.start,
              end: edits[0]!.end,
              message: `Removed ${edits.length} pinyin gloss${edits.length === 1 ? '' : 'es'} such as \`${text.slice(edits[0]!.start - 1, edits[0]!.end)}\``,
            },
          ];
    return { edits, findings };
  },
};
