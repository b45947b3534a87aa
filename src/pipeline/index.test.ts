import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from './index.ts';
import { parseManifest } from './manifest/manifest.ts';
import { readSeed, repoRoot, SEED_PATH } from './testing/fixtures.ts';
import type { NoteBlock, Slide } from './types.ts';

function seedDeck() {
  const manifest = parseManifest('slides/deck.yaml', readFileSync(`${repoRoot}slides/deck.yaml`, 'utf8')).value!;
  const closing = { path: 'slides/closing.md', text: readFileSync(`${repoRoot}slides/closing.md`, 'utf8') };
  return runPipeline({ manifest, transcript: { path: SEED_PATH, bytes: readSeed() }, authored: new Map([['closing.md', closing]]) });
}

const noteText = (block: NoteBlock): string =>
  block.kind === 'turn' ? block.paragraphs.map((p) => p.text).join('\n') : block.text;

const decodeEntities = (html: string): string =>
  html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('the seed deck', () => {
  const out = seedDeck();
  const slides = out.deck.slides;

  it('has no errors', () => {
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('is title, agenda, per topic a section and its quotes, summary, closing, source — with stable ids', () => {
    const ids = slides.map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(['title', 'agenda', 'topic-1']);
    expect(ids.slice(-3)).toEqual(['summary', 'closing-1-1', 'source']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [i, topic] of out.transcript.topics.entries()) {
      const quotes = ids.filter((id) => id.startsWith(`${topic.id}-quote-`));
      expect(quotes.length, topic.title).toBeGreaterThanOrEqual(2);
      expect(ids.indexOf(topic.id)).toBe(ids.indexOf(quotes[0]!) - 1);
      expect(quotes).toEqual(quotes.map((_, q) => `topic-${i + 1}-quote-${q + 1}`));
    }
  });

  it('puts every turn, every paragraph of it, in the notes of some slide (whole, or cut between quote slides in order)', () => {
    const notes = slides.flatMap((s) => s.notes.map(noteText)).join('\n');
    const renderedNotes = [...out.html.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((m) => decodeEntities(m[1]!)).join('\n');
    // The pieces of each split paragraph, in the order of the slides.
    const pieces = new Map<number, string[]>();
    for (const slide of slides)
      for (const block of slide.notes)
        if (block.kind === 'turn') for (const p of block.paragraphs) if (p.piece) pieces.set(p.piece.of, [...(pieces.get(p.piece.of) ?? []), p.text]);
    let split = 0;
    for (const topic of out.transcript.topics) {
      for (const turn of topic.turns) {
        for (const paragraph of turn.paragraphs) {
          const shown = out.script.convert(paragraph.text);
          const parts = pieces.get(paragraph.start) ?? [shown];
          if (parts.length > 1) split++;
          expect(parts.join(''), `${turn.id} line ${paragraph.span.start.line}`).toBe(shown);
          // Each piece is in the notes and the rendered notes, one after the other.
          let inNotes = 0;
          let inRendered = 0;
          for (const part of parts) {
            inNotes = notes.indexOf(part, inNotes);
            inRendered = renderedNotes.indexOf(part, inRendered);
            expect(inNotes, `${turn.id} line ${paragraph.span.start.line}: ${part.slice(0, 20)}`).toBeGreaterThanOrEqual(0);
            expect(inRendered, `${turn.id} line ${paragraph.span.start.line}: ${part.slice(0, 20)}`).toBeGreaterThanOrEqual(0);
            inNotes += part.length;
            inRendered += part.length;
          }
        }
      }
    }
    // The seed's long answers hold several quotes each: their paragraphs are cut, not repeated.
    expect(split).toBeGreaterThan(0);
  });

  it('puts no stretch of a turn in the notes of two quote slides', () => {
    const seen = new Map<string, string>();
    for (const slide of slides.filter((s) => s.kind === 'quote')) {
      for (const block of slide.notes) {
        if (block.kind !== 'turn') continue;
        for (const p of block.paragraphs) {
          if (p.text.length < 20) continue;
          expect(seen.get(p.text), `${slide.id} repeats ${p.text.slice(0, 20)}`).toBeUndefined();
          seen.set(p.text, slide.id);
        }
      }
    }
  });

  it('quotes verbatim: each quote is a stretch of its paragraph, omissions marked with ……', () => {
    const quotes = slides.filter((s): s is Extract<Slide, { kind: 'quote' }> => s.kind === 'quote').map((s) => s.quote);
    expect(quotes.length).toBe(out.quotes.length);
    for (const quote of quotes) {
      const turn = out.transcript.topics.flatMap((t) => t.turns).find((t) => t.id === quote.turnId)!;
      const paragraph = turn.paragraphs[quote.paragraph]!;
      const body = quote.text.replace(/^……/, '').replace(/……$/, '');
      expect(body).toBe(out.script.convert(paragraph.text.slice(quote.start, quote.end)));
      // A quote starts and ends at a sentence boundary unless `……` marks what was left out.
      const before = paragraph.text.slice(0, quote.start).trimEnd();
      const after = paragraph.text.slice(quote.end).trimStart();
      const sentenceEdge = (text: string) => text === '' || /[。！？!?；;]$/.test(text);
      expect(quote.text.startsWith('……'), quote.text).toBe(!sentenceEdge(before));
      expect(quote.text.endsWith('……'), quote.text).toBe(!(after === '' || /^[。！？!?；;]*$/.test(after) || sentenceEdge(paragraph.text.slice(0, quote.end))));
      expect(turn.speaker).toBe('姚順雨');
      expect(quote.text).not.toMatch(/[?？]/);
    }
  });

  it('says where each quote came from: its line in the transcript', () => {
    const source = new TextDecoder().decode(readSeed()).split('\n');
    for (const quote of out.quotes) {
      const line = source[quote.span.start.line - 1]!;
      // The source line still has its pinyin glosses: drop them, then the quote starts at its column.
      const rest = line.slice(quote.span.start.column - 1).replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu, '');
      // …and the cleaning wrote ASCII punctuation between Chinese characters in full width.
      const narrow = (text: string): string => text.replace(/[，；：？！]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
      expect(narrow(rest).startsWith(narrow(quote.text.replace(/^……/, '').replace(/……$/, '').slice(0, 4))), `${quote.text} at ${quote.span.start.line}:${quote.span.start.column}`).toBe(true);
    }
  });

  it('paces the talk: slide timings add up to the duration', () => {
    const total = slides.reduce((sum, s) => sum + s.timing.seconds, 0);
    expect(Math.abs(total - 20 * 60)).toBeLessThanOrEqual(slides.length);
    expect(out.html).toMatch(/data-timing="\d+"/);
  });

  it('renders the presenter’s closing slide from Markdown with its notes', () => {
    expect(out.html).toMatch(/<section id="closing-1-1"[^>]*>\n<h2>謝謝<\/h2>/);
    expect(slides.find((s) => s.id === 'closing-1-1')!.notes.map(noteText).join()).toContain('Thank the audience');
  });
});

describe('transcript text is data', () => {
  it('escapes markup in speaker names, turns and topic titles', () => {
    const hostile = '主題:<img src=x onerror=alert(1)>\n[<b>甲</b>] <script>alert(1)</script></aside></section> --- Note: <!-- .slide: data-background="red" -->\n';
    const out = runPipeline({
      manifest: { transcript: 'h.txt', title: 'T', script: 'original', theme: 'light', aliases: {}, speakers: { featured: [{ name: '<b>甲</b>' }], hosts: [] }, duration: 20, slides: { before: [], after: [] } },
      transcript: { path: 'h.txt', bytes: new TextEncoder().encode(hostile) },
      authored: new Map(),
    });
    expect(out.html).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>|<!--/);
    expect(out.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;/aside&gt;&lt;/section&gt;');
    expect(out.html.match(/<section /g)!.length).toBe(out.deck.slides.length);
    expect(out.html.match(/<\/section>/g)!.length).toBe(out.deck.slides.length);
  });
});

describe('a lecture that names no speaker', () => {
  const text = [
    'Rivers carry sediment from the mountains to the sea, and where they slow down they drop it.',
    'A delta is the record of that slowing down, layer on layer, flood after flood, over thousands of years.',
    'When we straighten a river for shipping, we speed it up, and the delta starts to starve and sink.',
    'The Mississippi delta loses a football field of land every hour or so, because the sediment never arrives.',
    'So the question is not whether to manage rivers, but how to let them carry mud again.',
  ].join('\n\n');
  const run = (featured: string) =>
    runPipeline({ manifest: parseManifest('deck.yaml', `transcript: talk.txt\ntitle: Rivers\nlanguage: en\n${featured}`).value!, transcript: { path: 'talk.txt', bytes: new TextEncoder().encode(text) }, authored: new Map() });

  it('still gets quotes, shown without a `?` for a name', () => {
    const out = run('');
    const quotes = out.deck.slides.filter((s) => s.kind === 'quote');
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(out.html).not.toContain('<figcaption>');
    expect(out.html).not.toContain('class="td-name">?<');
  });

  it('gives everything to the one featured speaker deck.yaml names', () => {
    const out = run('speakers:\n  featured: [Dr. Rivera]\n');
    expect(out.html).toContain('<figcaption><span class="td-name">Dr. Rivera</span>');
    expect(out.diagnostics.map((d) => d.rule)).toContain('unnamed-speaker');
  });
});

describe('a deck with no deck.yaml title', () => {
  const deckFor = (name: string, text: string, yaml = '') =>
    runPipeline({ manifest: parseManifest('deck.yaml', `transcript: ${name}\n${yaml}`).value!, transcript: { path: name, bytes: new TextEncoder().encode(text) }, authored: new Map() });
  const qa = '古籍修复师周兰：一张纸的三百年\n记者 陈静 / 2024年5月18日\n\n问：您是怎么走上古籍修复这条路的？\n答：其实是偶然。我高中毕业那年，图书馆招学徒，我母亲在报纸上看到了招工启事，就让我去试试。\n问：学徒生活是什么样的？\n答：师傅姓杨，是个很严厉的老先生。第一年根本不让碰书，每天就是裁纸、打浆糊、磨刀。\n';

  it('takes the transcript\'s own title: a WebVTT header, front matter, a headline first line', () => {
    expect(deckFor('a.vtt', 'WEBVTT - 町の和菓子屋 インタビュー\n\n00:00:01.000 --> 00:00:04.000\n<v 店主>大正十三年です。\n').deck.meta.title).toBe('町の和菓子屋 インタビュー');
    expect(deckFor('a.md', '---\ntitle: An episode\n---\n\n# Not this\n\nAnn: Hello there, everyone.\nBo: Hi.\n').deck.meta.title).toBe('An episode');
    expect(deckFor('a.txt', qa).deck.meta.title).toBe('古籍修复师周兰：一张纸的三百年');
  });

  it('keeps deck.yaml\'s title, and the file name when the transcript has none', () => {
    expect(deckFor('a.txt', qa, 'title: 我的标题\n').deck.meta.title).toBe('我的标题');
    const untitled = deckFor('talk.txt', 'Ann: We began in a garage, as everyone does.\nBo: And then?\n');
    expect(untitled.deck.meta.title).toBe('Talk');
    expect(untitled.diagnostics.filter((d) => d.rule === 'title-from-file-name').map((d) => d.severity)).toEqual(['warning']);
  });

  it('shows a Q&A\'s `答` as the featured speaker deck.yaml names, and `问` as its host', () => {
    const out = deckFor('a.txt', qa, 'speakers:\n  featured: [周兰]\n  hosts: [陈静]\n');
    expect(out.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['陈静', 'host'],
      ['周兰', 'featured'],
    ]);
    expect(out.html).toContain('<figcaption><span class="td-name">周兰</span>');
    expect(out.diagnostics.filter((d) => d.rule === 'unknown-speaker')).toEqual([]);
  });
});

describe('a section\'s introduction', () => {
  it('opens the section\'s notes and is accounted for, as the agenda item under a record\'s heading', () => {
    const text = [
      '主席：現在開會。',
      '',
      '## 討論事項',
      '',
      '一、審議加入世界貿易組織條約草案案。',
      '',
      '主席：請林委員豐喜發言。',
      '',
      '林委員豐喜：我贊成這個案子，因為加入以後我們的產業會更有競爭力。',
    ].join('\n');
    const out = runPipeline({ manifest: parseManifest('deck.yaml', 'transcript: record.md\ntitle: 院會\n').value!, transcript: { path: 'record.md', bytes: new TextEncoder().encode(text) }, authored: new Map() });
    const section = out.deck.slides.find((s) => s.kind === 'section' && s.title === '討論事項')!;
    expect(section.notes[0]).toEqual({ kind: 'text', text: '一、審議加入世界貿易組織條約草案案。' });
    expect(out.accounting.unaccounted).toBe(0);
    // Every character of the file but the labels, the heading and the blank lines is one of a paragraph.
    expect(out.accounting.characters).toBe(text.replace(/主席：|林委員豐喜：|## 討論事項|\n/gu, '').length);
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
