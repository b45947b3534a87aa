import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../types.ts';
import { listCandidates, parseCuration, pickQuotes, type Curation } from './pick.ts';
import { paragraphOf, prepareSeed } from './testing.ts';

const PATH = 'slides/deck.quotes.yaml';
const seed = prepareSeed();
const plain = pickQuotes(seed.transcript, seed.speakers, seed.clean).value;
const candidates = listCandidates(seed.transcript, seed.speakers, seed.clean).value;
const curate = (yaml: string) => {
  const parsed = parseCuration(PATH, yaml);
  expect(parsed.diagnostics).toEqual([]);
  return pickQuotes(seed.transcript, seed.speakers, seed.clean, {}, parsed.value);
};
const at = (q: Quote): string => `${q.span.start.line}:${q.span.start.column}`;
const body = (text: string): string => text.replace(/^……/u, '').replace(/……$/u, '');
/** A quotable line the picker passed over: the presenter's favourite. */
const passedOver = candidates[2]!.candidates.find((c) => !c.chosen && !c.rejected)!;

describe('parseCuration', () => {
  it('reads pins, drops and order: text, line, line:col, or both', () => {
    const { value, diagnostics } = parseCuration(
      PATH,
      ['pin:', '  - 智能越高', '  - line: 27', '  - line: 24:137', '  - { line: 24, text: 相反 }', '  - 26:120', 'drop:', '  - line: 25', 'order:', '  - 30', ''].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(value.pin.map(({ span: _, ...s }) => s)).toEqual([{ text: '智能越高' }, { line: 27 }, { line: 24, column: 137 }, { line: 24, text: '相反' }, { line: 26, column: 120 }]);
    expect(value.pin.map((s) => s.span.start.line)).toEqual([2, 3, 4, 5, 6]);
    expect(value.drop.map(({ span: _, ...s }) => s)).toEqual([{ line: 25 }]);
    expect(value.order.map(({ span: _, ...s }) => s)).toEqual([{ line: 30 }]);
  });

  it('ignores `……` around a pinned text, and takes an empty file as no curation', () => {
    expect(parseCuration(PATH, 'pin:\n  - ……智能越高……\n').value.pin[0]!.text).toBe('智能越高');
    expect(parseCuration(PATH, '').value).toEqual({ path: PATH, pin: [], drop: [], order: [] });
    expect(parseCuration(PATH, '# nothing yet\n').diagnostics).toEqual([]);
  });

  it('reports what it cannot use as errors on their lines, and keeps the rest', () => {
    const { value, diagnostics } = parseCuration(PATH, ['pins:', '  - x', 'pin:', '  - line: twelve', '  - { column: 3 }', '  - text: 智能越高', '    colour: red', '  - 智能越高', 'drop: 25', ''].join('\n'));
    expect(diagnostics.map((d) => [d.rule, d.span!.start.line])).toEqual([
      ['curation-unknown-key', 1],
      ['curation-type', 4],
      ['curation-type', 5],
      ['curation-unknown-key', 7],
      ['curation-type', 9],
    ]);
    for (const d of diagnostics) {
      expect(d.severity).toBe('error');
      expect(d.file).toBe(PATH);
      expect(d.message).toMatch(/^Unexpected /u);
    }
    expect(value.pin.map((s) => s.text)).toEqual(['智能越高']);
  });

  it('reports invalid YAML with its position', () => {
    const { diagnostics } = parseCuration(PATH, 'pin:\n  - "unclosed\n');
    expect(diagnostics[0]!.rule).toBe('curation-syntax');
    expect(diagnostics[0]!.span!.start.line).toBeGreaterThanOrEqual(2);
  });
});

describe('pickQuotes with a curation', () => {
  it('pins a quote by its text, in either script, with `……` where it starts or ends inside a sentence', () => {
    const words = body(passedOver.text);
    const stretch = words.slice(2, Math.max(14, words.length - 3));
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    for (const text of [stretch, toSimplified(stretch)]) {
      const { value, diagnostics } = curate(`pin:\n  - ${JSON.stringify(text)}\n`);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const pinned = value.find((q) => q.why[0]!.startsWith('pinned'))!;
      expect(pinned.text).toBe(`……${stretch}……`);
      expect(body(pinned.text)).toBe(paragraphOf(seed.transcript, pinned.turnId, pinned.paragraph).text.slice(pinned.start, pinned.end));
      expect(pinned.why[0]).toBe('pinned (quotes.yaml line 2)');
    }
  });

  it('pins the best quote of a transcript line, or the one at `line:col`', () => {
    const byLine = curate(`pin:\n  - line: ${passedOver.line}\n`).value;
    expect(byLine.some((q) => q.span.start.line === passedOver.line && q.why[0]!.startsWith('pinned'))).toBe(true);
    const byPosition = curate(`pin:\n  - line: ${passedOver.at}\n`).value;
    const pinned = byPosition.find((q) => q.why[0]!.startsWith('pinned'))!;
    expect(at(pinned)).toBe(passedOver.at);
    expect(pinned.text).toBe(passedOver.text);
  });

  it('makes a pin that no longer matches the transcript an error on its line of the quotes.yaml', () => {
    const parsed = parseCuration(PATH, ['# pins', 'pin:', '  - 這句話從來沒有人說過', '  - line: 9999', ''].join('\n'));
    const { value, diagnostics } = pickQuotes(seed.transcript, seed.speakers, seed.clean, {}, parsed.value);
    expect(diagnostics.filter((d) => d.rule === 'stale-pin').map((d) => [d.severity, d.file, d.span!.start.line])).toEqual([
      ['error', PATH, 3],
      ['error', PATH, 4],
    ]);
    expect(value).toEqual(plain);
  });

  it('never pins what a host said, a question, or unreadable text', () => {
    const hostLine = seed.transcript.topics[0]!.turns.find((t) => t.speaker === '主持人')!.paragraphs[0]!;
    const question = candidates.flatMap((t) => t.candidates).find((c) => c.rejected === 'question')!;
    const { diagnostics } = curate(`pin:\n  - ${JSON.stringify(hostLine.text.slice(0, 8))}\n  - line: ${hostLine.span.start.line}\n  - line: ${question.at}\n`);
    const stale = diagnostics.filter((d) => d.rule === 'stale-pin');
    expect(stale.map((d) => d.span!.start.line)).toEqual([2, 3, 4]);
    expect(stale[0]!.message).toContain('主持人');
    expect(stale[2]!.message).toContain('question');
  });

  it('drops quotes (by line or text) and picks others in their place; a drop matching nothing is a warning', () => {
    const victim = plain[0]!;
    const { value, diagnostics } = curate(`drop:\n  - line: ${victim.span.start.line}\n  - ${JSON.stringify(body(plain[1]!.text).slice(0, 10))}\n  - 這句話從來沒有人說過\n`);
    expect(value.some((q) => q.span.start.line === victim.span.start.line)).toBe(false);
    expect(value.some((q) => q.text === plain[1]!.text)).toBe(false);
    expect(value.filter((q) => q.topicId === victim.topicId).length).toBe(plain.filter((q) => q.topicId === victim.topicId).length);
    expect(diagnostics.map((d) => [d.rule, d.severity, d.span!.start.line])).toEqual([['stale-drop', 'warning', 4]]);
  });

  it('reorders the quotes of a topic: those named first, in that order, then the rest as said', () => {
    const topic = plain.filter((q) => q.topicId === 'topic-1');
    const [first, second, ...rest] = topic;
    const last = rest[rest.length - 1]!;
    const { value } = curate(`order:\n  - line: ${at(last)}\n  - line: ${at(second!)}\n`);
    expect(value.filter((q) => q.topicId === 'topic-1').map(at)).toEqual([at(last), at(second!), at(first!), ...rest.slice(0, -1).map(at)]);
    // Other topics keep their order.
    expect(value.filter((q) => q.topicId !== 'topic-1')).toEqual(plain.filter((q) => q.topicId !== 'topic-1'));
  });

  it('lists the curation in `listCandidates`', () => {
    const parsed = parseCuration(PATH, `pin:\n  - line: ${passedOver.at}\ndrop:\n  - line: ${at(plain[0]!)}\n`);
    const listed = listCandidates(seed.transcript, seed.speakers, seed.clean, {}, parsed.value as Curation).value.flatMap((t) => t.candidates);
    expect(listed.find((c) => c.at === passedOver.at)).toMatchObject({ pinned: true, chosen: true });
    expect(listed.find((c) => c.at === at(plain[0]!))).toMatchObject({ dropped: true, chosen: false });
  });
});
