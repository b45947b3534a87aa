import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..');
const FIXTURE = join(REPO, 'src/pipeline/formats/fixtures/webvtt.ja.vtt');
const EXPECTED = 'language: ja\nlayout: webvtt-voice\nspeakers: [聞き手, 店主]\nturns: 9\ntopics: [店の始まり, あんこ作り, これから]\nlength: null\n';

const run = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(REPO, 'eval/run.ts'), ...args], { cwd: REPO, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe('npm run eval', () => {
  it('compares each transcript of a corpus, says which files it could not compare, and exits 0', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'eval-run-'));
    copyFileSync(FIXTURE, join(corpus, 'ja-webvtt-voice-shop.vtt'));
    writeFileSync(join(corpus, 'ja-webvtt-voice-shop.expected.yaml'), EXPECTED);
    copyFileSync(FIXTURE, join(corpus, 'ja-webvtt-voice-half-written.vtt'));
    writeFileSync(join(corpus, 'ja-webvtt-voice-half-written.expected.yaml'), 'speakers: [聞き手');
    copyFileSync(FIXTURE, join(corpus, 'ja-webvtt-voice-no-counts.vtt'));

    const { code, stdout, stderr } = await run('--corpus', corpus, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { totals: { files: number; speakersExact: number; failed: number }; files: Array<{ id: string; cause?: string }> };
    expect(report.totals).toMatchObject({ files: 2, speakersExact: 1, failed: 1 });
    expect(report.files.find((f) => f.id === 'ja-webvtt-voice-half-written')?.cause).toBe('corpus');
    expect(stderr).toContain('ja-webvtt-voice-no-counts: skipped, no ja-webvtt-voice-no-counts.expected.yaml yet');
  }, 30_000);
});
