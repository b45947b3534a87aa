import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { cleanOffsetIn } from './builder.ts';
import { parse, readers } from './index.ts';

/** Pieces of every format, shuffled into odd texts. */
const TOKENS = [
  'WEBVTT\n', '\n', '\n\n', '00:00:01.000 --> 00:00:02.000', '00:00:01,000 --> 00:00:02,000', '1\n', '<v Dave>', '</v>', '<i>', '<c.x>', '<00:01.000>', '&amp;', '&lt;',
  'NOTE ', 'Chapter: ', 'STYLE\n', '---\n', 'speakers:\n  a: b\n', '# ', '## ', '### 主持人：\n', '**Dave:** ', '**Sue**: ', '`', '*', '_', '[x](http://y)', '<!-- c -->', '> ', '- ',
  'Dave: ', 'Sue：', '问：', '答：', 'Q: ', 'A: ', 'Note: ', '主題：', 'http://x.y', '12:03', 'Dave Smith  0:12\n', '[Speaker 1] [00:01] ', 'Speaker 2 (00:00:03): ',
  '>> ', '{\\an8}', 'hello', '你好。', 'こんにちは', '?', ' ', '\t', '\u3000', '[', ']', ':', '：',
];

describe('every reader on odd input', () => {
  it('never throws, and every paragraph character maps back to the file', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 80 }), (parts) => {
        const clean = cleanFromString(parts.join(''));
        for (const reader of readers) {
          const { value } = parse(clean, { format: reader.id });
          for (const p of [...value.lead, ...value.credits, ...value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs))]) {
            expect(p.text.length).toBeGreaterThan(0);
            for (let i = 0; i < p.text.length; i++) {
              const from = clean.text[cleanOffsetIn(p, i)];
              if (from !== p.text[i]) expect(p.text[i] === ' ' || from === '&', `${reader.id}: ${JSON.stringify(p.text)} [${i}] from ${JSON.stringify(clean.text)}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
    // 200 random files through every reader: about 2 s alone, several times that beside other work.
  }, 60_000);
});
