import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../pipeline/testing/fixtures.ts';
import { buildDeck } from './build.ts';

// A prebuilt client that cannot be made (as in a cache folder that cannot be written); the rest is real.
vi.mock('../vite/client-bundle.ts', async (original) => ({
  ...(await original<typeof import('../vite/client-bundle.ts')>()),
  clientBundle: () => Promise.reject(new Error('EACCES: permission denied, mkdir node_modules/.cache/transcript-deck/client')),
}));

const out = mkdtempSync(join(tmpdir(), 'td-build-fallback-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('transcript-deck build without a prebuilt client', () => {
  it('says so and bundles the client in the build, as Vite does', async () => {
    let said = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((said += String(chunk)), true));
    await buildDeck(join(repoRoot, 'src/pipeline/formats/fixtures/name-colon.en.txt'), out);
    vi.restoreAllMocks();
    expect(said).toContain('transcript-deck: the browser client is bundled in this build (no prebuilt one: EACCES: permission denied');
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    const script = /<script type="module" crossorigin src="\.\/(assets\/index-[\w-]+\.js)"><\/script>/.exec(page);
    expect(script, 'the bundled client in the page').not.toBeNull();
    expect(existsSync(join(out, script![1]!))).toBe(true);
    expect(page).toContain('<section');
    expect(page).toContain('Content-Security-Policy');
    expect(readFileSync(join(out, 'deck.html'), 'utf8')).not.toMatch(/(?:src|href)="\.\/assets\/index-/);
  }, 180_000);
});
