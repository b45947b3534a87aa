import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../pipeline/testing/fixtures.ts';
import { EXIT, main } from './main.ts';
import { runCli } from './run-in-process.ts';

/*
 * How the one CLI answers its user before it reads any deck: --version, options it does not know,
 * commands it does not know, and the paper names it accepts. In-process through main(), and once
 * each through the real commands (bin/transcript-deck.mjs, npm run pdf).
 */

afterEach(() => vi.restoreAllMocks());

const run = runCli;

const execute = promisify(execFile);
/** Runs a real command in the project folder; a non-zero exit is returned, not thrown. */
async function spawn(command: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await execute(command, args, { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'td-usage-'));
/** A transcript that cannot be read: what stops a pdf whose options were accepted, before any build. */
const empty = join(work, 'empty.txt');
writeFileSync(empty, '');

describe('transcript-deck --version', () => {
  it('prints the version of package.json and exits 0', async () => {
    expect(await run('--version')).toEqual({ code: EXIT.ok, out: `transcript-deck ${version}\n`, err: '' });
    const real = await spawn('node', ['bin/transcript-deck.mjs', '--version']);
    expect(real).toEqual({ code: EXIT.ok, out: `transcript-deck ${version}\n`, err: '' });
  }, 30_000);
});

describe('an option the CLI does not know', () => {
  it('is named with the closest one (did you mean --paper?), exit 2, in plain words without a help page', async () => {
    const { code, out, err } = await run('pdf', 'slides', '--handout', '--papr', 'Letter');
    expect(code).toBe(EXIT.usage);
    expect(out).toBe('');
    expect(err).toMatch(/unknown option --papr\b.*did you mean --paper\?/i);
    // Not Node's own text ("… as in '-- "--papr"", its quote never closed), nor the whole help.
    expect(err).not.toContain('To specify a positional argument');
    expect(err).not.toContain('Usage:');
    expect(err.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
  });

  it('is refused when it belongs to another command, naming the one it belongs to', async () => {
    const { code, err } = await run('build', 'slides', '--paper', 'A4');
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/--paper .*pdf/);
  });

  it('is refused without its value, even an empty one (--out= is not the current folder)', async () => {
    for (const args of [['--out='], ['--out'], ['--paper=', '--handout'], ['--out', '--notes']]) {
      const { code, err } = await run('pdf', empty, ...args);
      expect(code, args.join(' ')).toBe(EXIT.usage);
      expect(err).toMatch(/Unexpected --(out|paper) without a value/);
    }
  });

  it('goes through the same CLI from npm run pdf', async () => {
    const { code, err } = await spawn('npm', ['run', '--silent', 'pdf', '--', '--handout', '--papr', 'Letter']);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/unknown option --papr\b.*did you mean --paper\?/i);
  }, 30_000);
});

describe('a command the CLI does not know', () => {
  it('is named with the closest one (did you mean pdf?), exit 2', async () => {
    const { code, err } = await run('pfd', 'slides');
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/unknown command pfd\b.*did you mean pdf\?/i);
    expect((await run('chek', 'slides')).err).toMatch(/did you mean check\?/i);
  });
});

describe('paper names', () => {
  it('are accepted in any case by transcript-deck pdf of a transcript and of a built deck alike', async () => {
    const builtNowhere = mkdtempSync(join(tmpdir(), 'td-usage-dist-'));
    for (const paper of ['A4', 'a4', 'Letter', 'letter', 'LETTER']) {
      // Accepted: what stops them is the empty transcript (exit 1), or that nothing is built there.
      const transcript = await run('pdf', empty, '--handout', '--paper', paper);
      expect(transcript.code, `${paper}: ${transcript.err}`).toBe(EXIT.inputError);
      expect(transcript.err).toContain('error empty-file');
      const built = await run('pdf', builtNowhere, '--handout', '--paper', paper);
      expect(built.code, `${paper}: ${built.err}`).toBe(EXIT.inputError);
      expect(built.err).toMatch(/No built deck/);
    }
  });

  it('other than A4 and Letter are refused the same way for both (exit 2), with the closest one', async () => {
    const builtNowhere = mkdtempSync(join(tmpdir(), 'td-usage-dist-'));
    for (const target of [empty, builtNowhere]) {
      const { code, err } = await run('pdf', target, '--handout', '--paper', 'Leter');
      expect(code).toBe(EXIT.usage);
      expect(err).toMatch(/--paper Leter.*A4.*Letter/);
      expect(err).toMatch(/did you mean Letter\?/i);
    }
  });
});
