// TEMPORARY minimal decoder; replaced by the full one (issue 3).
import type { Result, SourceFile, SourceText } from './types.ts';
export function decode(file: SourceFile): Result<SourceText> {
  const bom = file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8').decode(bom ? file.bytes.subarray(3) : file.bytes);
  return { value: { path: file.path, text, encoding: 'utf-8', bom }, diagnostics: [] };
}
