import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishModel } from './english-model.ts';

const require = createRequire(import.meta.url);

describe('the English model', () => {
  // It runs only the annotations the pipeline reads; wink-nlp's default runs negation and
  // sentiment too. Whatever wink-nlp becomes, leaving them out must change no token, tag or entity.
  it('reads tokens, parts of speech and entities as wink-nlp with all its annotations does', () => {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const full = winkNLP(require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default);
    const ours = englishModel();
    const reading = (nlp: typeof ours, text: string): unknown => {
      const doc = nlp.readDoc(text);
      return [doc.tokens().out(), doc.tokens().out(nlp.its.pos), doc.entities().out(nlp.its.detail)];
    };
    const texts = ['eval/corpus/en-webvtt-voice-talkpython-nicegui.vtt', 'eval/corpus/en-otter-ladybug-indie-hacking.md']
      .flatMap((path) => readFileSync(path, 'utf8').split(/\n+/u))
      .filter((line) => /\p{L}{3}/u.test(line));
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) expect(reading(ours, text), text).toEqual(reading(full, text));
    // Negation and sentiment are what it leaves out.
    expect(ours.readDoc("I don't like it.").out(ours.its.sentiment)).toBe(0);
    expect(full.readDoc("I don't like it.").out(full.its.sentiment)).not.toBe(0);
  });
});
