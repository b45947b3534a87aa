import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The README's picture of the code (its "How it works" layout tree) against the folders on disk:
 * every folder of src/ and of src/pipeline/ is in the tree, and the tree names no folder that is gone.
 */

const root = resolve(import.meta.dirname, '..');
const folders = (dir: string): string[] => readdirSync(join(root, dir)).filter((name) => statSync(join(root, dir, name)).isDirectory()).sort();

/** The folders the tree names, as `src/x` and `src/pipeline/y`, read from its indentation. */
function treeFolders(readme: string): string[] {
  const block = /<!-- layout -->\s*```text\n([\s\S]*?)```/u.exec(readme)?.[1];
  if (!block) throw new Error('README has no layout tree (a ```text block after <!-- layout -->)');
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of block.split('\n')) {
    const match = /^( *)([\w.-]+)\/(?:\s|$)/u.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 2;
    stack.length = depth;
    stack[depth] = match[2]!;
    out.push(stack.join('/'));
  }
  return out.filter((path) => path !== 'src').sort();
}

describe('the README\'s layout tree', () => {
  it('names exactly the folders of src/ and src/pipeline/', () => {
    const tree = treeFolders(readFileSync(join(root, 'README.md'), 'utf8'));
    const disk = [...folders('src').map((f) => `src/${f}`), ...folders('src/pipeline').map((f) => `src/pipeline/${f}`)].sort();
    expect(tree.filter((path) => path.split('/').length === 2 || (path.startsWith('src/pipeline/') && path.split('/').length === 3))).toEqual(disk);
  });
});
