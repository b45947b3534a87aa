import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Parser } from 'budoux';
import { HAN_OR_KANA } from './cjk.ts';
import { toSimplified } from './simplified.ts';

/*
 * Where a line of slide text may break. Browsers break Chinese between any two characters, which
 * splits words (`大模|型`); BudouX's models find phrase boundaries instead. Traditional text is
 * segmented through its Simplified copy (same length, character for character) because the
 * Simplified model is the stronger one. Then the line-start and line-end rules: no line starts
 * with closing punctuation (`，` `。` `」`) and none ends with an opening one (`「` `（`).
 */

const CLOSING = /^[,，.。、;；:：!！?？)）\]」』”’…》〉]+/u;
const OPENING = /[(（[「『“‘《〈]+$/u;

type Model = 'zh-Hans' | 'zh-Hant' | 'ja';
const parsers = new Map<Model, Parser>();
const MODEL_FILES: Record<Model, string> = { 'zh-Hans': 'zh-hans.js', 'zh-Hant': 'zh-hant.js', ja: 'ja.js' };

/*
 * BudouX's parser and models are loaded from its files, not from its entry: the entry also loads
 * its HTML processor and, with it, linkedom (a quarter of a second of every cold build, for a DOM
 * the build never uses). The package is pinned; the phrase tests fail if its layout moves.
 */
const requireHere = createRequire(import.meta.url);
let budouxDir: string | undefined;
function budouxFile(path: string): unknown {
  budouxDir ??= dirname(requireHere.resolve('budoux'));
  return requireHere(join(budouxDir, path));
}

function parserFor(model: Model): Parser {
  let parser = parsers.get(model);
  if (!parser) {
    const { Parser: BudouxParser } = budouxFile('parser.js') as { Parser: new (model: unknown) => Parser };
    parser = new BudouxParser((budouxFile(`data/models/${MODEL_FILES[model]}`) as { model: unknown }).model);
    parsers.set(model, parser);
  }
  return parser;
}

/** The text cut into phrases that should not be broken inside; `phrases.join('') === text`. */
export function phrases(text: string, lang: string): string[] {
  if (!HAN_OR_KANA.test(text)) return [text];
  let chunks: string[];
  if (lang.startsWith('ja')) {
    chunks = parserFor('ja').parse(text);
  } else {
    const simplified = toSimplified(text);
    if (simplified.length === text.length) {
      // Same length: cut the original at the offsets the Simplified copy was cut at.
      chunks = [];
      let at = 0;
      for (const chunk of parserFor('zh-Hans').parse(simplified)) {
        chunks.push(text.slice(at, at + chunk.length));
        at += chunk.length;
      }
    } else {
      chunks = parserFor(lang.includes('Hant') ? 'zh-Hant' : 'zh-Hans').parse(text);
    }
  }
  return applyLineRules(chunks);
}

function applyLineRules(chunks: string[]): string[] {
  const out: string[] = [];
  for (const chunk of chunks) {
    let rest = chunk;
    const closing = CLOSING.exec(rest);
    if (closing && out.length > 0) {
      out[out.length - 1] += closing[0];
      rest = rest.slice(closing[0].length);
    }
    if (rest === '') continue;
    const previous = out[out.length - 1];
    const opening = previous === undefined ? null : OPENING.exec(previous);
    if (opening && previous !== undefined) {
      out[out.length - 1] = previous.slice(0, previous.length - opening[0].length);
      rest = opening[0] + rest;
      if (out[out.length - 1] === '') out.pop();
    }
    out.push(rest);
  }
  return out;
}
