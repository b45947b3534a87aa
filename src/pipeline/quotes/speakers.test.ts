import { describe, expect, it } from 'vitest';
import { formatCandidates, listCandidates, pickQuotes } from './pick.ts';
import { prepare } from './testing.ts';

/*
 * Quotes are shared between the featured speakers in proportion to what each said that is
 * quotable: a panel is not one panelist's deck.
 */

const SUBJECTS = ['storage', 'latency', 'billing', 'caching', 'compilers', 'queues', 'backups', 'search', 'logging', 'hiring', 'testing', 'pricing', 'security', 'schemas', 'networks', 'editors'];
const claim = (subject: string, i: number): string =>
  `The real problem with ${subject} was never the hardware, it was the ${['budget', 'process', 'habit', 'schedule'][i % 4]} that nobody measured for ${i + 2} years.`;
// Plainer lines, with no contrast, insight or number to lift them.
const remark = (subject: string, i: number): string =>
  [
    `Our team spent the spring moving ${subject} onto the shared cluster in the north office.`,
    `Last winter the ${subject} group rewrote its dashboards for the finance department upstairs.`,
    `Every Friday someone from support walks through ${subject} tickets with two junior engineers.`,
    `My colleague Dana maintains the ${subject} handbook that new hires read during their first week.`,
  ][i % 4]!;

function panel(lines: Record<string, number>): string {
  const out = ['Mod: Welcome, everyone. What did you learn this year?'];
  let k = 0;
  for (let round = 0; round < 4; round++) {
    for (const [name, count] of Object.entries(lines)) {
      const mine = Math.ceil(count / 4);
      const said = Array.from({ length: mine }, () => (name === 'Cy' ? remark : claim)(SUBJECTS[k % SUBJECTS.length]!, k++));
      out.push(`${name}: ${said.join(' ')}`);
    }
    out.push('Mod: And what would you change next?');
  }
  return `${out.join('\n')}\n`;
}

describe('quotes shared between featured speakers', () => {
  const p = prepare(panel({ Ana: 12, Ben: 8, Cy: 4 }), 'panel.txt', { featured: [], hosts: [] });
  const quotes = pickQuotes(p.transcript, p.speakers, p.clean, { durationMinutes: 15, minPerTopic: 1 }).value;

  it('features every panelist and gives each slides in proportion to what they said', () => {
    expect(p.speakers.filter((s) => s.kind === 'featured').map((s) => s.name).sort()).toEqual(['Ana', 'Ben', 'Cy']);
    const count = (name: string): number => quotes.filter((q) => q.speaker === name).length;
    expect(count('Ana')).toBeGreaterThan(count('Ben'));
    expect(count('Ben')).toBeGreaterThan(count('Cy'));
    // Cy said a sixth of the quotable lines, plainer ones: still about a sixth of the slides.
    expect(count('Cy')).toBeGreaterThanOrEqual(Math.floor(quotes.length / 6));
    expect(count('Mod')).toBe(0);
  });

  it('lists every speaker\'s lines with --all, a host\'s as never quoted', () => {
    const listed = listCandidates(p.transcript, p.speakers, p.clean, { durationMinutes: 15, minPerTopic: 1 }).value;
    const speakers = new Set(listed.flatMap((t) => t.candidates.map((c) => c.speaker)));
    expect([...speakers].sort()).toEqual(['Ana', 'Ben', 'Cy', 'Mod']);
    expect(listed.flatMap((t) => t.candidates).filter((c) => c.speaker === 'Mod').every((c) => c.rejected === 'host')).toBe(true);
    expect(formatCandidates(listed, { all: true, reasons: false })).toMatch(/Welcome, everyone\..*\[host\]/u);
  });
});
