import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { cleanOffsetIn } from './builder.ts';
import { detectFormat } from './index.ts';
import { leftOut } from '../accounting/accounting.ts';
import { parseMarkdown } from './markdown.ts';
import { cleanFixture, readFixture } from './outline.ts';

const read = (text: string) => parseMarkdown(cleanFromString(text, 'talk.md'));
const turnsOf = (transcript: ReturnType<typeof read>['value']) => transcript.topics.flatMap((t) => t.turns.map((turn) => [turn.speaker, turn.paragraphs.map((p) => p.text)]));
const turns = (text: string) => read(text).value.topics.flatMap((t) => t.turns.map((turn) => [turn.speaker, turn.paragraphs.map((p) => p.text)]));

describe('markdown', () => {
  // Podcast sites publish machine transcripts as Markdown pages: front matter, a title, then
  // `Name (00:02):` lines, and `(00:20):` alone where the same speaker goes on.
  const podcastPage = '---\ntitle: An episode\nduration: 1:31:22\n---\n\n# An episode\n\n## Transcript\n\nLenny Rachitsky (00:02):\nToday I am excited to talk with you.\n\n(00:20):\nWelcome to the show.\n\nShreyas Doshi (01:05):\nThank you &amp; hello, it&#39;s great to be here.\n';

  it('is the reader of a page of timed speaker lines under front matter', () => {
    expect(detectFormat(podcastPage).id).toBe('markdown');
  });

  it('reads `Name (00:02):` speaker lines, keeps their times, and gives `(00:20):` to the same speaker', () => {
    const { value } = read(podcastPage);
    const all = value.topics.flatMap((t) => t.turns);
    expect(all.map((t) => [t.speaker, t.paragraphs.map((p) => [p.text, p.time?.start])])).toEqual([
      ['Lenny Rachitsky', [['Today I am excited to talk with you.', 2], ['Welcome to the show.', 20]]],
      ['Shreyas Doshi', [["Thank you & hello, it's great to be here.", 65]]],
    ]);
  });

  it('reads character references as the characters they stand for, positions still in the file', () => {
    const { value } = read('Dave: it&#39;s &quot;done&quot; &amp; &bogus; ok\n');
    const paragraph = value.topics[0]!.turns[0]!.paragraphs[0]!;
    expect(paragraph.text).toBe('it\'s "done" & &bogus; ok');
    // The `o` of `ok` sits after all the references in the file.
    expect(cleanOffsetIn(paragraph, paragraph.text.indexOf('ok'))).toBe('Dave: it&#39;s &quot;done&quot; &amp; &bogus; '.length);
  });

  it('reads Otter headers with bold names', () => {
    expect(turns('**Kelly**  0:33\nWelcome to the podcast.\n\n**Emma**  0:37\ndebugging the tech industry.\n')).toEqual([
      ['Kelly', ['Welcome to the podcast.']],
      ['Emma', ['debugging the tech industry.']],
    ]);
  });

  it('reads **Name:**, **Name**: and plain Name: labels', () => {
    expect(turns('**Dave:** one\n\n**Sue**: two\n\nDave: three\n')).toEqual([
      ['Dave', ['one']],
      ['Sue', ['two']],
      ['Dave', ['three']],
    ]);
  });

  it('reads `### Name：` headings as speakers of the paragraphs below, and other headings as topics', () => {
    const { value } = read('## 開店\n\n### 主持人：\n\n為什麼？\n\n### 阿海：\n\n因為。\n\n再說一句。\n');
    expect(value.topics.map((t) => t.title)).toEqual(['開店']);
    expect(value.topics[0]!.turns.map((t) => [t.speaker, t.paragraphs.length])).toEqual([
      ['主持人', 1],
      ['阿海', 2],
    ]);
  });

  it('never renders the text: what was said is kept as written, links with their URLs, HTML and emphasis as text', () => {
    const line = '**Dave:** I *really* mean it, see [the notes](https://example.org) and `code` \\*here\\*. <b>Bold</b> 2<3\n';
    const { value } = read(line);
    const paragraph = value.topics[0]!.turns[0]!.paragraphs[0]!;
    expect(paragraph.text).toBe('I *really* mean it, see [the notes](https://example.org) and `code` \\*here\\*. <b>Bold</b> 2<3');
    expect(paragraph.pieces).toBeUndefined();
  });

  it('keeps every paragraph of a Markdown page verbatim: only the label and line-start markers are left out', () => {
    const clean = cleanFixture('markdown-inline.en.md');
    const { value } = parseMarkdown(clean);
    expect(value.topics.flatMap((t) => t.turns.map((turn) => [turn.speaker, turn.paragraphs.map((p) => p.text)]))).toEqual([
      ['Maya', ['Start with [the docs](https://example.org/docs) and the `--help` flag. I mean it, *read them*. Then <https://example.org/faq>, and only then the forum.']],
      ['Leo', ['And the <b>bold</b> warnings? *laughs* Or the ![diagram](img/flow.png) on page two?']],
      ['Maya', ["Those too. A <3 for whoever wrote __that__ page, it's the best one."]],
      ['Leo', ['Quoting you: "read them" \\*twice\\*.']],
    ]);
    for (const p of value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs))) expect(leftOut(p, clean, value.format)).toEqual([]);
  });

  it('joins a wrapped paragraph with a space, and Chinese lines with nothing', () => {
    expect(turns('**Dave:** one\ntwo\n\n**阿海：** 第一行\n第二行\n')).toEqual([
      ['Dave', ['one two']],
      ['阿海', ['第一行第二行']],
    ]);
  });

  it('reads front matter as metadata, and its speakers map renames labels', () => {
    const { value, diagnostics } = read('---\ntitle: Talk\nspeakers:\n  Dave: Dave Smith\n---\n\n**Dave:** one\n\n**Sue:** two\n');
    expect(value.speakers.map((s) => s.name)).toEqual(['Dave Smith', 'Sue']);
    expect(diagnostics.map((d) => d.rule)).toContain('front-matter');
  });

  it('reports bad YAML in the front matter and still reads the rest', () => {
    const { value, diagnostics } = read('---\nspeakers: [a, b\n---\n\n**Dave:** one\n');
    expect(diagnostics.find((d) => d.rule === 'front-matter')).toMatchObject({ severity: 'warning' });
    expect(value.topics[0]!.turns[0]!.speaker).toBe('Dave');
  });

  it('takes a lone `# Title` above the talk as the document title, `##` headings as topics', () => {
    const { value, diagnostics } = read('# My Talk\n\n## One\n\n**Dave:** a\n\n## Two\n\n**Sue:** b\n');
    expect(value.topics.map((t) => t.title)).toEqual(['One', 'Two']);
    expect(diagnostics.map((d) => d.rule)).toContain('document-title');
  });

  it('does not read headings inside code blocks, and keeps the code as text', () => {
    const { value } = read('**Dave:** look\n\n```\n# not a heading\n```\n');
    expect(value.topics).toHaveLength(1);
    expect(value.topics[0]!.turns[0]!.paragraphs.map((p) => p.text)).toEqual(['look', '# not a heading']);
  });

  it('reads labels in list items and block quotes', () => {
    expect(turns('- **Dave:** one\n- **Sue:** two\n\n> **Dave:** three\n')).toEqual([
      ['Dave', ['one']],
      ['Sue', ['two']],
      ['Dave', ['three']],
    ]);
  });

  it('leaves out HTML comments, with an info', () => {
    const { value, diagnostics } = read('**Dave:** one\n\n<!-- cut -->\n\ntwo\n');
    expect(value.topics[0]!.turns[0]!.paragraphs.map((p) => p.text)).toEqual(['one', 'two']);
    expect(diagnostics.find((d) => d.rule === 'markdown-comment')).toMatchObject({ severity: 'info' });
  });
  it('reads `speakers:` of the front matter with their roles, and its title, date and media', () => {
    const { value } = parseMarkdown(cleanFixture('markdown-front-matter.en.md'));
    expect(value).toMatchObject({ title: 'Notes from the field', date: '2025-03-14', media: 'https://example.org/field-notes.mp3' });
    expect(value.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Tomas', 'Host'],
      ['Ines', 'Field ecologist'],
    ]);
    const map = read('---\nspeakers:\n  Ines:\n    name: Ines Duarte\n    role: Ecologist\n  Tom: Tomas Berg\n---\n\nInes: one\n\nTom: two\n').value;
    expect(map.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Ines Duarte', 'Ecologist'],
      ['Tomas Berg', undefined],
    ]);
  });

  it('reads inline time stamps as the paragraph’s time, never as its text or a speaker', () => {
    const clean = cleanFixture('markdown-timestamps.en.md');
    const { value } = parseMarkdown(clean);
    expect(value.topics.flatMap((t) => t.turns.map((turn) => [turn.speaker, turn.paragraphs.map((p) => [p.text, p.time?.start])]))).toEqual([
      ['Rosa', [['Good evening, and welcome to the harbour talks.', 5]]],
      ['Sam', [['Thanks, Rosa. It is good to be back.', 12]]],
      ['Rosa', [["Let's start with the harbour itself.", 62], ['The harbour was dredged in 1998.', 90], ['And again in 2011, after the storm.', 130]]],
      ['Sam', [['I remember that storm.', 165]]],
    ]);
    for (const p of value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs))) expect(leftOut(p, clean, value.format)).toEqual([]);
  });

  it('reads `> (第一題：…)` lines of a dialogue page as topics, not speakers', () => {
    const { value } = parseMarkdown(cleanFixture('dialogue-page.zh.md'));
    expect(value.topics.map((t) => t.title)).toEqual(['你為什麼開始寫作？', '寫作最難的是什麼？', '給新手的建議']);
    expect(value.speakers.map((s) => `${s.name} ×${s.turnCount}`)).toEqual(['林 ×3', '陳 ×3']);
    expect(value.lead.map((p) => p.text)).toEqual(['本文整理自一場讀書會的對談，經兩位作者確認。']);
  });

  it('reads a talk under headings followed by a Q&A: the talk is its speaker’s, its headings topics, the Q&A its own section', () => {
    const { value, diagnostics } = parseMarkdown(cleanFixture('talk-qa.zh.md'));
    expect(value.lead).toEqual([]);
    expect(value.topics.map((t) => [t.title, t.turns.map((turn) => `${turn.speaker} ${turn.paragraphs.length}`)])).toEqual([
      ['夜班公車', ['答 2']],
      ['便利商店', ['答 2']],
      ['路燈', ['答 2']],
      ['', ['问 1', '答 1', '问 1', '答 1']],
    ]);
    expect(value.speakers.map((s) => `${s.name} ${s.kind}`)).toEqual(['答 featured', '问 host']);
    expect(diagnostics.filter((d) => d.rule === 'talk').map((d) => d.span?.start.line)).toEqual([5]);
    // The talk's speaker named in the front matter is the one who answers.
    const named = read(`---\nspeakers: [周蘭]\n---\n\n${readFixture('talk-qa.zh.md')}`).value;
    expect(named.speakers.map((s) => `${s.name} ${s.kind}`)).toEqual(['周蘭 featured', '问 host']);
  });
  it('keeps lines that Markdown would take for link definitions (`[1]: https://…`) as text', () => {
    const { value } = read('**Dave:** see the notes [1].\n\n[1]: https://example.org/notes\n\n**Sue:** [Dave]: ok\n\n[Dave]: fine\n');
    expect(turnsOf(value)).toEqual([
      ['Dave', ['see the notes [1].', '[1]: https://example.org/notes']],
      ['Sue', ['[Dave]: ok', '[Dave]: fine']],
    ]);
  });

  it('keeps show notes under headings above a podcast transcript as the lead, not a talk', () => {
    const dialogue = Array.from({ length: 6 }, (_, i) => `**Host:** Question number ${i + 1}, about the harbour and its boats?\n\n**Guest:** Answer number ${i + 1}: the harbour was rebuilt twice, and the boats came back each time.\n`).join('\n');
    const page = `## In this episode\n\nWe talk about harbours.\n\n## Sponsors\n\nThis episode is brought to you by a bakery.\n\n## Transcript\n\n${dialogue}`;
    const { value, diagnostics } = read(page);
    expect(value.lead.map((p) => p.text)).toEqual(['We talk about harbours.', 'This episode is brought to you by a bakery.']);
    expect(value.speakers.map((s) => s.name)).toEqual(['Host', 'Guest']);
    expect(diagnostics.map((d) => d.rule)).not.toContain('talk');
  });

  it('reads a paragraph set in bold with its label inside (`**问：为什么？**`) as that speaker’s, the bold left out as structure', () => {
    const clean = cleanFromString('**问：为什么用 Go？**\n\n答：因为**简单**。\n\n**问：还有呢？**\n\n答：部署方便。\n', 'qa.md');
    const { value } = parseMarkdown(clean);
    expect(turnsOf(value)).toEqual([
      ['问', ['为什么用 Go？']],
      ['答', ['因为**简单**。']],
      ['问', ['还有呢？']],
      ['答', ['部署方便。']],
    ]);
    for (const p of value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs))) expect(leftOut(p, clean, value.format)).toEqual([]);
  });

  it('reads a section after the last turn that nobody speaks in (`## Watch` over an embed) as credits, not as `?`', () => {
    const { value } = read('**Q:** Why?\n\n**A:** Because.\n\n**Q:** Sure?\n\n**A:** Yes.\n\n---\n\n## Watch the video\n\n{{< youtube id="abc" >}}\n');
    expect(value.speakers.map((s) => s.name)).toEqual(['Q', 'A']);
    expect(value.credits.map((p) => p.text)).toEqual(['{{< youtube id="abc" >}}']);
  });

  it('is the reader of `**Name** [0:00] text` pages, each line a timed turn', () => {
    const page = '**Lindsey** [0:00] Have you ever been scared?\n\n**Emma** [0:06] How did I get here?\n\n**Lindsey** [0:17] Probably pretty recently.\n\n**Emma** [0:48] So I feel it a lot.\n';
    expect(detectFormat(page).id).toBe('markdown');
    expect(read(page).value.topics.flatMap((t) => t.turns.map((turn) => [turn.speaker, turn.paragraphs.map((p) => [p.text, p.time?.start])]))).toEqual([
      ['Lindsey', [['Have you ever been scared?', 0]]],
      ['Emma', [['How did I get here?', 6]]],
      ['Lindsey', [['Probably pretty recently.', 17]]],
      ['Emma', [['So I feel it a lot.', 48]]],
    ]);
  });

});

