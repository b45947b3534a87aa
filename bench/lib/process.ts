/** Child processes for the benchmark: run one to its end, timed, with its output kept. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
export const BENCH = join(REPO, 'bench');

export interface Proc {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

export function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Proc> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, args, { cwd: options.cwd ?? REPO, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = options.timeoutMs
      ? setTimeout(() => {
          stderr += `\n[bench] killed after ${options.timeoutMs} ms`;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, stdout, stderr, wallMs: performance.now() - start });
    });
  });
}

/** A bench/*.ts script in a fresh Node process (through tsx). */
export const tsx = (file: string, args: string[], timeoutMs?: number, env?: NodeJS.ProcessEnv): Promise<Proc> =>
  run(process.execPath, ['--import', 'tsx', join(BENCH, file), ...args], { ...(timeoutMs ? { timeoutMs } : {}), ...(env ? { env } : {}) });

/** The last JSON line a child printed; throws with the end of its stderr when it failed. */
export const lastJson = <T>(p: Proc): T => {
  const line = p.stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (p.code !== 0 || !line) throw new Error(`exit ${p.code}: ${tail(p)}`);
  return JSON.parse(line) as T;
};

/** The last lines of what a child wrote to stderr (or stdout), for a message. */
export const tail = (p: Proc, lines = 4): string => (p.stderr.trim() || p.stdout.trim()).split('\n').slice(-lines).join(' | ');

export const sleep = (t: number): Promise<void> => new Promise((r) => setTimeout(r, t));
