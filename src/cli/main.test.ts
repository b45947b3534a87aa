import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDeck } from '../io/load-deck.ts';
import { repoRoot } from '../pipeline/testing/fixtures.ts';
import { EXIT, main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'td-cli-'));

/** Runs the CLI in-process on a file with the given content; returns exit code and what it printed. */
async function check(name: string, content: string | Uint8Array, ...flags: string[]) {
  const file = join(dir, name);
  writeFileSync(file, content);
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const code = await main(['check', file, ...flags]);
  vi.restoreAllMocks();
  return { code, out, err };
}

/** `rule` reported at `line:col` of the file, as the one formatter prints it. */
const at = (name: string, line: number, column: number, severity: string, rule: string) => `${join(dir, name)}:${line}:${column}: ${severity} ${rule}`;

afterEach(() => vi.restoreAllMocks());

describe('transcript-deck check on bad input', () => {
  const topic = '主題:測試\n';

  it('an empty or whitespace-only file is an error', async () => {
    for (const [name, content] of [['empty.txt', ''], ['blank.txt', ' \n\t\n  ']] as const) {
      const { code, err } = await check(name, content);
      expect(code).toBe(EXIT.inputError);
      expect(err).toContain(`error empty-file`);
      expect(err).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    }
  });

  it('binary bytes are an error naming the byte offset', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    const { code, err } = await check('image.txt', png);
    expect(code).toBe(EXIT.inputError);
    expect(err).toContain('error binary-file');
    expect(err).toMatch(/byte offset \d+|PNG/);
  });

  it('invalid UTF-8 is an error at its line and column', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${topic}[甲] 好`), 0xc3, 0x28, 0xa0, 0xa1]);
    const { code, err } = await check('invalid.txt', bytes);
    expect(code).toBe(EXIT.inputError);
    expect(err).toContain(at('invalid.txt', 2, 6, 'error', 'invalid-encoding'));
  });

  it('unbalanced and empty speaker brackets are errors at their column', async () => {
    const { code, err } = await check('brackets.txt', `${topic}[甲] 一句話\n[主持人 沒有右括號的一行\n[] 沒有名字的一行\n`);
    expect(code).toBe(EXIT.inputError);
    expect(err).toContain(at('brackets.txt', 3, 1, 'error', 'unclosed-speaker'));
    expect(err).toContain(at('brackets.txt', 4, 1, 'error', 'empty-speaker'));
  });

  it('a 500-character speaker name is an error', async () => {
    const { code, err } = await check('long-name.txt', `${topic}[${'名'.repeat(500)}] 說了一句話\n`);
    expect(code).toBe(EXIT.inputError);
    expect(err).toContain(at('long-name.txt', 2, 1, 'error', 'speaker-name-too-long'));
  });

  it('a 200 KB line builds, with a warning and exit 0', async () => {
    const { code, err, out } = await check('long-line.txt', `${topic}[甲] ${'這是一句很長的話。'.repeat(200_000 / 9)}\n`);
    expect(code).toBe(EXIT.ok);
    expect(err).toContain(at('long-line.txt', 2, 5, 'warning', 'long-paragraph'));
    expect(out).toContain('unaccounted 0');
  });

  it('5,000 topics build, with a warning at the first topic past the bound', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `主題:第${i + 1}個話題\n[甲] 第${i + 1}個話題裡說的一句完整的話。\n`).join('');
    const { code, err } = await check('topics.txt', text);
    expect(code).toBe(EXIT.ok);
    expect(err).toContain(at('topics.txt', 201, 4, 'warning', 'many-topics'));
  }, 60_000); // 4–5 s alone, past vitest's 5 s default on a loaded 2-core machine

  it('zero-width and bidi-override characters are removed with a warning at the first one', async () => {
    const { code, err } = await check('invisible.txt', `${topic}[甲] 看不見\u200b的字和\u202e反向\u202c的字\n`);
    expect(code).toBe(EXIT.ok);
    expect(err).toContain(at('invisible.txt', 2, 8, 'warning', 'zero-width-character'));
    expect(err).toContain(at('invisible.txt', 2, 12, 'warning', 'bidi-control'));
  });

  it('a deck.yaml with a wrong type or an unknown key is an error at its line', async () => {
    writeFileSync(join(dir, 'ok.txt'), `${topic}[甲] 一句話\n`);
    const wrongType = await check('deck.yaml', 'transcript: ok.txt\nduration: soon\n');
    expect(wrongType.code).toBe(EXIT.inputError);
    expect(wrongType.err).toContain(at('deck.yaml', 2, 11, 'error', 'manifest-type'));
    const unknown = await check('deck.yaml', 'transcript: ok.txt\nthem: dark\n');
    expect(unknown.code).toBe(EXIT.inputError);
    expect(unknown.err).toContain(at('deck.yaml', 2, 1, 'error', 'manifest-unknown-key'));
    expect(unknown.err).toContain('Did you mean `theme`?');
  });

  it('prints JSON with --json and exits by severity', async () => {
    const { code, out } = await check('fine.txt', `${topic}[甲] 我覺得這是一句可以放在投影片上的完整的話。\n[乙] 你怎麼看?\n`, '--json');
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(out) as { format: string; speakers: Array<{ name: string; turns: number }>; accounting: { unaccounted: number } };
    expect(report.format).toBe('news-interview');
    expect(report.speakers.map((s) => s.name).sort()).toEqual(['乙', '甲']);
    expect(report.accounting.unaccounted).toBe(0);
  });

  it('prints nothing about a file it could not decode but the error, and no encoding in JSON', async () => {
    const cyrillic = new Uint8Array(iconv.encode('Мы открыли кафе в 2019 году. Первый посетитель заказал очень крепкий кофе.\n', 'windows-1251'));
    const { code, out, err } = await check('cyrillic.txt', cyrillic);
    expect(code).toBe(EXIT.inputError);
    expect(out).toBe('');
    expect(err).toContain(at('cyrillic.txt', 1, 1, 'error', 'invalid-encoding'));
    expect(err).not.toMatch(/utf-8|speakers:|topics:/);
    const json = await check('cyrillic.txt', cyrillic, '--json');
    expect(json.code).toBe(EXIT.inputError);
    expect(JSON.parse(json.out)).not.toHaveProperty('encoding');
  });

  it('names the legacy encoding it read in the summary', async () => {
    const { code, out } = await check('cafe.txt', new Uint8Array(iconv.encode('Ada: We opened the café in 2019; it’s been “busy” ever since.\nBen: Why?\n', 'windows-1252')));
    expect(code).toBe(EXIT.ok);
    expect(out.split('\n')[0]).toBe(`${join(dir, 'cafe.txt')}: name-colon, windows-1252, en`);
  });

  it('--strict exits 1 on warnings, and 0 on a file without any', async () => {
    const warned = await check('invisible.txt', `${topic}[甲] 看不見\u200b的字\n`, '--strict');
    expect(warned.err).toContain('warning zero-width-character');
    expect(warned.code).toBe(EXIT.inputError);
    expect((await check('invisible.txt', `${topic}[甲] 看不見\u200b的字\n`)).code).toBe(EXIT.ok);
    writeFileSync(
      join(dir, 'bridge.txt'),
      [
        'Host: Welcome. What did you learn from building the bridge?',
        'Ada: The hardest part of a bridge is never the steel; it is agreeing on where people actually want to walk.',
        'Host: How did you find that out?',
        'Ada: We watched the paths people had already worn into the grass, and we built the bridge where those paths ended.',
        'Host: And the budget?',
        'Ada: Every pound we saved on the design went into the lighting, because a bridge nobody feels safe on at night is a bridge nobody uses.',
        'Host: Any regrets?',
        'Ada: I regret that we asked the schoolchildren last; they had the best ideas, and they will be using it for the next fifty years.',
      ].join('\n'),
    );
    const clean = await check('bridge.deck.yaml', 'transcript: bridge.txt\ntitle: The bridge\nspeakers:\n  featured: [Ada]\n  hosts: [Host]\n', '--strict');
    expect(clean.err).not.toMatch(/ (warning|error) /);
    expect(clean.code).toBe(EXIT.ok);
  });

  it('wrong usage exits 2', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['frobnicate', 'x'])).toBe(EXIT.usage);
    expect(await main(['check'])).toBe(EXIT.usage);
  });

  it('pdf refuses --paper where it cannot apply, and a --deck that is not there (exit 2, before building)', async () => {
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
    const sample = join(repoRoot, 'slides');
    expect(await main(['pdf', sample, '--paper', 'Letter'])).toBe(EXIT.usage);
    expect(await main(['pdf', sample, '--notes', '--paper', 'A4'])).toBe(EXIT.usage);
    expect(err).toContain('Unexpected --paper Letter for the slides PDF: --paper applies to --handout only');
    expect(await main(['pdf', sample, '--deck', 'nope'])).toBe(EXIT.usage);
    expect(err).toContain('Unexpected --deck nope');
  });
});

describe('transcript-deck quotes', () => {
  it('prints the seed’s candidates per topic with score, reasons and file:line:col, the chosen ones marked', async () => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['quotes', 'slides']);
    vi.restoreAllMocks();
    expect(code).toBe(EXIT.ok);
    for (const topic of ['topic-1', 'topic-2', 'topic-3']) expect(out).toContain(topic);
    const chosen = out.split('\n').filter((line) => /^\*\s+\d+\.\d+\s+slides\/agi-next-yao-shunyu\.txt:\d+:\d+\s+\S/.test(line));
    expect(chosen.length).toBeGreaterThanOrEqual(9);
    expect(out).toMatch(/centrality \d\.\d\d/);
    // Each chosen quote reads as its slide shows it, in the deck's script (對於, where the cleaned
    // transcript has 對于).
    expect(out).not.toContain('對于');
    const deck = loadDeck('slides');
    const onSlides = new Set(deck.output!.deck.slides.flatMap((s) => (s.kind === 'quote' ? [s.quote.text] : [])));
    for (const line of chosen) expect(onSlides, line).toContain(line.replace(/^\*\s+\d+\.\d+\s+\S+\s+/, ''));
  });
});
