import fc from 'fast-check';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';
import { LineIndex } from '../text/position.ts';
import { readSeed } from '../testing/fixtures.ts';
import type { Result, SourceText } from '../types.ts';

const seedBytes = readSeed();
const seed = new TextDecoder().decode(seedBytes);
const simplified = OpenCC.Converter({ from: 'tw', to: 'cn' })(seed);
/** The seed with the few characters Big5 lacks (旸, 闶, …) replaced, so a Big5 copy is faithful. */
const big5Seed = Array.from(seed, (c) => (iconv.decode(iconv.encode(c, 'big5'), 'big5') === c ? c : '〇')).join('');

const bytesOf = (...parts: Array<Uint8Array | readonly number[]>): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)))));
const run = (bytes: Uint8Array, path = 'talk.txt'): Result<SourceText> => decode({ path, bytes });
const rules = (r: Result<SourceText>) => r.diagnostics.map((d) => `${d.severity} ${d.rule}`);

describe('decode: the same transcript in every supported encoding', () => {
  const cases: Array<[string, Uint8Array, string, boolean]> = [
    ['UTF-8', seedBytes, 'utf-8', false],
    ['UTF-8 with BOM', bytesOf([0xef, 0xbb, 0xbf], Buffer.from(seed)), 'utf-8', true],
    ['UTF-16 LE with BOM', bytesOf([0xff, 0xfe], iconv.encode(seed, 'utf-16le')), 'utf-16le', true],
    ['UTF-16 BE with BOM', bytesOf([0xfe, 0xff], iconv.encode(seed, 'utf-16be')), 'utf-16be', true],
    ['UTF-16 LE without BOM', bytesOf(iconv.encode(seed, 'utf-16le')), 'utf-16le', false],
    ['UTF-16 BE without BOM', bytesOf(iconv.encode(seed, 'utf-16be')), 'utf-16be', false],
    ['GB18030', bytesOf(iconv.encode(seed, 'gb18030')), 'gb18030', false],
  ];
  it.each(cases)('%s decodes to the identical text', (_name, bytes, encoding, bom) => {
    const result = run(bytes);
    expect(result.value.text).toBe(seed);
    expect(result.value.encoding).toBe(encoding);
    expect(result.value.bom).toBe(bom);
    expect(rules(result)).toEqual(encoding === 'utf-8' ? [] : ['info encoding']);
  });

  it('says which encoding it read when it is not UTF-8', () => {
    const [info] = run(bytesOf(iconv.encode(seed, 'gb18030'))).diagnostics;
    expect(info).toMatchObject({ severity: 'info', rule: 'encoding', file: 'talk.txt' });
    expect(info!.message).toContain('GB18030');
    expect(info!.span).toBeUndefined();
  });

  it('reads Simplified Chinese saved as GBK', () => {
    const result = run(bytesOf(iconv.encode(simplified, 'gbk')));
    expect(result.value.encoding).toBe('gb18030');
    expect(result.value.text).toBe(simplified);
  });

  it('reads Traditional Chinese saved as Big5', () => {
    const result = run(bytesOf(iconv.encode(big5Seed, 'big5')));
    expect(result.value.encoding).toBe('big5');
    expect(result.value.text).toBe(big5Seed);
  });

  it('reads short GB18030 and Big5 snippets (60–200 bytes) from all over the seed', () => {
    const wrong: string[] = [];
    for (let start = 0; start < seed.length - 120; start += 97) {
      for (const [text, encoding] of [
        [seed.slice(start, start + 40), 'gb18030'],
        [simplified.slice(start, start + 70), 'gb18030'],
        [big5Seed.slice(start, start + 60), 'big5'],
      ] as const) {
        if (!/\p{Script=Han}/u.test(text) || /^\s*$/.test(text)) continue;
        const bytes = bytesOf(iconv.encode(text, encoding === 'gb18030' ? 'gb18030' : 'big5'));
        const result = run(bytes);
        if (result.value.encoding !== encoding || result.value.text !== text) wrong.push(`${encoding} @${start}: ${result.value.encoding}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads a 20-byte GB18030 snippet and a 20-byte Big5 snippet', () => {
    expect(run(bytesOf(iconv.encode('姚順雨認為,有兩個大的感受', 'gb18030'))).value).toMatchObject({ encoding: 'gb18030', text: '姚順雨認為,有兩個大的感受' });
    expect(run(bytesOf(iconv.encode('姚順雨認為,有兩個大的感受', 'big5'))).value).toMatchObject({ encoding: 'big5', text: '姚順雨認為,有兩個大的感受' });
  });

  it('keeps a U+FEFF that follows the BOM in the text (the hygiene pass reports it)', () => {
    const result = run(bytesOf([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], Buffer.from('字')));
    expect(result.value).toMatchObject({ text: '\uFEFF字', bom: true });
  });
});

describe('decode: the legacy encodings people have (Windows-1252, Shift_JIS, EUC-JP, EUC-KR)', () => {
  const english =
    'I grew up in a small fishing town, and my grandfather’s boat was the first place I ever felt “at home.” ' +
    'He’d say the sea doesn’t care about your résumé: it cares whether you’ve checked the ropes.\n' +
    'We opened the café in 2019. Our first customer ordered a crème brûlée and a “very strong” coffee.\n';
  const japanese =
    '今日は創業百年の和菓子屋さんにお邪魔しています。お店はいつ始まったんですか？\n' +
    '大正十三年です。祖父が屋台でどら焼きを売り始めたのが最初でした。戦争で一度店を閉めましたが、祖母が小豆を守り抜いて、戦後すぐに再開しました。\n';
  const korean =
    '오늘 서울에서 인공지능의 미래에 관한 강연이 열렸습니다. 연구자들은 모델의 일반화와 제품화 과제에 대해 의견을 나누었습니다.\n' +
    '처음 시작하는 사람에게 무슨 말을 해 주고 싶으세요? 지루한 부분을 두려워하지 마세요. 사업은 거기에 있습니다.\n';
  const cases: Array<[string, string, string, string]> = [
    ['an English paragraph saved as Windows-1252', english, 'windows-1252', 'Windows-1252'],
    ['the same paragraph saved as ISO-8859-1 (no curly quotes)', english.replace(/[’]/g, "'").replace(/[“”]/g, '"'), 'windows-1252', 'Windows-1252'],
    ['a Japanese paragraph saved as Shift_JIS', japanese, 'shift_jis', 'Shift_JIS'],
    ['a Japanese paragraph saved as EUC-JP', japanese, 'euc-jp', 'EUC-JP'],
    ['a Korean paragraph saved as EUC-KR', korean, 'euc-kr', 'EUC-KR'],
    ['a Simplified Chinese paragraph saved as GBK', simplified.slice(0, 300), 'gb18030', 'GB18030'],
    ['a Traditional Chinese paragraph saved as Big5', big5Seed.slice(0, 300), 'big5', 'Big5'],
  ];
  it.each(cases)('reads %s, and says so', (_name, text, encoding, label) => {
    const saved = encoding === 'gb18030' ? 'gbk' : encoding === 'windows-1252' && !/[’“”]/.test(text) ? 'iso-8859-1' : encoding;
    const result = run(bytesOf(iconv.encode(text, saved)));
    expect(result.value).toMatchObject({ encoding, text, bom: false });
    expect(rules(result)).toEqual(['info encoding']);
    expect(result.diagnostics[0]!.message).toContain(label);
  });

  it('never takes a short UTF-8 file for a legacy encoding', () => {
    for (const text of ['é', 'Café', 'It’s “fine”.', 'naïve résumé', '日本', '한국어', '中文']) {
      const result = run(bytesOf(Buffer.from(text)));
      expect(result.value).toMatchObject({ encoding: 'utf-8', text });
      expect(rules(result)).toEqual([]);
    }
  });

  it('reads the encoding deck.yaml forces, even where detection would choose another', () => {
    // Two bytes that read cleanly as GB18030 (and are chosen as it) are also `Ã©` in Windows-1252.
    const bytes = bytesOf([0xc3, 0xa9, 0xd6, 0xd0]);
    expect(run(bytes).value.encoding).toBe('gb18030');
    const forced = decode({ path: 'talk.txt', bytes }, { encoding: 'windows-1252' });
    expect(forced.value).toMatchObject({ encoding: 'windows-1252', text: 'Ã©ÖÐ' });
    expect(forced.diagnostics.map((d) => [d.rule, d.message])).toEqual([['encoding', expect.stringMatching(/Windows-1252 \(as deck\.yaml's `encoding:` says\)/)]]);
    const utf8 = decode({ path: 'talk.txt', bytes: bytesOf(Buffer.from('Café')) }, { encoding: 'utf-8' });
    expect(utf8.value).toMatchObject({ encoding: 'utf-8', text: 'Café' });
    expect(utf8.diagnostics).toEqual([]);
  });

  it('reports bytes the forced encoding cannot read at their offset, naming deck.yaml', () => {
    const bytes = bytesOf(iconv.encode('大正十三年です。\n祖父が', 'shift_jis'), [0x81], Buffer.from('\n'));
    const forced = decode({ path: 'talk.txt', bytes }, { encoding: 'shift_jis' });
    expect(rules(forced)).toEqual(['error invalid-encoding']);
    expect(forced.diagnostics[0]!.message).toContain('expected Shift_JIS text');
    expect(forced.diagnostics[0]!.message).toMatch(/byte offset 23 \(line 2, column 4\)/);
    expect(forced.diagnostics[0]!.hint).toContain('encoding:');
    expect(forced.value.encoding).toBe('shift_jis');
  });
});

describe('decode: bytes that are not text', () => {
  it('reports the first invalid UTF-8 byte with its byte offset and line:column', () => {
    const bytes = bytesOf(Buffer.from('第一行\n第二行'), [0xff], Buffer.from('abc'));
    const result = run(bytes);
    expect(result.value.text).toBe('第一行\n第二行\uFFFDabc');
    const [error] = result.diagnostics;
    expect(error).toMatchObject({ severity: 'error', rule: 'invalid-encoding' });
    expect(error!.message).toContain('0xFF at byte offset 19 (line 2, column 4)');
    expect(error!.span!.start).toEqual({ line: 2, column: 4, offset: 7 });
    expect(error!.hint).toMatch(/UTF-8/);
  });

  it('points at the start of a character cut short, in the middle of the file and at its end', () => {
    const middle = run(bytesOf(Buffer.from('第一行\n第二'), [0xe4, 0xb8], Buffer.from('ab')));
    expect(middle.diagnostics[0]!.message).toContain('0xE4 at byte offset 16 (line 2, column 3)');
    expect(middle.value.text).toBe('第一行\n第二\uFFFDab');
    const end = run(bytesOf(Buffer.from('第一行\n第二'), [0xe4, 0xb8]));
    expect(end.diagnostics[0]!.message).toContain('byte offset 16 (line 2, column 3)');
  });

  it('reports a damaged GB18030 file against GB18030, with the rest still readable', () => {
    const good = iconv.encode(simplified.slice(0, 400), 'gbk');
    const bytes = bytesOf(good, [0xff], iconv.encode('之后的内容', 'gbk'));
    const result = run(bytes);
    expect(result.value.encoding).toBe('gb18030');
    expect(result.value.text).toBe(`${simplified.slice(0, 400)}\uFFFD之后的内容`);
    const error = result.diagnostics[0]!;
    expect(error.rule).toBe('invalid-encoding');
    const lines = new LineIndex(result.value.text);
    const at = lines.positionAt(400);
    expect(error.message).toContain(`0xFF at byte offset ${good.length} (line ${at.line}, column ${at.column})`);
    expect(error.span!.start).toEqual(at);
  });

  it('rejects a lone surrogate in UTF-16', () => {
    const result = run(bytesOf([0xff, 0xfe], iconv.encode('ab\n', 'utf-16le'), [0x00, 0xd8], iconv.encode('cd', 'utf-16le')));
    expect(result.value.encoding).toBe('utf-16le');
    expect(result.value.text).toBe('ab\n\uFFFDcd');
    expect(result.diagnostics[0]!.message).toContain('byte offset 8 (line 2, column 1)');
  });

  it('names an encoding it does not read instead of reading it as Latin or Chinese nonsense', () => {
    const result = run(bytesOf(iconv.encode('Мы открыли кафе в 2019 году. Первый посетитель заказал очень крепкий кофе и приходит до сих пор.', 'windows-1251')));
    expect(rules(result)).toEqual(['error invalid-encoding']);
    expect(result.diagnostics[0]!.message).toMatch(/Windows-1251 \(Russian\), which transcript-deck does not read/);
  });

  it('reports NUL bytes as a binary file, with the first one located', () => {
    const result = run(bytesOf(Buffer.from('abc\ndef'), [0], Buffer.from('ghi')));
    expect(rules(result)).toEqual(['error binary-file']);
    expect(result.diagnostics[0]!.message).toContain('byte offset 7 (line 2, column 4)');
    expect(result.value.text).toBe('abc\ndef\0ghi');
  });

  it('reports a file full of control bytes as binary and recognises common formats', () => {
    const zip = run(bytesOf([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), 'talk.docx');
    expect(rules(zip)).toEqual(['error binary-file']);
    expect(zip.diagnostics[0]!.message).toContain('ZIP');
    const controls = run(bytesOf(Buffer.from('text\x01\x02\x03\x04\x05 more')));
    expect(rules(controls)).toEqual(['error binary-file']);
    expect(controls.diagnostics[0]!.message).toContain('0x01 at byte offset 4 (line 1, column 5), the first of 5');
  });

  it('leaves a stray control byte in otherwise good text to the hygiene pass', () => {
    expect(rules(run(bytesOf(Buffer.from('一段很長的文字\x07,後面還有很多正常的內容。'))))).toEqual([]);
  });

  it('reports an empty file and a whitespace-only file', () => {
    expect(rules(run(new Uint8Array()))).toEqual(['error empty-file']);
    expect(rules(run(bytesOf(Buffer.from(' \n\t\u3000\r\n'))))).toEqual(['error empty-file']);
    expect(rules(run(bytesOf([0xef, 0xbb, 0xbf])))).toEqual(['error empty-file']);
    expect(rules(run(bytesOf([0xff, 0xfe], iconv.encode('  \n', 'utf-16le'))))).toEqual(['error empty-file']);
  });
});

describe('decode: properties', () => {
  const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr', 'windows-1252'];
  const checkResult = (result: Result<SourceText>): void => {
    expect(encodings).toContain(result.value.encoding);
    const lines = new LineIndex(result.value.text);
    for (const d of result.diagnostics) {
      if (!d.span) continue;
      for (const p of [d.span.start, d.span.end]) {
        expect(p.offset).toBeGreaterThanOrEqual(0);
        expect(p.offset).toBeLessThanOrEqual(result.value.text.length);
        expect(lines.positionAt(p.offset)).toEqual(p);
      }
    }
  };

  it('never throws and keeps positions inside the text, for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        checkResult(run(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary bytes after a BOM, or on mostly-valid CJK text with damage', () => {
    const bom = fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []);
    const damaged = fc
      .tuple(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('gb18030', 'big5', 'utf8'), fc.nat(), fc.integer({ min: 0, max: 255 }))
      .map(([text, encoding, at, byte]) => {
        const bytes = new Uint8Array(iconv.encode(text, encoding));
        if (bytes.length > 0) bytes[at % bytes.length] = byte;
        return Array.from(bytes);
      });
    // Printable ASCII and high bytes only: never binary, so the legacy candidates and the search for
    // the first bad byte get exercised.
    const highBytes = fc.array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 200 });
    fc.assert(
      fc.property(bom, fc.oneof(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 200 }), highBytes, damaged), (head, body) => {
        checkResult(run(bytesOf(head, body)));
      }),
      { numRuns: 400 },
    );
  });

  it('reads any text saved as UTF-8 (with or without BOM) or UTF-16 with BOM back unchanged', () => {
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }).filter((s) => !s.startsWith('\uFEFF') && !s.includes('\0'));
    fc.assert(
      fc.property(text, (s) => {
        for (const bytes of [
          bytesOf(Buffer.from(s)),
          bytesOf([0xef, 0xbb, 0xbf], Buffer.from(s)),
          bytesOf([0xff, 0xfe], iconv.encode(s, 'utf-16le')),
          bytesOf([0xfe, 0xff], iconv.encode(s, 'utf-16be')),
        ]) {
          const result = run(bytes);
          checkResult(result);
          expect(result.value.text).toBe(s);
        }
      }),
      { numRuns: 300 },
    );
  });
});
