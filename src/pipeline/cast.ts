import { applyAliases } from './formats/speakers.ts';
import type { SpeakerSpec } from './manifest.ts';
import type { Diagnostic, Speaker, Transcript } from './types.ts';

export interface CastOptions {
  featured: SpeakerSpec[];
  hosts: SpeakerSpec[];
}

/**
 * Decides who is featured (gives the quotes) and who hosts (asks the questions). The manifest says;
 * without it, the one who says the most is featured and those who mostly ask are hosts, and a
 * diagnostic says what was inferred so the presenter can correct it.
 */
export function castSpeakers(transcript: Transcript, options: CastOptions, file: string): { speakers: Speaker[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const said = new Map<string, { chars: number; questions: number; paragraphs: number }>();
  for (const topic of transcript.topics) {
    for (const turn of topic.turns) {
      const entry = said.get(turn.speaker) ?? { chars: 0, questions: 0, paragraphs: 0 };
      for (const paragraph of turn.paragraphs) {
        entry.chars += paragraph.text.length;
        entry.paragraphs++;
        if (/[?？]\s*$/u.test(paragraph.text)) entry.questions++;
      }
      said.set(turn.speaker, entry);
    }
  }
  const featured = new Map(options.featured.map((s) => [s.name, s]));
  const hosts = new Map(options.hosts.map((s) => [s.name, s]));
  for (const spec of [...options.featured, ...options.hosts]) {
    if (!said.has(spec.name)) {
      diagnostics.push({
        severity: 'warning',
        rule: 'unknown-speaker',
        message: `Unexpected speaker \`${spec.name}\` in deck.yaml, expected one of ${[...said.keys()].map((n) => `\`${n}\``).join(', ') || 'the transcript\'s speakers'}`,
        file,
        hint: 'Use the label exactly as the transcript writes it.',
      });
    }
  }

  // A reader that knows who asks and who answers (`问`/`答`, `Q`/`A`) has said so already.
  const fromReader = transcript.speakers.filter((s) => s.kind !== 'other');
  if (featured.size === 0 && hosts.size === 0 && fromReader.some((s) => s.kind === 'featured')) {
    diagnostics.push({
      severity: 'info',
      rule: 'inferred-speaker',
      message: `Speakers inferred from the transcript's labels: ${fromReader.map((s) => `\`${s.name}\` ${s.kind}`).join(', ')}`,
      file,
      hint: 'Name the featured speakers under `speakers: featured:` in deck.yaml to choose yourself.',
    });
    return { speakers: transcript.speakers.map((s) => ({ ...s })), diagnostics };
  }

  let inferredFeatured: string | undefined;
  if (featured.size === 0 && [...said.keys()].every((name) => name === UNKNOWN_SPEAKER) && said.size > 0) {
    inferredFeatured = UNKNOWN_SPEAKER;
    diagnostics.push({
      severity: 'info',
      rule: 'inferred-speaker',
      message: 'The transcript names no speakers: one speaker is assumed, and the quotes are shown without a name',
      file,
      hint: 'Name the speaker under `speakers: featured:` in deck.yaml and everything is attributed to them.',
    });
  } else if (featured.size === 0) {
    const ranked = [...said].filter(([name]) => !hosts.has(name) && name !== UNKNOWN_SPEAKER).sort((a, b) => b[1].chars - a[1].chars);
    inferredFeatured = ranked[0]?.[0];
    if (inferredFeatured) {
      diagnostics.push({
        severity: 'info',
        rule: 'inferred-speaker',
        message: `Featured speaker inferred: \`${inferredFeatured}\` says the most`,
        file,
        hint: 'Name the featured speakers under `speakers: featured:` in deck.yaml to choose yourself.',
      });
    }
  }

  const speakers = transcript.speakers.map((speaker): Speaker => {
    const spec = featured.get(speaker.name) ?? hosts.get(speaker.name);
    const kind: Speaker['kind'] = featured.has(speaker.name) || speaker.name === inferredFeatured
      ? 'featured'
      : hosts.has(speaker.name) || (hosts.size === 0 && isMostlyAsking(said.get(speaker.name)))
        ? 'host'
        : 'other';
    return { ...speaker, kind, ...(spec?.role ? { role: spec.role } : {}) };
  });
  return { speakers, diagnostics };
}

function isMostlyAsking(entry: { questions: number; paragraphs: number } | undefined): boolean {
  return entry !== undefined && entry.paragraphs > 0 && entry.questions / entry.paragraphs >= 0.5;
}

/** The name a reader gives what no label attributes. */
export const UNKNOWN_SPEAKER = '?';

/**
 * Role labels become names: a transcript that names no one (a lecture's subtitles, plain
 * paragraphs) or a Q&A that labels its people by role (`答`, `A:`, marked by the reader) takes the
 * names deck.yaml gives. With one featured speaker in deck.yaml who is not in the transcript, the
 * unnamed `?` or the one answering label is theirs; with one host, the one asking label is the
 * host's. Otherwise the transcript is left as it is (`?` is then featured, see {@link castSpeakers}).
 */
export function nameTheUnnamed(transcript: Transcript, featured: readonly SpeakerSpec[], file: string, hosts: readonly SpeakerSpec[] = []): { value: Transcript; diagnostics: Diagnostic[] } {
  const present = new Set(transcript.speakers.map((s) => s.name));
  const aliases: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  const rename = (label: string | undefined, specs: readonly SpeakerSpec[], what: string): void => {
    const only = specs.length === 1 ? specs[0]! : undefined;
    if (!label || !only || present.has(only.name)) return;
    aliases[label] = only.name;
    diagnostics.push({ severity: 'info', rule: 'unnamed-speaker', message: `The transcript calls ${what} \`${label}\`: shown as \`${only.name}\`, as deck.yaml names them`, file });
  };
  const unnamedOnly = transcript.speakers.length > 0 && transcript.speakers.every((s) => s.name === UNKNOWN_SPEAKER);
  const byRole = (kind: Speaker['kind']): string | undefined => {
    const labelled = transcript.speakers.filter((s) => s.kind === kind);
    return labelled.length === 1 ? labelled[0]!.name : undefined;
  };
  rename(unnamedOnly ? UNKNOWN_SPEAKER : byRole('featured'), featured, unnamedOnly ? 'its only speaker' : 'the one who answers');
  if (!unnamedOnly) rename(byRole('host'), hosts, 'the one who asks');
  if (Object.keys(aliases).length === 0) return { value: transcript, diagnostics: [] };
  return { value: applyAliases(transcript, aliases), diagnostics };
}
