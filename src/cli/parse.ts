import { parseArgs } from 'node:util';
import { COMMANDS, OPTIONS, optionsOf, type CommandName, type OptionSpec } from './options.ts';
import { didYouMean } from './suggest.ts';

/*
 * The command line read against the one option table (options.ts). Node's util.parseArgs splits it
 * into tokens (non-strict, so that it never throws its own text); every check and message is
 * ours: an unknown command or option names the closest one, an option of another command names
 * its command, a value outside its choices lists them.
 */

export type OptionValues = { [name: string]: string | boolean | undefined };

export type CommandLine =
  | { kind: 'help' }
  | { kind: 'version' }
  /** `target`: undefined only for a command whose target is optional (pdf: the build folder). */
  | { kind: 'run'; command: CommandName; target: string | undefined; values: OptionValues }
  | { kind: 'usage'; message: string; help?: boolean };

const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const options = Object.fromEntries(
    Object.entries(OPTIONS).map(([name, spec]) => [name, { type: spec.value ? ('string' as const) : ('boolean' as const), ...(spec.short ? { short: spec.short } : {}) }]),
  );
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const given = tokens.flatMap((t) => (t.kind === 'option' ? [t] : []));
  if (given.some((t) => t.name === 'help')) return { kind: 'help' };
  if (given.some((t) => t.name === 'version')) return { kind: 'version' };

  const [name, ...targets] = positionals;
  if (name === undefined) return { kind: 'usage', message: 'Missing the command', help: true };
  if (!COMMAND_NAMES.includes(name as CommandName)) {
    return { kind: 'usage', message: `Unknown command ${name}, expected ${listed(COMMAND_NAMES)}.${didYouMean(name, COMMAND_NAMES)}` };
  }
  const command = name as CommandName;
  const spec = COMMANDS[command];
  const of = `for transcript-deck ${command}`;

  const values: OptionValues = {};
  for (const token of given) {
    const option: OptionSpec | undefined = OPTIONS[token.name];
    const shown = token.rawName;
    if (!option) {
      const known = optionsOf(command).map((o) => `--${o}`);
      return { kind: 'usage', message: `Unknown option ${shown} ${of}.${didYouMean(shown.replace(/^-+/, '--'), known)}` };
    }
    if (option.commands && !option.commands.includes(command)) {
      return { kind: 'usage', message: `Unexpected ${shown} ${of}: it is an option of ${listed(option.commands)}` };
    }
    if (!option.value) {
      if (token.value !== undefined) return { kind: 'usage', message: `Unexpected ${shown}=${token.value}: ${shown} takes no value` };
      values[token.name] = true;
      continue;
    }
    // parseArgs takes the next word as the value even when it is an option (`--out --notes`);
    // an empty one (`--out=`) would be the current folder, which build empties.
    if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-'))) {
      return { kind: 'usage', message: `Unexpected ${shown} without a value, expected ${option.choices ? listed(option.choices) : `a ${option.value}`}` };
    }
    if (option.choices) {
      const chosen = option.choices.find((c) => c.toLowerCase() === token.value!.toLowerCase());
      if (chosen === undefined) {
        return { kind: 'usage', message: `Unexpected ${shown} ${token.value}, expected ${listed(option.choices)}.${didYouMean(token.value, option.choices)}` };
      }
      values[token.name] = chosen;
    } else values[token.name] = token.value;
  }

  if (targets.length > 1) return { kind: 'usage', message: `Unexpected ${targets.slice(1).join(' ')} ${of}: it reads one ${spec.target.name.replace(/^\[|\]$/g, '')} at a time` };
  const target = targets[0];
  if (target === undefined && !spec.target.optional) return { kind: 'usage', message: `Missing the ${spec.target.name} ${of} to read` };
  return { kind: 'run', command, target, values };
}

/** `a, b or c` */
export function listed(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
