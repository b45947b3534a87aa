import { describe, expect, it } from 'vitest';
import { correctionsPass, parseCorrections, staleCorrections } from './corrections.ts';
import { normalize } from './index.ts';

const source = (text: string) => ({ path: 't.txt', text, encoding: 'utf-8', bom: false });
const yaml = '- line: 2\n  text: "?yàn)樗虡I"\n  reads: 為它商業\n';

describe('corrections file', () => {
  const { value: corrections, diagnostics } = parseCorrections('t.corrections.yaml', yaml);

  it('reads line, text and reads, with where each is written', () => {
    expect(diagnostics).toEqual([]);
    expect(corrections).toEqual([{ line: 2, text: '?yàn)樗虡I', reads: '為它商業', at: { file: 't.corrections.yaml', line: 1, column: 3 } }]);
  });

  it('puts the reading in place, and positions after it still point into the file', () => {
    const text = '第一行\n但是我覺得因?yàn)樗虡I(yè)化各種各樣的變化\n';
    const result = normalize(source(text), [correctionsPass(corrections)]).value;
    expect(result.text).toBe('第一行\n但是我覺得因為它商業(yè)化各種各樣的變化\n');
    const at = result.text.indexOf('化各種');
    expect(result.positionOf(at).offset).toBe(text.indexOf('化各種'));
  });

  it('still applies when lines were added above, with a warning to update the line', () => {
    const text = '新的一行\n第一行\n但是我覺得因?yàn)樗虡I(yè)化\n';
    expect(normalize(source(text), [correctionsPass(corrections)]).value.text).toContain('因為它商業');
    expect(staleCorrections(text, corrections, 't.txt').diagnostics).toMatchObject([{ severity: 'warning', rule: 'moved-correction', hint: 'Update it to `line: 3`.' }]);
  });

  it('is an error with its line in the corrections file when its text is gone', () => {
    expect(staleCorrections('第一行\n已經改好的一行\n', corrections, 't.txt').diagnostics).toMatchObject([
      { severity: 'error', rule: 'stale-correction', file: 't.corrections.yaml', span: { start: { line: 1, column: 3 } } },
    ]);
  });

  it('reports a malformed correction', () => {
    expect(parseCorrections('c.yaml', '- line: two\n  text: x\n  reads: y\n').diagnostics[0]).toMatchObject({ rule: 'corrections-syntax', span: { start: { line: 1 } } });
  });
});
