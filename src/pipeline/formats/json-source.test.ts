import { describe, expect, it } from 'vitest';
import { assemble } from './builder.ts';
import { at, readJson, stringStretches } from './json-source.ts';

describe('json-source', () => {
  it('maps each decoded character of a string to its offset in the file, an escape to the escape', () => {
    const text = '{"text": "Caf\\u00e9 \\"ok\\"\\nbye"}';
    const read = readJson(text);
    if (!('root' in read)) throw new Error('not read');
    const node = at(read.root, 'text')!;
    const said = assemble(stringStretches(text, node));
    expect(said.text).toBe('Café "ok"\nbye');
    const offsetOf = (index: number): number => {
      const pieces = said.pieces ?? [{ at: 0, start: said.start }];
      const piece = [...pieces].reverse().find((p) => p.at <= index)!;
      return piece.start + index - piece.at;
    };
    expect(text.slice(offsetOf(0), offsetOf(0) + 3)).toBe('Caf');
    expect(text.slice(offsetOf(3), offsetOf(3) + 6)).toBe('\\u00e9');
    expect(text.slice(offsetOf(5), offsetOf(5) + 2)).toBe('\\"');
    expect(text[offsetOf(6)]).toBe('o');
    expect(text.slice(offsetOf(9), offsetOf(9) + 2)).toBe('\\n');
    expect(text.slice(offsetOf(10), offsetOf(10) + 3)).toBe('bye');
  });

  it('says where a text stops being JSON', () => {
    const read = readJson('{"segments": [1, 2,]}');
    expect('error' in read && read.error.offset).toBe(19);
    expect('error' in readJson('[00:00.000 --> 00:01.000] hi')).toBe(true);
  });
});
