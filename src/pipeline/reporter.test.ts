import { describe, expect, it } from 'vitest';
import { reporterFor } from './reporter.ts';

const span = { start: { line: 2, column: 3, offset: 10 }, end: { line: 2, column: 7, offset: 14 } };

describe('reporterFor', () => {
  it('stamps its file on every message, in the order they were reported, at the severity of the method', () => {
    const reporter = reporterFor('talk.txt');
    reporter.warn('empty-turn', span, 'Unexpected empty turn', 'Remove the label.');
    reporter.error('missing-file', undefined, 'Unexpected missing file');
    reporter.info('encoding', span, 'Read the file as GB 18030');
    expect(reporter.messages).toEqual([
      { severity: 'warning', rule: 'empty-turn', message: 'Unexpected empty turn', file: 'talk.txt', span, hint: 'Remove the label.' },
      { severity: 'error', rule: 'missing-file', message: 'Unexpected missing file', file: 'talk.txt' },
      { severity: 'info', rule: 'encoding', message: 'Read the file as GB 18030', file: 'talk.txt', span },
    ]);
  });

  it('leaves out an empty hint and a missing span rather than writing them as undefined', () => {
    const reporter = reporterFor('deck.yaml');
    reporter.report('info', 'front-matter', undefined, 'Read the front matter', '');
    expect(Object.keys(reporter.messages[0]!)).toEqual(['severity', 'rule', 'message', 'file']);
  });

  it('adds to a list it is given, so reporters for two files keep one order', () => {
    const all = reporterFor('talk.txt').messages;
    const chapters = reporterFor('talk.chapters.vtt', all);
    const transcript = reporterFor('talk.txt', all);
    chapters.warn('chapter-line', span, 'Unexpected line');
    transcript.info('chapters', undefined, '3 chapters');
    expect(transcript.result('value')).toEqual({ value: 'value', diagnostics: [expect.objectContaining({ file: 'talk.chapters.vtt' }), expect.objectContaining({ file: 'talk.txt' })] });
  });

  it('collects the value of an earlier result and keeps its messages after those already reported', () => {
    const reporter = reporterFor('talk.txt');
    reporter.info('encoding', undefined, 'Read the file as GB 18030');
    const earlier = reporterFor('talk.chapters.vtt');
    earlier.warn('chapter-line', span, 'Unexpected line');
    expect(reporter.collect(earlier.result(['chapter']))).toEqual(['chapter']);
    expect(reporter.messages.map((m) => [m.rule, m.file])).toEqual([
      ['encoding', 'talk.txt'],
      ['chapter-line', 'talk.chapters.vtt'],
    ]);
  });

  it('takes only listed rules, each at a severity it is listed at: anything else fails `npm run check`', () => {
    const reporter = reporterFor('talk.txt');
    // @ts-expect-error: a misspelt rule
    reporter.warn('empty-trun', undefined, 'Unexpected empty turn');
    // @ts-expect-error: `empty-turn` is listed as a warning, never an error
    reporter.error('empty-turn', undefined, 'Unexpected empty turn');
    reporter.report('warning', 'front-matter', undefined, 'Unexpected YAML in the front matter');
    expect(reporter.messages.map((m) => m.severity)).toEqual(['warning', 'error', 'warning']);
  });
});
