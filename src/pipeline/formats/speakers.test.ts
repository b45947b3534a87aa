import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { parseNameColon } from './name-colon.ts';
import { applyAliases, isVariant, speakerVariants } from './speakers.ts';

describe('speaker variants and aliases', () => {
  it.each([
    ['Dave', 'Dave Smith', true],
    ['DAVE SMITH', 'Dave Smith', true],
    ['Dr. Nair', 'Dr Nair', true],
    ['Priya', 'Dr Priya Nair', true],
    ['雅婷', '林雅婷', true],
    ['主持人', '主持人甲', true],
    ['Speaker 1', 'Speaker 2', false],
    ['Speaker 1', 'Speaker 12', false],
    ['Dave', 'Sue', false],
    ['问', '答', false],
    ['?', 'Dave', false],
  ])('%j and %j: %s', (a, b, variant) => {
    expect(isVariant(a, b)).toBe(variant);
  });

  it('reports each variant pair once, where the second label first speaks', () => {
    const transcript = parseNameColon(cleanFromString('Dave Smith: one\nSue: two\nDave: three\nSue: four\nDave: five\n')).value;
    expect(speakerVariants(transcript, 'x.txt').diagnostics.map((d) => [d.rule, d.severity, d.span?.start.line])).toEqual([['speaker-variant', 'warning', 3]]);
  });

  it('renames speakers, merges turns that become adjacent, renumbers turn ids and recounts', () => {
    const before = parseNameColon(cleanFromString('Dave Smith: one\nDave: two\nSue: three\nDave: four\n')).value;
    const after = applyAliases(before, { Dave: 'Dave Smith' });
    expect(after.topics[0]!.turns.map((t) => [t.id, t.speaker, t.paragraphs.length])).toEqual([
      ['topic-1-turn-1', 'Dave Smith', 2],
      ['topic-1-turn-2', 'Sue', 1],
      ['topic-1-turn-3', 'Dave Smith', 1],
    ]);
    expect(after.speakers.map((s) => `${s.name} ×${s.turnCount}`)).toEqual(['Dave Smith ×2', 'Sue ×1']);
    // Pure: the original is unchanged.
    expect(before.topics[0]!.turns).toHaveLength(4);
  });
});
