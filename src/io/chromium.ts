import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Chromium for the PDF exporter, the benchmark and the browser tests.
 * Nothing may download a browser here, so Playwright drives Debian's `chromium` when it is on PATH
 * (or the one `CHROMIUM_PATH` names), and its own browser elsewhere.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = chromiumExecutable();
  return { ...(executablePath ? { executablePath } : {}), args: chromiumArgs };
}
