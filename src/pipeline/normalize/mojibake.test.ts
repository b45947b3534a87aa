import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, repoRoot } from '../testing/fixtures.ts';
import { normalize } from './index.ts';
import { lineEndingPass } from './line-endings.ts';
import { gbk } from './mojibake-gbk.ts';
import { getLexicon } from './mojibake-model.ts';
import { findCandidates, mojibakePass } from './mojibake.ts';
import type { PassResult } from './pass.ts';
import { pinyinGlossPass } from './pinyin-gloss.ts';

/*
 * Fixtures are made by scrambling real sentences the two ways pages do it:
 * - scrambleOneOff: the page's GBK bytes lose the lead byte of one character and are read one byte
 *   off until the next ASCII byte (the seed transcript's damage; see mojibake-one-off.ts);
 * - scrambleUtf8: UTF-8 bytes decoded as GBK, then converted to Traditional.
 */

/** GBK bytes of `text` read one byte off from character `at`, the way the seed's page shows them. */
function scrambleOneOff(text: string, at: number): string {
  const lex = getLexicon();
  const before = text.slice(0, at);
  const bytes = [...iconv.encode(text.slice(at), 'gbk')];
  const previous = [...iconv.encode(before, 'gbk')];
  const lastByte = previous[previous.length - 1];
  // The pair misread across the lost byte is shown as `?` with the tail of its pinyin gloss.
  const ghost = lastByte !== undefined && lastByte >= 0x81 ? iconv.decode(Buffer.from([lastByte, bytes[0]!]), 'gbk') : '';
  const reading = ghost ? lex.readings(ghost)[0] : undefined;
  let out = `${before}?${reading ? `${reading})` : ''}`;
  let pos = 1;
  while (pos < bytes.length && bytes[pos]! >= 0x80) {
    const lead = bytes[pos]!;
    const trail = bytes[pos + 1];
    if (trail === undefined || trail < 0x40 || trail === 0x7f) {
      out += '?'; // invalid pair: shown as `?`, both bytes gone
      pos += 2;
      break;
    }
    const char = iconv.decode(Buffer.from([lead, trail]), 'gbk');
    const code = char.charCodeAt(0);
    if (!(code >= 0xe000 && code <= 0xf8ff)) out += char; // private use: shown as nothing
    pos += 2;
    if (trail < 0x80) break; // the ASCII byte put the reading back in step
  }
  return out + iconv.decode(Buffer.from(bytes.slice(pos)), 'gbk');
}

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** UTF-8 bytes of Simplified `text` decoded as GBK, then converted to Traditional. */
function scrambleUtf8(text: string): string {
  return toTaiwan(iconv.decode(Buffer.from(text, 'utf8'), 'gbk').replace(/\uFFFD/g, '?'));
}

const passes = [lineEndingPass, mojibakePass, pinyinGlossPass];
const clean = (text: string) => normalize({ path: 't.txt', text, encoding: 'utf-8', bom: false }, passes);
const garbled = (result: ReturnType<typeof clean>) => result.diagnostics.filter((d) => d.rule === 'garbled-text');
const unreadableText = (result: ReturnType<typeof clean>) => result.value.unreadable.map((r) => result.value.text.slice(r.start, r.end));

/** A Traditional paragraph around a fixture, so that the document reads as Traditional Chinese. */
const BEFORE = '這是一段正常的繁體中文,說明會議的背景和參加的人員。';
const AFTER = '後面的內容也都是正常的句子,沒有任何問題。';

describe('the fixture scrambler', () => {
  it('makes the damage seen in the seed transcript', () => {
    expect(scrambleOneOff('因為它商業(yè)化', 1)).toBe('因?yàn)樗虡I(yè)化');
    expect(scrambleOneOff('我們在談(tán)論自主學(xué)習', 2)).toBe('我們?cè)谡?tán)論自主學(xué)習');
    expect(scrambleOneOff('因為它能力變強(qiáng)大部分人', 1)).toBe('因?yàn)樗芰ψ儚?qiáng)大部分人');
  });
});

describe('mojibakePass: GBK read one byte off', () => {
  it('reads the characters after a `?yàn)` marker back', () => {
    const original = '我們今天討論的主題是人工智能的未來發展。';
    const scrambled = scrambleOneOff(original, 2);
    expect(scrambled).toBe('我們?裉煊懻摰闹黝}是人工智能的未來發展。');
    const result = clean(BEFORE + scrambled + AFTER);
    expect(result.value.text).toBe(BEFORE + original + AFTER);
    const [finding] = garbled(result);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe('Scrambled bytes `?裉煊懻摰闹黝}` read as `今天討論的主題`');
    expect(finding?.hint).toContain('corrections.yaml');
    expect(finding?.span?.start).toMatchObject({ line: 1, column: BEFORE.length + 3 });
  });

  it('uses the pinyin left by the lost character to choose the lost byte', () => {
    const original = '這家公司在去年推出了三款新產品,銷量都不錯。';
    const scrambled = scrambleOneOff(original, 18);
    expect(scrambled).toBe('這家公司在去年推出了三款新產品,銷量?kāng)疾诲e。');
    expect(clean(BEFORE + scrambled).value.text).toBe(BEFORE + original);
  });

  it('reads a long run through to the `?` that ate a gloss\'s `(`', () => {
    // 們 = 82 83, 的 = B5 C4: misread pairs (83 B5) `兊`, (C4 C4)…; 變強 = D7 83 8F 8A, the last byte eaten with `(`.
    const original = '他們的能力變強(qiáng)了,所以很多人開始使用。';
    const scrambled = scrambleOneOff(original, 1);
    expect(scrambled).toBe('他?兊哪芰ψ儚?qiáng)了,所以很多人開始使用。');
    const result = clean(BEFORE + scrambled);
    expect(result.value.text).toBe(`${BEFORE}他們的能力變強了,所以很多人開始使用。`);
  });

  it('reads the last character from the gloss tail after a final `?` (its `(` was eaten)', () => {
    const result = clean(`${BEFORE}他們的?nǎ)芰ψ儚?qiáng)了。`);
    expect(result.value.text).toBe(`${BEFORE}他們的能力變強了。`);
    expect(garbled(result)[0]?.message).toContain('read as `能力變強`');
  });

  it('reads a pair whose second byte is ASCII (`為` + `O`) and an ASCII trail byte (`學` = 8C 57, shown `W`)', () => {
    expect(clean(`${BEFORE}那個因?yàn)镺penAI已經發布了。`).value.text).toBe(`${BEFORE}那個因為OpenAI已經發布了。`);
    expect(clean(`${BEFORE}他們?cè)谡務(wù)撟灾鲗W(xué)習的問題。`).value.text).toBe(`${BEFORE}他們在談論自主學習的問題。`);
  });

  it('repairs a lost character after a bare `?` and keeps real question marks', () => {
    const original = '他說我們需要更多的時間來完成這個項目,但是老闆不同意。';
    const scrambled = scrambleOneOff(original, 12);
    expect(scrambled).toBe('他說我們需要更多的時間來?瓿蛇@個項目,但是老闆不同意。');
    expect(clean(BEFORE + scrambled).value.text).toBe(BEFORE + original);

    const questions = '你覺得怎么樣?我們明天再談。他真的會來嗎?我不知道。';
    const result = clean(questions);
    expect(result.value.text).toBe(questions);
    expect(garbled(result)).toEqual([]);
  });

  it('inserts a character lost with its gloss (`言?nèi)容`) and drops a marker that stands for nothing', () => {
    const result = clean('以下是他的主要發言?xún)?nèi)容:');
    expect(result.value.text).toBe('以下是他的主要發言內容:');
    const messages = garbled(result).map((d) => d.message);
    expect(messages[0]).toBe('Scrambled bytes `?xún)` removed: they stand for no character');
    // In so short a text `內` only just beats dropping the marker: it is kept, and marked as a guess.
    expect(messages[1]).toMatch(/^Scrambled bytes `\?nèi\)` read as `內`/);
  });

  it('marks a character guessed without a clear winner as unreadable, but keeps it', () => {
    // 它/他/她 differ only in the lost byte: the reading says so.
    const result = clean('大模型的問題,因?yàn)樗芰ψ儚?qiáng)大部分人感受不到。');
    expect(result.value.text).toContain('能力變強大部分人');
    const message = garbled(result)[0]!.message;
    if (message.includes('guessed')) expect(unreadableText(result).length).toBeGreaterThan(0);
  });

  it('marks a run it cannot read as unreadable and reports it', () => {
    const text = `${BEFORE}今天?yàn)龘龞龟龠龢龤,明天再說。`;
    const result = clean(text);
    const [finding] = garbled(result);
    expect(finding?.message).toMatch(/could not be repaired; marked unreadable$/);
    expect(unreadableText(result).join('')).toContain('龘');
  });
});

describe('mojibakePass: UTF-8 decoded as GBK', () => {
  it('maps each character back, decodes the bytes as UTF-8 and follows the document script', () => {
    const scrambled = scrambleUtf8('他们的研究成果非常重要');
    expect(scrambled).toBe('浠栦滑鐨勭爺絀舵垚鏋滈潪甯擱噸瑕?');
    const result = clean(`${BEFORE}他說:${scrambled},然後大家都笑了。`);
    expect(result.value.text).toBe(`${BEFORE}他說:他們的研究成果非常重要,然後大家都笑了。`);
    expect(garbled(result)[0]?.message).toContain('read as `他們的研究成果非常重要`');
  });

  it('reads a run converted to Traditional after the damage; a last character cut short is a guess', () => {
    const scrambled = scrambleUtf8('这个模型的能力变得越来越强');
    expect(scrambled.endsWith('寮?')).toBe(true); // 强 = E5 BC BA: BA went with the next byte
    const result = clean(`${BEFORE}他說:${scrambled},然後大家都笑了。`);
    expect(result.value.text).toMatch(new RegExp(`^${BEFORE}他說:這個模型的能力變得越來越.,然後大家都笑了。$`));
    expect(unreadableText(result)).toHaveLength(1); // the guessed last character (U+5F00–U+5F3F)
    expect(garbled(result)[0]?.message).toMatch(/guessed from context, marked unreadable$/);
  });
});

describe('mojibakePass: clean text', () => {
  it('leaves real Chinese alone: rare names, parentheses, glosses, question marks', () => {
    const text =
      '月之暗面創始人楊植麟、Qwen負(fù)責(zé)人林俊旸出席。額外的context(文本)和environment(場景),伽羅華理論?就說硅谷。';
    const result = mojibakePass.run(text);
    expect(result.edits).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unreadable ?? []).toEqual([]);
  });

  it('leaves acronyms and numbers in full-width letters alone (ＷＴＯ, ＧＡＴＴ, ２００２), as Taiwan’s gazette writes them', () => {
    const text = `${BEFORE}希望政府能好好準備如何因應加入ＷＴＯ。謝謝。依據ＧＡＴＴ第二十四條,二００二年起ＳＡＲＳ期間。${AFTER}`;
    const result = mojibakePass.run(text);
    expect(result.edits).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unreadable ?? []).toEqual([]);
  });

  it('finds nothing to look at in plain Latin text', () => {
    expect(findCandidates('What? No (really)? Yes.')).toEqual([]);
  });
});

describe('mojibakePass: robustness', () => {
  // A small deterministic generator (mulberry32).
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pieces = ['?', '?yàn)', '(huì)', 'qiáng)', '樗', '芰', 'ψ', '儚', '的', '是', '因', '為', '?', 'a', 'O', ' ', '\n', '。', ',', '\ud83d', '\ude00', '😀', '鍥', '犱', '負', '瀹', '\u0000', '€', 'ü', '(', ')', '鲗W', '龘'];

  it('never throws on random strings, and its edits stay inside the text without overlapping', () => {
    const next = random(42);
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = Math.floor(next() * 60);
      for (let i = 0; i < length; i++) {
        text += next() < 0.2 ? String.fromCharCode(Math.floor(next() * 0xffff)) : pieces[Math.floor(next() * pieces.length)]!;
      }
      let result: PassResult | undefined;
      expect(() => (result = mojibakePass.run(text))).not.toThrow();
      const edits = [...result!.edits].sort((a, b) => a.start - b.start);
      let cursor = 0;
      for (const edit of edits) {
        expect(edit.start).toBeGreaterThanOrEqual(cursor);
        expect(edit.end).toBeGreaterThanOrEqual(edit.start);
        expect(edit.end).toBeLessThanOrEqual(text.length);
        cursor = edit.end;
      }
      for (const range of result!.unreadable ?? []) expect(range.end).toBeLessThanOrEqual(text.length);
      for (const finding of result!.findings) expect(finding.end).toBeGreaterThanOrEqual(finding.start);
    }
  });

  it('builds its GBK table from iconv-lite: every non-private-use code round-trips', () => {
    const table = gbk();
    expect(table.decode(0xd2, 0xf2)).toBe('因');
    expect(table.encode('為')).toBe(0x9ee9);
    expect(table.isPrivateUse(0xfc, 0xc4)).toBe(true);
  });
});

describe('mojibakePass on the seed transcript', () => {
  const seed = readFileSync(new URL(SEED_PATH, `file://${repoRoot}`), 'utf8');
  const result = normalize({ path: SEED_PATH, text: seed, encoding: 'utf-8', bom: false }, passes);
  const text = result.value.text;
  const inUnreadable = (offset: number) => result.value.unreadable.some((r) => offset >= r.start && offset < r.end);

  it('repairs the scrambled runs', () => {
    expect(text).toContain('因為它能力變強大部分人');
    expect(text).toContain('主要發言內容:');
    expect(text).toContain('因為你是橫跨中美的');
    expect(text).toContain('我們在談論自主學習');
    expect(text).toContain('是因為他們受限於他們沒有預訓練能力');
    expect(text).toContain('我們在這個數學題上');
    expect(text).toContain('因為OpenAi已經');
    expect(text).toContain('因為它商業化');
  });

  it('leaves no `?` between Chinese characters but the question marks', () => {
    const left: string[] = [];
    for (const match of text.matchAll(/(?<=\p{Script=Han})\?(?=\p{Script=Han})/gu)) {
      if (!inUnreadable(match.index)) left.push(text.slice(match.index - 1, match.index + 2));
    }
    expect(left).toEqual(['嗎?就', '吧?先', '務?然', '大?如']);
    // …and no pinyin tail of a lost gloss.
    expect(text).not.toMatch(/\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
  });

  it('reports every run with its position', () => {
    const found = garbled(result);
    expect(found.map((d) => `${d.span!.start.line}:${d.span!.start.column}`)).toEqual([
      '9:100',
      '13:15',
      '13:20',
      '22:2',
      '27:69',
      '39:17',
      '53:238',
      '55:28',
      '60:16',
      '61:41',
    ]);
    for (const d of found) {
      expect(d.severity).toBe('warning');
      expect(d.file).toBe(SEED_PATH);
      expect(seed.slice(d.span!.start.offset, d.span!.end.offset)).toMatch(/^\?/);
    }
  });

  // Its speed is the benchmark's (`npm run bench`: the pipeline on the seed and its multiples), not a test's.
  it('reads a hundred copies of the seed as it reads one: every run found again', () => {
    const bigResult = mojibakePass.run(seed.repeat(100));
    expect(bigResult.findings.length).toBe(1000);
  });
});

describe('Japanese text is left alone', () => {
  it('repairs nothing in a Japanese transcript, whose kana are the writing, not damage', () => {
    const text = '大正十三年です。祖父が屋台でどら焼きを売り始めたのが最初でした。戦争で一度店を閉めましたが、祖母が小豆を守り抜いて、戦後にまた始めました。\n砂糖は三回に分けて入れます。\n';
    const result = mojibakePass.run(text);
    expect(result.edits).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});

describe('Korean text is left alone', () => {
  it('marks nothing unreadable in a Korean transcript, whose Hangul is the writing, not damage', () => {
    const text = '사회자: 오늘 우리 회사가 지난 십 년 동안 배운 것을 말씀해 주시겠어요?\n김민수: 가장 중요한 것은 고객의 목소리를 듣는 것이었습니다. 우리는 매주 고객을 만나서 직접 이야기를 들었습니다.\n';
    const result = mojibakePass.run(text);
    expect(result.edits).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});

describe('text in other alphabets is left alone', () => {
  // Once read as scrambled bytes, every word of them marked unreadable: no misread GBK pair shows
  // Arabic, Devanagari or Thai, and Cyrillic or Greek letters that are the writing are no damage.
  it.each([
    ['Russian', 'Анна: Я считаю, что главная проблема открытого кода сегодня не в деньгах, а в поддержке старых библиотек.\n'],
    ['Greek', 'Μαρία: Πιστεύω ότι το μεγαλύτερο πρόβλημα δεν είναι το μοντέλο, αλλά τα δεδομένα που του δίνουμε.\n'],
    ['Arabic', 'سارة: أعتقد أن أكبر تحدٍّ أمامنا ليس النموذج نفسه، بل البيانات التي نُدرّبه عليها وجودتها.\n'],
    ['Hindi', 'प्रिया: मेरा मानना है कि शिक्षा की सबसे बड़ी समस्या तकनीक नहीं है, बल्कि सवाल पूछना न सिखाना है।\n'],
    ['Thai', 'สมชาย: ผมคิดว่าปัญหาที่ใหญ่ที่สุดของเมืองไม่ใช่รถติด แต่เป็นการออกแบบเมืองให้รถยนต์มากกว่าให้คน\n'],
    ['Hebrew, in a Chinese text', '我们的合作伙伴在以色列，他们的口号是 שלום עולם，意思是世界和平。\n'],
  ])('%s', (_name, text) => {
    const result = mojibakePass.run(text);
    expect(result.edits).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});
