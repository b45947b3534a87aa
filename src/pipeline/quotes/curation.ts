import { describeYamlNode } from '../manifest/manifest.ts';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from '../yaml.ts';
import { LineIndex } from '../text/position.ts';
import { type Reporter, reporterFor } from '../reporter.ts';
import type { Result, SourceSpan } from '../types.ts';

/**
 * `slides/<deck>.quotes.yaml`: the presenter's say over the quotes. Every key is optional.
 *
 * ```yaml
 * pin:                       # always on a slide (even beyond the topic's count)
 *   - 智能越高,很多時候就代表生產力越高     # a verbatim stretch (either script); `……` at its ends is ignored
 *   - line: 27               # the best quote that starts on line 27 of the transcript
 *   - line: 24:137           # the quote at line 24, column 137 (as `transcript-deck quotes` prints it)
 *   - { line: 24, text: 相反 } # the stretch, looked for on that line only
 * drop:                      # never on a slide (same selectors)
 *   - line: 25
 * order:                     # within each topic, these first, in this order; the rest in transcript order
 *   - line: 26
 *   - line: 23
 * ```
 */
export interface Curation {
  /** Path of the quotes.yaml, for diagnostics. */
  path: string;
  pin: QuoteSelector[];
  drop: QuoteSelector[];
  order: QuoteSelector[];
}

/** Picks a quote by its words, by where it is in the transcript, or both. */
export interface QuoteSelector {
  /** A verbatim stretch of what was said (Traditional or Simplified). */
  text?: string;
  /** 1-based line in the transcript. */
  line?: number;
  /** 1-based column on that line (UTF-16 code units), as `line:col` prints it. */
  column?: number;
  /** Where the selector is written in the quotes.yaml. */
  span: SourceSpan;
}

export const CURATION_KEYS = ['pin', 'drop', 'order'] as const;
type CurationKey = (typeof CURATION_KEYS)[number];

const HINT = 'Each item is a quote\'s text, `line: 27`, `line: 27:14`, or `{ line: 27, text: … }`.';

/** Parses a quotes.yaml. Never throws: unusable items are errors with their line, the rest is kept. */
export function parseCuration(path: string, yamlText: string): Result<Curation> {
  const reporter = reporterFor(path);
  const lines = new LineIndex(yamlText);
  const curation: Curation = { path, pin: [], drop: [], order: [] };
  const spanOf = (node: YamlNode | Pair | null | undefined): SourceSpan => {
    const range = node && 'range' in node && node.range ? node.range : node && 'key' in node && isScalar(node.key) && node.key.range ? node.key.range : undefined;
    return range ? lines.spanOf(range[0], range[1]) : lines.spanOf(0, 0);
  };

  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    reporter.error('curation-syntax', lines.spanOf(error.pos[0], error.pos[1]), `Invalid YAML: ${error.message.split('\n')[0]}`, 'Fix the YAML syntax; lists as `- item`.');
  }
  if (doc.errors.length > 0) return reporter.result(curation);
  const root = doc.contents as YamlNode | null;
  if (root === null || (isScalar(root) && root.value === null)) return reporter.result(curation);
  if (!isMap(root)) {
    reporter.error('curation-type', spanOf(root), 'Unexpected content, expected a mapping with `pin:`, `drop:` or `order:`', 'Start with `pin:` and a list of quotes.');
    return reporter.result(curation);
  }

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(CURATION_KEYS as readonly string[]).includes(key)) {
      reporter.error('curation-unknown-key', spanOf(pair), `Unexpected key \`${key}\`, expected one of ${CURATION_KEYS.map((k) => `\`${k}\``).join(', ')}`, 'Remove it or check its spelling.');
      continue;
    }
    const value = pair.value as YamlNode | null;
    if (value === null || (isScalar(value) && value.value === null)) continue;
    if (!isSeq(value)) {
      reporter.error('curation-type', spanOf(value), `Unexpected ${describeYamlNode(value)} for \`${key}\`, expected a list (\`- …\`)`, HINT);
      continue;
    }
    for (const item of value.items as Array<YamlNode | null>) {
      const selector = readSelector(item, key as CurationKey, spanOf, reporter);
      if (selector) curation[key as CurationKey].push(selector);
    }
  }
  return reporter.result(curation);
}

const POSITION = /^\s*(\d+)\s*(?::\s*(\d+))?\s*$/u;

function readSelector(item: YamlNode | null, key: CurationKey, spanOf: (node: YamlNode | Pair | null | undefined) => SourceSpan, reporter: Reporter): QuoteSelector | undefined {
  const span = spanOf(item);
  if (item === null) {
    reporter.error('curation-type', spanOf(item), `Unexpected empty item in \`${key}\`, expected a quote`, HINT);
    return undefined;
  }
  if (isScalar(item)) {
    if (typeof item.value === 'number' && Number.isInteger(item.value) && item.value > 0) return { line: item.value, span };
    if (typeof item.value === 'string') {
      const position = /^\s*(\d+)\s*:\s*(\d+)\s*$/u.exec(item.value);
      if (position && Number(position[1]) > 0 && Number(position[2]) > 0) return { line: Number(position[1]), column: Number(position[2]), span };
      const text = cleanText(item.value);
      if (text === '') {
        reporter.error('curation-type', spanOf(item), `Unexpected empty text in \`${key}\`, expected a quote`, HINT);
        return undefined;
      }
      return { text, span };
    }
    reporter.error('curation-type', spanOf(item), `Unexpected ${describeYamlNode(item)} in \`${key}\`, expected a quote`, HINT);
    return undefined;
  }
  if (!isMap(item)) {
    reporter.error('curation-type', spanOf(item), `Unexpected ${describeYamlNode(item)} in \`${key}\`, expected a quote`, HINT);
    return undefined;
  }
  const selector: QuoteSelector = { span };
  let ok = true;
  for (const pair of item.items) {
    const field = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (field === 'text') {
      const text = isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number') ? cleanText(String(value.value)) : '';
      if (text === '') {
        reporter.error('curation-type', spanOf(value ?? pair), `Unexpected ${describeYamlNode(value)} for \`text\`, expected the quote's words`, HINT);
        ok = false;
      } else selector.text = text;
    } else if (field === 'line') {
      const raw = isScalar(value) && (typeof value.value === 'number' || typeof value.value === 'string') ? String(value.value) : '';
      const position = POSITION.exec(raw);
      if (!position || Number(position[1]) < 1 || (position[2] !== undefined && Number(position[2]) < 1)) {
        reporter.error('curation-type', spanOf(value ?? pair), `Unexpected ${describeYamlNode(value)} for \`line\`, expected a line number or \`line:column\``, HINT);
        ok = false;
      } else {
        selector.line = Number(position[1]);
        if (position[2] !== undefined) selector.column = Number(position[2]);
      }
    } else if (field === 'column') {
      if (isScalar(value) && typeof value.value === 'number' && Number.isInteger(value.value) && value.value > 0) selector.column = value.value;
      else {
        reporter.error('curation-type', spanOf(value ?? pair), `Unexpected ${describeYamlNode(value)} for \`column\`, expected a column number`, HINT);
        ok = false;
      }
    } else {
      reporter.error('curation-unknown-key', spanOf(pair), `Unexpected key \`${field}\` in \`${key}\`, expected \`text\`, \`line\` or \`column\``, HINT);
      ok = false;
    }
  }
  if (ok && selector.text === undefined && selector.line === undefined) {
    reporter.error('curation-type', spanOf(item), `Unexpected item in \`${key}\` with neither \`text\` nor \`line\`, expected a quote`, HINT);
    return undefined;
  }
  if (ok && selector.column !== undefined && selector.line === undefined) {
    reporter.error('curation-type', spanOf(item), `Unexpected \`column\` without \`line\` in \`${key}\``, HINT);
    return undefined;
  }
  return ok ? selector : undefined;
}

/** The words of a quote as written: surrounding white space and omission marks are not part of them. */
function cleanText(text: string): string {
  return text.trim().replace(/^(?:……|…|\.\.\.)\s*/u, '').replace(/\s*(?:……|…|\.\.\.)$/u, '').trim();
}

