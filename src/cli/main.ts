import { readFileSync } from 'node:fs';
import { build } from './build.ts';
import { check } from './check.ts';
import { EXIT } from './exit.ts';
import { helpText } from './help.ts';
import { COMMANDS } from './options.ts';
import { parseCommandLine, type CommandLine } from './parse.ts';
import { pdf } from './pdf.ts';
import { pptx } from './pptx.ts';
import { present } from './present.ts';
import { quotes } from './quotes.ts';
import { usageText, UsageError } from './usage-error.ts';

export { EXIT } from './exit.ts';

/** The one CLI (bin/transcript-deck.mjs, and npm run build, quotes, pdf and pptx through it): the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const line = parseCommandLine(argv);
  switch (line.kind) {
    case 'help':
      process.stdout.write(`${helpText()}\n`);
      return EXIT.ok;
    case 'version':
      process.stdout.write(`transcript-deck ${version()}\n`);
      return EXIT.ok;
    case 'usage':
      if (line.help) process.stdout.write(`${helpText()}\n`);
      else process.stderr.write(usageText(line.message));
      return EXIT.usage;
    case 'run':
      try {
        return await run(line);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        process.stderr.write(usageText(error.message));
        return EXIT.usage;
      }
  }
}

function run({ command, target, values }: Extract<CommandLine, { kind: 'run' }>): number | Promise<number> {
  if (command === 'pdf') return pdf(target, values);
  if (command === 'present') return present(target ?? COMMANDS.present.target.optional!.default, { ...(typeof values['port'] === 'string' ? { port: values['port'] } : {}), ...(typeof values['host'] === 'string' ? { host: values['host'] } : {}) });
  if (command === 'pptx') return pptx(target ?? COMMANDS.pptx.target.optional!.default, typeof values['out'] === 'string' ? { out: values['out'] } : {});
  // Only pdf's, pptx's and present's targets are optional (parse.ts refuses the others without one).
  const given = target ?? '';
  if (command === 'check') return check(given, { json: values['json'] === true, strict: values['strict'] === true });
  if (command === 'quotes') return quotes(given, { all: values['all'] === true });
  return build(given, { ...(typeof values['out'] === 'string' ? { out: values['out'] } : {}), 'single-file': values['single-file'] === true });
}

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/**
 * main() as a process runs it: a bug of ours is one line and exit 70, not a stack trace, unless
 * TRANSCRIPT_DECK_DEBUG is set.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    process.stderr.write(`transcript-deck: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env['TRANSCRIPT_DECK_DEBUG']) console.error(error);
    return EXIT.internal;
  }
}
