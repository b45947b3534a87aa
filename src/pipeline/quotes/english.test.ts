import { describe, expect, it } from 'vitest';
import { looksEnglish, readEnglish } from './english.ts';

describe('reading English', () => {
  it('finds real names and numbers only: no capitalised function word, no stamp', () => {
    const reading = readEnglish('But I think So Hey, Michael Kennedy and Rodja Trappe built NiceGUI in 2021 at [11:55], and 40% of users love it.');
    expect(reading.names).toEqual(['Michael Kennedy', 'Rodja Trappe', 'NiceGUI']);
    expect(reading.numbers).toEqual(['2021', '40%']);
    expect(readEnglish("I'm Falko Schindler. I'm basically addicted to programming.").names).toEqual(['Falko Schindler']);
  });

  it('counts interjections and content words', () => {
    const filler = readEnglish('Oh, yeah. Okay. Hey.');
    expect(filler.interjections).toBeGreaterThanOrEqual(3);
    expect(filler.contentWords).toBe(0);
    expect(readEnglish('We cut the build from forty minutes to four.').contentWords).toBeGreaterThanOrEqual(4);
  });

  it('tells English from other Latin-script text', () => {
    expect(looksEnglish('We cut the build from forty minutes to four by caching the one step.')).toBe(true);
    expect(looksEnglish('Die Menschen haben das Gefühl, es mit abgehobenen Eliten zu tun zu haben.')).toBe(false);
    expect(looksEnglish('Nous avons réduit le temps de compilation de quarante minutes à quatre.')).toBe(false);
  });
});
