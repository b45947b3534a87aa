import type { PdfMode, PdfPaper } from '../pdf/export.ts';

/*
 * The one table of the CLI's commands and options: parse.ts reads the command line with it,
 * help.ts prints it, and the README's CLI section says the same. The PDF modes and papers are
 * checked against the exporter's own types (src/pdf/export.ts): a mode or paper added there and
 * not here fails `npm run check`. Types only, so that `check` does not load Chromium's driver.
 */

export type CommandName = 'check' | 'quotes' | 'build' | 'pdf' | 'pptx' | 'present';

export interface CommandSpec {
  /** What the command reads; `optional` falls back to `default`. */
  target: { name: string; optional?: { default: string } };
  help: string[];
}

export const COMMANDS: Record<CommandName, CommandSpec> = {
  check: {
    target: { name: '<transcript|deck.yaml|folder>' },
    help: ['Read the transcript and report format, encoding, speakers, topics, quotes and every problem.'],
  },
  quotes: {
    target: { name: '<transcript|deck.yaml|folder>' },
    help: [
      'Every quote candidate of each topic with its score, reasons and line:col; chosen ones marked.',
      'Curate in <deck>.quotes.yaml (pin, drop, order).',
    ],
  },
  build: {
    target: { name: '<transcript|deck.yaml|folder>' },
    help: [
      'Build the deck into a static folder: index.html + assets, and deck.html.',
      'A folder with several manifests (deck.yaml, <name>.deck.yaml) builds each deck into',
      '<out>/<name>/ and writes an index page <out>/index.html.',
    ],
  },
  pdf: {
    target: { name: '[built folder|transcript|deck.yaml|folder]', optional: { default: 'dist' } },
    help: [
      'Print a deck to PDF through Chromium. A built folder (default: dist, from `npm run build`) is',
      'printed as it is, each PDF beside its deck (dist/deck-notes.pdf; dist/<name>/deck.pdf for',
      'several decks); a build older than its sources is refused. A transcript, deck.yaml or folder',
      'of manifests is built first and printed here: deck.pdf, or <name>.pdf for each of several.',
    ],
  },
  pptx: {
    target: { name: '[transcript|deck.yaml|folder]', optional: { default: 'slides' } },
    help: [
      'Write the deck as an editable PowerPoint file (default: slides, to deck.pptx here): a slide per',
      'deck slide, its text in text boxes, every word of the notes in the notes pane, topics as',
      'sections, charts as pictures. A folder of several manifests writes <name>.pptx for each.',
    ],
  },
  present: {
    target: { name: '[transcript|deck.yaml|folder]', optional: { default: 'slides' } },
    help: [
      'Serve the deck to the room from this machine (default: slides): prints the audience address',
      '(also a QR code on the title slide and on a "Follow along" slide) and the presenter address,',
      'which carries a secret token. Phones on the same network follow the presenter\'s slides; the',
      'presenter address on a phone is a clicker. The audience copy has no speaker notes. Ctrl-C stops.',
    ],
  },
};

/** The exporter's modes, each with what it prints; the first is the default. */
export const PDF_MODE_HELP = {
  slides: 'one page per slide, fragments shown',
  notes: 'each slide, then its speaker notes on their own page(s)',
  handout: 'A4/Letter pages: the slide above its notes',
  fragments: 'one page per fragment step',
} as const satisfies Record<PdfMode, string>;
export const PDF_MODES = Object.keys(PDF_MODE_HELP) as PdfMode[];
export const DEFAULT_PDF_MODE: PdfMode = 'slides';

/** The handout's papers, as the exporter spells them; given in any case (`letter`, `LETTER`). */
const PAPERS = { A4: true, Letter: true } as const satisfies Record<PdfPaper, true>;
export const PDF_PAPERS = Object.keys(PAPERS) as PdfPaper[];

/** `present`'s port when none is given: clear of the dev server's (5173) and preview's (4173). */
export const DEFAULT_PRESENT_PORT = 4300;

export interface OptionSpec {
  short?: string;
  /** A string option: the placeholder of its value in the help. Without it, a flag. */
  value?: string;
  /** The values it takes, matched without regard to case and given as spelt here. */
  choices?: readonly string[];
  /** The commands it belongs to; none: every command. */
  commands?: readonly CommandName[];
  help: string;
  /** A flag that stands for `--mode <mode>`. */
  mode?: PdfMode;
}

const modeFlags = Object.fromEntries(
  PDF_MODES.filter((mode) => mode !== DEFAULT_PDF_MODE).map((mode): [string, OptionSpec] => [mode, { commands: ['pdf'], mode, help: `same as --mode ${mode}` }]),
);

export const OPTIONS: Record<string, OptionSpec> = {
  json: { commands: ['check'], help: 'the report as JSON, for tools' },
  strict: { commands: ['check'], help: 'fail (exit 1) on warnings too, for CI' },
  all: { commands: ['quotes'], help: 'also list what was rejected and why' },
  out: {
    short: 'o',
    value: 'path',
    commands: ['build', 'pdf', 'pptx'],
    help: 'the folder to build into (default: dist); for pdf and pptx, the file, or the folder of several decks\' files',
  },
  'single-file': {
    commands: ['build'],
    help: 'keep only deck.html: one file with its scripts, styles and fonts inside; it opens from file://, speaker view included',
  },
  mode: {
    value: 'mode',
    choices: PDF_MODES,
    commands: ['pdf'],
    help: `what to print (default: ${DEFAULT_PDF_MODE})`,
  },
  ...modeFlags,
  paper: { value: 'paper', choices: PDF_PAPERS, commands: ['pdf'], help: `the handout's paper (default: ${PDF_PAPERS[0]}); the other modes print at the slide's size` },
  deck: { value: 'name', commands: ['pdf'], help: 'of several decks, only this one (deck for deck.yaml, talk for talk.deck.yaml)' },
  port: { value: 'port', commands: ['present'], help: `the port to serve on (default: ${DEFAULT_PRESENT_PORT})` },
  host: { value: 'address', commands: ['present'], help: 'the address to serve on (default: this machine\'s address on its network; 127.0.0.1: this machine only)' },
  help: { short: 'h', help: 'this help' },
  version: { short: 'v', help: 'the version of transcript-deck' },
};

/** The options a command takes, in the table's order. */
export function optionsOf(command: CommandName): string[] {
  return Object.keys(OPTIONS).filter((name) => OPTIONS[name]!.commands?.includes(command) ?? true);
}
