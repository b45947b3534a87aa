import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

/*
 * The YAML library (yaml), required at the first YAML text the pipeline reads: deck.yaml, a
 * Markdown transcript's front matter, a corrections or quote curation file. A bare transcript has
 * none, and the library takes about 30 ms to load. The same functions as the library's own.
 */
let loaded: typeof Yaml | undefined;
const yaml = (): typeof Yaml => (loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => yaml().parseDocument(...args)) as typeof Yaml.parseDocument;
export const isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;
export const lineCounter = (): Yaml.LineCounter => new (yaml().LineCounter)();
export type { Node, Pair } from 'yaml';
