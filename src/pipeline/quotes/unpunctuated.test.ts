import { describe, expect, it } from 'vitest';
import { boundsFor, Lengths, paragraphUnits, shownText } from './sentences.ts';
import { isUnpunctuated } from './unpunctuated.ts';

const OPTIONS = { minLength: 12, maxLength: 80, minWords: 10, maxWords: 35 };

function shown(text: string, flow = {}): string[] {
  const lengths = new Lengths(text);
  return paragraphUnits(text, text, lengths, boundsFor(lengths.script, OPTIONS), [], flow).map((u) => shownText(text, u));
}

// Raw speech-to-text as a live stream's captions give it: no punctuation, no capitals to speak of.
const RAW =
  "um and then I got them converted to text so uh we'll just check to see if this happens because it's better to have some data than none so uh I think what we'll do all right split chunks that one worked okay you pick a default and you stick with it and then you never have to think about the encoding again";

describe('unpunctuated speech', () => {
  it('tells raw speech-to-text from long punctuated sentences', () => {
    expect(isUnpunctuated(RAW, new Lengths(RAW))).toBe(true);
    const long = 'The first thing we changed was the way the build cache was keyed on the compiler version, whereas the old scheme had keyed it on the timestamp of every header file in the tree, and after that change nobody waited more than four minutes.';
    expect(isUnpunctuated(long, new Lengths(long))).toBe(false);
    expect(isUnpunctuated('so uh yeah', new Lengths('so uh yeah'))).toBe(false);
  });

  it('cuts it where a thought starts (`um`, `so`, `okay`, `all right`), as verbatim slices with the omissions marked', () => {
    const units = shown(RAW);
    expect(units).toContain("…we'll just check to see if this happens because it's better to have some data than none…");
    expect(units).toContain('…you pick a default and you stick with it and then you never have to think about the encoding again');
    for (const unit of units) {
      expect(RAW).toContain(unit.replace(/^…|…$/gu, ''));
      expect(unit).not.toMatch(/^…?(?:um|uh|so|okay|and)\b/u);
    }
  });

  it('marks the paragraph’s own edges as omissions when the turn’s flow runs on across them', () => {
    const units = shown(RAW, { opensMid: true, closesMid: true });
    expect(units[0]).toMatch(/^…I got them converted/u);
    expect(units[units.length - 1]).toMatch(/encoding again…$/u);
  });

  it('cuts a thought too long for a slide before a connective', () => {
    const long = `${'we measured every request the service answered for a week '.repeat(3)}and found that the slowest one in a hundred waited on the same lock every time it ran`;
    const units = shown(`${long} so uh that was the whole story`);
    expect(units.length).toBeGreaterThan(1);
    for (const unit of units) expect(new Lengths(unit).of(0, unit.length)).toBeLessThanOrEqual(35);
  });
});
