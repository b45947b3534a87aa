import { DEFECT_KINDS, type DefectKind } from './defects.ts';
import { isFailure, type FileResult, type Outcome } from './evaluate.ts';

export interface Totals {
  files: number;
  /** Files the tool or the eval threw on, or whose corpus files were unusable. */
  failed: number;
  speakersExact: number;
  bogusNames: number;
  turnsExact: { exact: number; counted: number };
  /** Marked topics read, of those counted by hand, and how many of them got a section. */
  topics: { found: number; expected: number; withSection: number };
  /** Files whose parse needed an `implausible` warning, and how many got one. */
  implausible: { warned: number; needed: number };
  quotes: number;
  picks: { recalled: number; total: number };
  defects: Record<DefectKind, number>;
  /** Quotes with at least one defect. */
  defective: number;
  unquotedSpeakers: number;
  withError: number;
}

export function totalsOf(outcomes: readonly Outcome[]): Totals {
  const results = outcomes.filter((o): o is FileResult => !isFailure(o));
  const sum = (of: (r: FileResult) => number): number => results.reduce((total, r) => total + of(r), 0);
  const counted = results.filter((r) => r.turns.expected !== null);
  return {
    files: outcomes.length,
    failed: outcomes.length - results.length,
    speakersExact: results.filter((r) => r.speakers.exact).length,
    bogusNames: sum((r) => r.speakers.bogus.length),
    turnsExact: { exact: counted.filter((r) => r.turns.tool === r.turns.expected).length, counted: counted.length },
    topics: { found: sum((r) => r.topics.found), expected: sum((r) => r.topics.expected), withSection: sum((r) => r.topics.withSection) },
    implausible: { warned: results.filter((r) => r.implausible.needed && r.implausible.warned).length, needed: results.filter((r) => r.implausible.needed).length },
    quotes: sum((r) => r.quotes.count),
    picks: { recalled: sum((r) => r.quotes.picks?.recalled ?? 0), total: sum((r) => r.quotes.picks?.total ?? 0) },
    defects: Object.fromEntries(DEFECT_KINDS.map((kind) => [kind, sum((r) => r.quotes.defects[kind])])) as Record<DefectKind, number>,
    defective: sum((r) => r.quotes.each.filter((q) => q.defects.length > 0).length),
    unquotedSpeakers: sum((r) => r.shares.filter((s) => s.unquoted).length),
    withError: results.filter((r) => r.errors.length > 0).length,
  };
}

const SHORT: Record<DefectKind, string> = {
  'fragment-start': 'start',
  'fragment-end': 'end',
  markup: 'markup',
  'repeated-word': 'repeat',
  question: 'question',
  greeting: 'greeting',
  'omission-mark': 'mark',
};

const minutes = (value: number | null): string => (value === null ? '—' : value.toFixed(1));
const percent = (value: number): string => `${Math.round(value * 100)} %`;
const ratio = (a: number, b: number): string => `${a}/${b}`;
/** A name as data, so that `?`, a blank or a stray space are visible. */
const quoted = (name: string): string => JSON.stringify(name);
const clip = (text: string, length = 90): string => {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};

function defectSummary(defects: Record<DefectKind, number>): string {
  const parts = DEFECT_KINDS.filter((kind) => defects[kind] > 0).map((kind) => `${SHORT[kind]} ${defects[kind]}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}

const HEADER = ['file', 'format', 'encoding', 'speakers exact', 'bogus', 'turns tool/exp', 'topics found', 'length min tool/exp', 'implausible warned', 'errors', 'quotes', 'picks recalled', 'defects'];

function row(outcome: Outcome): string[] {
  if (isFailure(outcome)) return [outcome.id, `FAILED (${outcome.cause})`, '', '', '', '', '', '', '', '', '', '', ''];
  const r = outcome;
  return [
    r.id,
    r.format,
    r.encoding,
    r.speakers.exact ? 'yes' : 'no',
    String(r.speakers.bogus.length),
    `${r.turns.tool}/${r.turns.expected ?? '—'}`,
    ratio(r.topics.found, r.topics.expected),
    `${minutes(r.length.tool)}/${minutes(r.length.expected)}`,
    r.implausible.needed ? (r.implausible.warned ? 'yes' : 'no') : '—',
    r.errors.length === 0 ? '0' : [...new Set(r.errors.map((e) => e.rule))].join(' '),
    String(r.quotes.count),
    r.quotes.picks ? ratio(r.quotes.picks.recalled, r.quotes.picks.total) : '—',
    defectSummary(r.quotes.defects),
  ];
}

function totalsRow(t: Totals): string[] {
  return [
    `total (${t.files} files${t.failed ? `, ${t.failed} failed` : ''})`,
    '',
    '',
    ratio(t.speakersExact, t.files - t.failed),
    String(t.bogusNames),
    `${ratio(t.turnsExact.exact, t.turnsExact.counted)} exact`,
    ratio(t.topics.found, t.topics.expected),
    '',
    ratio(t.implausible.warned, t.implausible.needed),
    `${t.withError} files`,
    String(t.quotes),
    ratio(t.picks.recalled, t.picks.total),
    `${t.defective} of ${t.quotes} quotes: ${defectSummary(t.defects)}`,
  ];
}

const sharesLine = (r: FileResult): string =>
  r.shares.map((s) => `${quoted(s.name)} (${s.kind}) ${percent(s.said)} said / ${s.slides} slides ${percent(s.slideShare)}${s.unquoted ? ' UNQUOTED' : ''}`).join('; ');

/** The lines under the table for one file: what a reader needs to see to trust or doubt its row. */
function details(r: FileResult): string[] {
  const lines: string[] = [];
  if (r.speakers.bogus.length > 0) lines.push(`bogus speakers: ${r.speakers.bogus.map(quoted).join(', ')}`);
  if (r.speakers.missing.length > 0) lines.push(`speakers not found: ${r.speakers.missing.map(quoted).join(', ')}`);
  if (r.topics.missed.length > 0) lines.push(`topics missed: ${r.topics.missed.map(quoted).join(', ')} (tool: ${r.topics.tool.map(quoted).join(', ')})`);
  for (const error of r.errors) lines.push(error.printed);
  if (r.shares.length > 0) lines.push(`shares: ${sharesLine(r)}`);
  return lines;
}

/** The plain-text table `npm run eval` prints, with the lines that explain each row under it. */
export function formatText(outcomes: readonly Outcome[], totals: Totals): string {
  const rows = [HEADER, ...outcomes.map(row), totalsRow(totals)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((cells) => [...(cells[column] ?? '')].length)));
  const render = (cells: string[]): string => cells.map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length)).join('  ').trimEnd();
  const out = [render(HEADER), ...outcomes.map((o) => render(row(o))), render(totalsRow(totals)), ''];
  for (const outcome of outcomes) {
    if (isFailure(outcome)) {
      // The first frames say where; the whole stack is in latest.json and latest.md.
      out.push(`${outcome.id}: FAILED (${outcome.cause}) ${outcome.failed.split('\n').slice(0, 3).join('\n')}`);
      continue;
    }
    for (const line of details(outcome)) out.push(`${outcome.id}: ${line}`);
  }
  return `${out.join('\n')}\n`;
}

const cell = (text: string): string => text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

/** The Markdown report: the table, the totals, then per file its details, picks and defective quotes. */
export function formatMarkdown(outcomes: readonly Outcome[], totals: Totals, about: { commit?: string; date: string }): string {
  const table = (rows: string[][]): string[] => [`| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`, ...rows.map((cells) => `| ${cells.map(cell).join(' | ')} |`)];
  const out = [
    '# Evaluation: bare transcripts of eval/corpus',
    '',
    `\`npm run eval\` on ${about.date}${about.commit ? ` at ${about.commit}` : ''}: each transcript loaded as a new user would (no deck.yaml) and compared with the hand counts and picks of eval/corpus.`,
    '',
    ...table([...outcomes.map(row), totalsRow(totals)]),
    '',
    `Totals: ${totals.files} files, speakers exact ${ratio(totals.speakersExact, totals.files - totals.failed)}, ${totals.bogusNames} bogus names, turns exact ${ratio(totals.turnsExact.exact, totals.turnsExact.counted)}, topics found ${ratio(totals.topics.found, totals.topics.expected)} (${totals.topics.withSection} with a section), implausible parse warned ${ratio(totals.implausible.warned, totals.implausible.needed)}, picks recalled ${ratio(totals.picks.recalled, totals.picks.total)}, ${totals.defective} of ${totals.quotes} slide quotes with a defect (${defectSummary(totals.defects)}), ${totals.unquotedSpeakers} unquoted speakers, ${totals.withError} files with an error, ${totals.failed} failed.`,
    '',
  ];
  for (const outcome of outcomes) {
    out.push(`## ${outcome.id}`, '');
    if (isFailure(outcome)) {
      out.push(`FAILED (${outcome.cause}):`, '', '```', outcome.failed, '```', '');
      continue;
    }
    const r = outcome;
    out.push(`Speakers found: ${r.speakers.found.map(quoted).join(', ') || 'none'}; expected: ${r.speakers.expected.map(quoted).join(', ') || 'none'}.`, '');
    for (const line of details(r)) out.push(`- ${line}`);
    if (r.quotes.picks) {
      for (const pick of r.quotes.picks.each) out.push(`- pick line ${pick.line} ${pick.recalled ? `recalled by quote ${pick.by! + 1}` : `not recalled (best ${percent(pick.overlap)})`}: ${clip(pick.text)}`);
    }
    r.quotes.each.forEach((quote, index) => {
      if (quote.defects.length > 0) out.push(`- quote ${index + 1} (line ${quote.line}, ${quote.speaker}) ${quote.defects.join(', ')}: ${clip(quote.text)}`);
    });
    out.push('');
  }
  return out.join('\n');
}
