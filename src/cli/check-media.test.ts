import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-in-process.ts';

/*
 * The hostile corpus (e2e/fixtures/hostile) given a `media:` that is missing, empty or not media:
 * `check` and `build` exit 1 with the problem at `media:`'s line and column in deck.yaml, and build
 * nothing; a name full of markup is quoted in the message as it is.
 */

const work = mkdtempSync(join(tmpdir(), 'td-check-media-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function hostileWith(name: string, media: string, files: Record<string, string> = {}): { dir: string; line: number } {
  const dir = join(work, name);
  cpSync(resolve('e2e/fixtures/hostile'), dir, { recursive: true });
  const yaml = readFileSync(join(dir, 'deck.yaml'), 'utf8');
  writeFileSync(join(dir, 'deck.yaml'), `${yaml.trimEnd()}\nmedia: ${JSON.stringify(media)}\n`);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return { dir, line: yaml.trimEnd().split('\n').length + 1 };
}

describe('check and build with a bad recording', () => {
  it.each([
    ['missing', '<img src=x onerror=alert(1)>.mp3', {}, 'Unexpected missing recording `<img src=x onerror=alert(1)>.mp3`, expected an audio or video file beside deck.yaml'],
    ['empty', 'talk.ogg', { 'talk.ogg': '' }, 'Unexpected empty recording `talk.ogg` (0 bytes), expected an audio or video file'],
    ['not media', 'talk.mp4', { 'talk.mp4': '<script>window.__pwned = 1</script>' }, 'Unexpected content in `talk.mp4`: its bytes are not audio or video'],
  ])('%s: a positioned error, exit 1', async (name, media, files, message) => {
    const { dir, line } = hostileWith(name.replace(/\W/gu, '-'), media, files);
    const checked = await runCli('check', dir);
    expect(checked.code).toBe(1);
    expect(checked.err).toContain(`deck.yaml:${line}:8: error media-file ${message}`);
    const out = join(work, `${name.replace(/\W/gu, '-')}-dist`);
    const built = await runCli('build', dir, '--out', out);
    expect(built.code).toBe(1);
    expect(built.err).toContain('error media-file');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 120_000);

  it('a javascript: address is no address: it is looked for as a file, and missing', async () => {
    const { dir } = hostileWith('javascript', "javascript:window.__pwned='media'");
    const checked = await runCli('check', dir, '--json');
    const report = JSON.parse(checked.out) as { diagnostics: Array<{ rule: string; message: string }> };
    expect(report.diagnostics.find((d) => d.rule === 'media-file')?.message).toMatch(/^Unexpected missing recording `javascript:/u);
  });
});
