import { describe, expect, it } from 'vitest';
import { formatCandidates, listCandidates, pickQuotes } from './pick.ts';
import { prepareSeed } from './testing.ts';

const seed = prepareSeed();
const listed = listCandidates(seed.transcript, seed.speakers, seed.clean).value;
const quotes = pickQuotes(seed.transcript, seed.speakers, seed.clean).value;

describe('listCandidates', () => {
  it('lists, per topic, every candidate with score, reasons and line:col; `chosen` marks exactly the deck’s quotes', () => {
    expect(listed.map((t) => t.topicId)).toEqual(seed.transcript.topics.map((t) => t.id));
    const chosen = listed.flatMap((t) => t.candidates.filter((c) => c.chosen));
    expect(chosen.map((c) => c.at).sort()).toEqual(quotes.map((q) => `${q.span.start.line}:${q.span.start.column}`).sort());
    for (const topic of listed) {
      const quotable = topic.candidates.filter((c) => !c.rejected);
      expect(quotable.length).toBeGreaterThanOrEqual(topic.candidates.filter((c) => c.chosen).length);
      // Best first, the rejected last.
      expect(quotable.map((c) => c.score)).toEqual([...quotable.map((c) => c.score)].sort((a, b) => b - a));
      expect(topic.candidates.slice(quotable.length).every((c) => c.rejected)).toBe(true);
      for (const c of quotable) {
        expect(c.at).toBe(`${c.line}:${c.column}`);
        expect(c.why.join(' ')).toMatch(/centrality \d\.\d\d/u);
        expect(c.why.join(' ')).toMatch(/length \d+/u);
      }
    }
    // Some topic has quotable lines left over: the list shows what was passed over, not only what was chosen.
    expect(listed.some((t) => t.candidates.filter((c) => !c.rejected).length > t.candidates.filter((c) => c.chosen).length)).toBe(true);
    const reasons = new Set(listed.flatMap((t) => t.candidates.map((c) => c.rejected)).filter(Boolean));
    expect(reasons).toContain('question');
    expect(reasons).toContain('small talk');
  });
});

describe('formatCandidates', () => {
  it('prints a heading per topic and a line per candidate: mark, score, file:line:col, text, reasons', () => {
    const text = formatCandidates(listed, { file: 'slides/agi-next-yao-shunyu.txt' });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^topic-1 {2}大模型的分化 {2}— \d+ chosen of \d+ candidates \(due \d+\)$/u);
    const chosen = lines.filter((l) => l.startsWith('* '));
    expect(chosen).toHaveLength(quotes.length);
    expect(chosen[0]).toMatch(/^\* +\d\.\d\d {2}slides\/agi-next-yao-shunyu\.txt:\d+:\d+ +\S/u);
    expect(text).toContain('centrality');
    expect(text).not.toContain('[question]');
    const all = formatCandidates(listed, { all: true, reasons: false });
    expect(all).toMatch(/^x +\d+:\d+ +.+ {3}\[question\]$/mu);
    expect(all).not.toContain('centrality');
  });
});
