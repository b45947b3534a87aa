import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshRecord, stamp, writeRecord } from '../../bin/bundle-record.mjs';
import { repoRoot } from '../pipeline/testing/fixtures.ts';
import { clientBundle, clientBundleDir, freshClientBundle, moduleScriptTags } from './client-bundle.ts';

const work = mkdtempSync(join(tmpdir(), 'td-client-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the prebuilt client', () => {
  it('holds the entry script and stylesheet, and records the client, reveal.js and the settings it was made from', async () => {
    const bundle = await clientBundle();
    expect(freshClientBundle()?.dir).toBe(bundle.dir);
    expect(bundle.entryTags).toEqual(['<script type="module" src="/src/client/main.ts"></script>']);
    expect(bundle.script).toMatch(/^assets\/index-[\w-]+\.js$/);
    expect(bundle.css).toEqual([expect.stringMatching(/^assets\/index-[\w-]+\.css$/)]);
    for (const file of bundle.files) expect(existsSync(join(clientBundleDir(bundle), file)), file).toBe(true);
    const inputs = Object.keys(bundle.inputs);
    for (const source of ['src/client/main.ts', 'src/client/theme.css', 'src/shared/clock.ts', 'node_modules/reveal.js/dist/reveal.css', 'index.html', 'src/vite/client-build.ts']) {
      expect(inputs, source).toContain(join(repoRoot, source));
    }
    // A PostCSS config would change the CSS: recorded as absent, so adding one makes the bundle again.
    expect(bundle.inputs[join(repoRoot, 'postcss.config.js')]).toBeNull();
  }, 120_000);

  it('takes the module scripts with a src from a page, as Vite takes its entries', () => {
    const page = '<head><script type="module" src="/a.ts"></script><script type="application/json" id="x">{}</script><script src="/classic.js"></script><script type="module">inline()</script></head>';
    expect(moduleScriptTags(page)).toEqual(['<script type="module" src="/a.ts"></script>']);
  });
});

describe('the bundles’ record (bin/bundle-record.mjs)', () => {
  it('is fresh while every recorded file keeps its size and time and every absent one stays absent', () => {
    const cache = join(work, 'cache');
    const pointer = join(cache, 'current.json');
    const source = join(work, 'source.ts');
    const absent = join(work, 'postcss.config.js');
    writeFileSync(source, 'export const a = 1;\n');
    writeRecord(pointer, cache, { recipe: 3, dir: 'b-1-1', inputs: { [source]: stamp(source), [absent]: stamp(absent) } });
    expect(freshRecord(pointer, 3)?.dir).toBe('b-1-1');
    expect(freshRecord(pointer, 4)).toBeUndefined();

    utimesSync(source, new Date(), new Date(Date.now() + 5_000));
    expect(freshRecord(pointer, 3)).toBeUndefined();
    writeRecord(pointer, cache, { recipe: 3, dir: 'b-1-1', inputs: { [source]: stamp(source), [absent]: stamp(absent) } });
    expect(freshRecord(pointer, 3)).toBeDefined();
    writeFileSync(absent, 'export default {};\n');
    expect(freshRecord(pointer, 3)).toBeUndefined();
  });
});
