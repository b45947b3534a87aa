import { describe, expect, it } from 'vitest';
import { looksLikeName } from './labels.ts';
import { MachineSpeakers } from './machine-speakers.ts';

describe('machine speaker labels', () => {
  it('shows ids as readable labels, counted from 1 when the file counts from 0', () => {
    const zeroBased = new MachineSpeakers(['0', '1', 'spk_0', 'SPEAKER_01']);
    expect(['0', '1', 'spk_0', 'SPEAKER_01'].map((id) => zeroBased.label(id))).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 1', 'Speaker 2']);
    expect(new MachineSpeakers(['1', '2']).label('2')).toBe('Speaker 2');
    expect(new MachineSpeakers(['A', 'B']).label('B')).toBe('Speaker B');
  });

  it('keeps a name the file gives, and never shows a number, a time or an aside as one', () => {
    const speakers = new MachineSpeakers([]);
    expect(speakers.label('Dave Smith')).toBe('Dave Smith');
    for (const id of ['12:03', '(inaudible)', 'https://x.org', '?']) {
      const label = speakers.label(id);
      expect(looksLikeName(label), label).toBe(true);
      expect(label).not.toContain(id);
    }
  });
});
