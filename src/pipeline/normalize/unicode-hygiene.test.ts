import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../testing/fixtures.ts';
import { applyEdits } from './edits.ts';
import { normalize } from './index.ts';
import { lineEndingPass } from './line-endings.ts';
import { unicodeHygienePass } from './unicode-hygiene.ts';

const run = (text: string) => {
  const result = unicodeHygienePass.run(text);
  return { ...result, text: applyEdits(text, result.edits).text };
};
const clean = (text: string) => normalize({ path: 't.txt', text, encoding: 'utf-8', bom: false }, [unicodeHygienePass, lineEndingPass]);
const summary = (text: string) => run(text).findings.map((f) => `${f.severity} ${f.rule}`);

describe('unicode hygiene', () => {
  it('leaves clean text alone, the seed included', () => {
    expect(run('今日,AGI-Next 前沿峰會在北京舉行。\r\nabc').edits).toEqual([]);
    const seed = new TextDecoder().decode(readSeed());
    expect(unicodeHygienePass.run(seed)).toEqual({ edits: [], findings: [] });
  });

  it('removes zero-width characters and reports them once, with a count and the first position', () => {
    const result = run('姚順\u200B雨\u200B說\n\uFEFF他\u2060們');
    expect(result.text).toBe('姚順雨說\n他們');
    expect(result.findings).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'zero-width-character', start: 2, end: 3 }),
    ]);
    expect(result.findings[0]!.message).toBe(
      'Removed 4 zero-width characters (U+200B zero width space ×2, U+FEFF zero width no-break space, U+2060 word joiner), first at line 1, column 3',
    );
    expect(result.findings[0]!.hint).toBeTruthy();
  });

  it('keeps a zero-width joiner inside an emoji sequence and removes it elsewhere', () => {
    const emoji = '👩\u200D💻 👍🏽\u200D💻 🏳️\u200D🌈';
    expect(run(emoji).text).toBe(emoji);
    expect(run('中\u200D文 👩\u200D a\u200D💻').text).toBe('中文 👩 a💻');
  });

  it('neutralises bidi overrides, embeddings and isolates', () => {
    const result = run('price: \u202E0051\u202C and \u2067abc\u2069 \u202Ax\u202C');
    expect(result.text).toBe('price: 0051 and abc x');
    expect(summary('a\u202Eb')).toEqual(['warning bidi-control']);
    expect(result.findings[0]!.message).toMatch(/^Removed 6 bidirectional control characters \(U\+202E right-to-left override, U\+202C pop directional formatting ×2, /);
  });

  it('removes control characters (a terminal colour code as a whole) but keeps \\n, \\r and tabs become spaces', () => {
    const result = run('\x1b[1;31m警告\x1b[0m\x07:\x00內容\x7f\u0090\r\n下\t一行');
    expect(result.text).toBe('警告:內容\r\n下 一行');
    expect(result.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning control-character', 'info unusual-space']);
    expect(result.findings[0]!.message).toContain('2 as whole terminal escape sequences');
  });

  it('turns U+2028, U+2029, form feeds and NEL into line breaks', () => {
    const result = run('一\u2028二\u2029三\f四\u0085五');
    expect(result.text).toBe('一\n二\n三\n四\n五');
    expect(summary('一\u2028二')).toEqual(['info line-separator']);
  });

  it('turns no-break and other odd spaces into a space, but keeps the ideographic space of CJK text', () => {
    expect(run('a\u00A0b\u2009c\u202Fd\u3000e').text).toBe('a b c d\u3000e');
    expect(summary('a\u00A0b')).toEqual(['info unusual-space']);
  });

  it('puts text in NFC only where that changes it, each change a small edit', () => {
    const text = 'hu\u0300i 會議 cafe\u0301 \uF900 한\u1100\u1161';
    const result = run(text);
    expect(result.text).toBe(text.normalize('NFC'));
    expect(result.edits).toEqual([
      { start: 1, end: 3, text: 'ù', rule: 'unicode-normalization' },
      { start: 11, end: 13, text: 'é', rule: 'unicode-normalization' },
      { start: 14, end: 15, text: '\u8C48', rule: 'unicode-normalization' },
      { start: 17, end: 19, text: '가', rule: 'unicode-normalization' },
    ]);
    expect(result.findings).toEqual([expect.objectContaining({ severity: 'info', rule: 'unicode-normalization', start: 1, end: 3 })]);
    expect(result.findings[0]!.message).toBe(
      'Rewrote 4 character sequences in composed form (Unicode NFC), first at line 1, column 2: U+0075 U+0300 → U+00F9',
    );
  });

  it('composes what a removed character kept apart', () => {
    expect(run('cafe\u200B\u0301').text).toBe('café');
  });

  it('maps clean offsets back to the source through normalize()', () => {
    const source = '第一行\r\n姚\u200B順\u00A0雨\u202E說';
    const result = clean(source).value;
    expect(result.text).toBe('第一行\n姚順 雨說');
    const at = result.text.indexOf('雨');
    expect(result.positionOf(at)).toEqual({ line: 2, column: 5, offset: source.indexOf('雨') });
    const spans = clean(source).diagnostics.map((d) => [d.rule, d.span!.start.line, d.span!.start.column]);
    expect(spans).toEqual([
      ['bidi-control', 2, 6],
      ['zero-width-character', 2, 2],
      ['unusual-space', 2, 4],
    ]);
  });

  // Its speed on long text is measured by `npm run bench`, not asserted here.
  it('cleans a long text whole', () => {
    const line = '姚順雨認為,有兩個大的感受 hu\u0300i\u200B\u00A0 cafe\u0301\n';
    const text = line.repeat(10_000); // ~300k code units
    const result = run(text);
    expect(result.text).toBe(text.replace(/\u200B/g, '').replace(/\u00A0/g, ' ').normalize('NFC'));
  });
});

describe('unicode hygiene: properties', () => {
  const interesting = fc.constantFrom(
    '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202A', '\u202E', '\u2066', '\u2069', '\u2028', '\u2029',
    '\x00', '\x07', '\x1b', '\x1b[31m', '\x7f', '\u0085', '\u0090', '\t', '\r', '\n', '\f', '\u00A0', '\u3000',
    '\u0301', '\u0308', '\u0323', '\u1161', '\u11A8', '\u1100', 'e', 'a', '한', '\uF900', '👩', '💻', '\uFE0F', '🏽', '中',
    '\uD800', '\uDC00',
  );
  const text = fc.string({ unit: fc.oneof(interesting, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 60 });

  it('never throws, makes in-range non-overlapping edits, and reports positions inside the text', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = unicodeHygienePass.run(input);
        let cursor = 0;
        for (const edit of [...result.edits].sort((a, b) => a.start - b.start)) {
          expect(edit.start).toBeGreaterThanOrEqual(cursor);
          expect(edit.end).toBeGreaterThanOrEqual(edit.start);
          expect(edit.end).toBeLessThanOrEqual(input.length);
          cursor = edit.end;
        }
        for (const f of result.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(input.length);
        }
        const rules = result.findings.map((f) => f.rule);
        expect(new Set(rules).size).toBe(rules.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves NFC text without invisible or control characters, and a second run changes nothing', () => {
    fc.assert(
      fc.property(text, (input) => {
        const out = run(input).text;
        expect(out.normalize('NFC')).toBe(out);
        expect(out).not.toMatch(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00A0\u00AD\u200B\u200C\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF\t]/);
        expect(run(out).edits).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every clean position inside the source through normalize()', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = clean(input);
        for (let i = 0; i <= result.value.text.length; i++) {
          const p = result.value.positionOf(i);
          expect(p.offset).toBeGreaterThanOrEqual(0);
          expect(p.offset).toBeLessThanOrEqual(input.length);
        }
        for (const d of result.diagnostics) expect(d.span!.end.offset).toBeLessThanOrEqual(input.length);
      }),
      { numRuns: 500 },
    );
  });
});
