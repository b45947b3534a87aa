/*
 * wink-nlp with its English model (wink-eng-lite-web-model, shipped in npm, nothing fetched), shared
 * by the quote ranking and the topic titles: one instance, loaded on the first English text.
 */

import { createRequire } from 'node:module';
import type { WinkMethods } from 'wink-nlp';

// Required on first use, not imported: a deck with no English pays nothing (the model's module
// alone takes about 70 ms to load, and its instance tens of megabytes).
const require = createRequire(import.meta.url);
let nlp: WinkMethods | undefined;

export function englishModel(): WinkMethods {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
    // Only the annotations read (tokens, parts of speech, entities; sentences as before): wink-nlp
    // runs negation and sentiment too by default, about a third of every readDoc, and neither
    // changes a token, a tag or an entity (the same output on every Latin-script text of
    // eval/corpus, 15,872 texts, checked when this was set).
    nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  }
  return nlp;
}
