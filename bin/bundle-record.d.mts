// Types of bundle-record.mjs, for the TypeScript that shares it (src/vite/client-bundle.ts).
export type Stamp = [size: number, mtimeMs: number] | null;
export interface BundleRecord {
  recipe: number;
  dir: string;
  inputs: Record<string, Stamp>;
}
export function stamp(file: string): Stamp;
export function freshRecord<R extends BundleRecord>(pointer: string, recipe: number): R | undefined;
export function bundleDirName(): string;
export function writeRecord(pointer: string, cache: string, record: BundleRecord): void;
