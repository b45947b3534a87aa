import { EXIT_MEANINGS } from './exit.ts';
import { COMMANDS, OPTIONS, optionsOf, PDF_MODE_HELP, PDF_MODES, type CommandName } from './options.ts';

/** `--help`: every command with its options, then every option, then the exit codes, from the tables. */
export function helpText(): string {
  const lines = ['transcript-deck — turn a transcript into a reveal.js deck', '', 'Usage:'];
  for (const [name, spec] of Object.entries(COMMANDS) as Array<[CommandName, (typeof COMMANDS)[CommandName]]>) {
    const options = optionsOf(name).filter((option) => OPTIONS[option]!.commands);
    const modeFlags = options.filter((option) => OPTIONS[option]!.mode);
    const shown = [...options.filter((option) => !OPTIONS[option]!.mode).map((option) => `[--${option}${valueOf(option)}]`), ...(modeFlags.length ? [`[${modeFlags.map((f) => `--${f}`).join('|')}]`] : [])];
    lines.push(`  transcript-deck ${name} ${spec.target.name} ${shown.join(' ')}`);
    for (const line of spec.help) lines.push(`      ${line}`);
  }
  lines.push('  transcript-deck --help | --version', '', 'Options:');
  for (const [name, option] of Object.entries(OPTIONS)) {
    const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${valueOf(name)}`;
    const where = option.commands ? `${option.commands.join(', ')}: ` : '';
    lines.push(`  ${flag.padEnd(40)} ${where}${option.help}`);
    if (name === 'mode') for (const mode of PDF_MODES) lines.push(`${' '.repeat(45)}${mode.padEnd(10)} ${PDF_MODE_HELP[mode]}`);
  }
  lines.push('', 'Exit codes:', ...EXIT_MEANINGS.map(([code, meaning]) => `  ${String(code).padEnd(3)} ${meaning}`));
  return lines.join('\n');
}

function valueOf(name: string): string {
  const option = OPTIONS[name]!;
  return option.value ? ` ${option.choices ? option.choices.join('|') : option.value}` : '';
}
