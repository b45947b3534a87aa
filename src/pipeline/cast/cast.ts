import { applyAliases } from '../formats/speakers.ts';
import type { SpeakerSpec } from '../manifest/manifest.ts';
import { reporterFor } from '../reporter.ts';
import { HAN_OR_KANA } from '../text/cjk.ts';
import type { Result, Speaker, Transcript } from '../types.ts';

export interface CastOptions {
  featured: SpeakerSpec[];
  hosts: SpeakerSpec[];
}

/**
 * A speaker who says at least this share of everything said, and does not host, is featured: a
 * panel's every panelist, a hearing's every member who speaks (readers picked lines of speakers with
 * 5 to 8 % of the words as worth a slide).
 */
export const FEATURED_SHARE = 0.05;
/**
 * A moderator who says at least this share, mostly in statements, is featured too: a
 * podcast's co-hosts talk the subject through with their guest, and readers picked their lines.
 */
const SPEAKING_HOST_SHARE = 0.15;
/** …and fewer than this share of whose turns end on a question. */
const SPEAKING_HOST_ASKING = 1 / 3;
/**
 * Someone whose turns end on a question at least this often, and `MODERATOR_RATIO` times as often as
 * the one who asks least (the one answering), moderates.
 */
const MODERATOR_ASKING = 0.15;
const MODERATOR_RATIO = 2.5;

interface Said {
  /** Latin-script words plus Han and kana characters: how much was said, comparable across languages. */
  size: number;
  paragraphs: number;
  questions: number;
  turns: number;
  /** Turns that end on a question: the speaker hands the floor on. */
  askingTurns: number;
}

// A turn's size: its Chinese and Japanese characters one by one, and its other words.
const SIZE_UNIT = new RegExp(String.raw`${HAN_OR_KANA.source}|(?:(?!${HAN_OR_KANA.source})[\p{L}\p{N}])+`, 'gu');
// Japanese and Chinese print often end a question on `か。` or `吗。` rather than a question mark.
const ENDS_ASKING = /(?:[?？؟]|(?<=\p{Script=Hiragana})か|[吗嗎])[。．\s"'”’」』)）]*$/u;

/**
 * Decides who is featured (gives the quotes) and who hosts (asks the questions). The manifest says;
 * without it, those who mostly ask or moderate are hosts and everyone else who says a real share of
 * the talk is featured (a panel's every panelist, an interview's guest), and a diagnostic says what
 * was inferred so the presenter can correct it.
 */
export function castSpeakers(transcript: Transcript, options: CastOptions, file: string): Result<Speaker[]> {
  const reporter = reporterFor(file);
  const said = new Map<string, Said>();
  for (const topic of transcript.topics) {
    for (const turn of topic.turns) {
      const entry = said.get(turn.speaker) ?? { size: 0, questions: 0, paragraphs: 0, turns: 0, askingTurns: 0 };
      for (const paragraph of turn.paragraphs) {
        entry.size += paragraph.text.match(SIZE_UNIT)?.length ?? 0;
        entry.paragraphs++;
        if (ENDS_ASKING.test(paragraph.text)) entry.questions++;
      }
      entry.turns++;
      if (ENDS_ASKING.test(turn.paragraphs[turn.paragraphs.length - 1]?.text ?? '')) entry.askingTurns++;
      said.set(turn.speaker, entry);
    }
  }
  const featured = new Map(options.featured.map((s) => [s.name, s]));
  const hosts = new Map(options.hosts.map((s) => [s.name, s]));
  for (const spec of [...options.featured, ...options.hosts]) {
    if (!said.has(spec.name)) {
      reporter.warn('unknown-speaker', undefined, `Unexpected speaker \`${spec.name}\` in deck.yaml, expected one of ${[...said.keys()].map((n) => `\`${n}\``).join(', ') || 'the transcript\'s speakers'}`, 'Use the label exactly as the transcript writes it.');
    }
  }

  // A reader that knows who asks and who answers (`问`/`答`, `Q`/`A`) has said so already.
  const fromReader = transcript.speakers.filter((s) => s.kind !== 'other');
  if (featured.size === 0 && hosts.size === 0 && fromReader.some((s) => s.kind === 'featured')) {
    reporter.info('inferred-speaker', undefined, `Speakers inferred from the transcript's labels: ${fromReader.map((s) => `\`${s.name}\` ${s.kind}`).join(', ')}`, 'Name the featured speakers under `speakers: featured:` in deck.yaml to choose yourself.');
    return reporter.result(transcript.speakers.map((s) => ({ ...s })));
  }

  const inferredHosts = hosts.size > 0 ? new Set<string>() : inferHosts(said);
  const inferredFeatured = new Set<string>();
  if (featured.size === 0 && [...said.keys()].every((name) => name === UNKNOWN_SPEAKER) && said.size > 0) {
    inferredFeatured.add(UNKNOWN_SPEAKER);
    reporter.info('inferred-speaker', undefined, 'The transcript names no speakers: one speaker is assumed, and the quotes are shown without a name', 'Name the speaker under `speakers: featured:` in deck.yaml and everything is attributed to them.');
  } else if (featured.size === 0) {
    const total = [...said.values()].reduce((sum, s) => sum + s.size, 0);
    const ranked = [...said].filter(([name]) => !hosts.has(name) && !inferredHosts.has(name) && name !== UNKNOWN_SPEAKER).sort((a, b) => b[1].size - a[1].size);
    for (const [name, entry] of ranked) if (total > 0 && entry.size / total >= FEATURED_SHARE) inferredFeatured.add(name);
    if (inferredFeatured.size === 0 && ranked[0]) inferredFeatured.add(ranked[0][0]);
    if (inferredFeatured.size > 0) {
      const percent = (name: string): string => `${Math.round((100 * said.get(name)!.size) / Math.max(1, total))} %`;
      const names = [...inferredFeatured].map((name) => `\`${name}\` (${percent(name)} of what was said)`).join(', ');
      const asking = [...inferredHosts].map((name) => `\`${name}\``).join(', ');
      reporter.info('inferred-speaker', undefined, `Featured speaker${inferredFeatured.size > 1 ? 's' : ''} inferred: ${names}${asking ? `; host${inferredHosts.size > 1 ? 's' : ''}, who mostly ask or moderate: ${asking}` : ''}`, 'Name the featured speakers under `speakers: featured:` in deck.yaml to choose yourself.');
    }
  }

  const speakers = transcript.speakers.map((speaker): Speaker => {
    const spec = featured.get(speaker.name) ?? hosts.get(speaker.name);
    const kind: Speaker['kind'] = featured.has(speaker.name) || inferredFeatured.has(speaker.name)
      ? 'featured'
      : hosts.has(speaker.name) || inferredHosts.has(speaker.name)
        ? 'host'
        : 'other';
    return { ...speaker, kind, ...(spec?.role ? { role: spec.role } : {}) };
  });
  return reporter.result(speakers);
}

/**
 * Those who mostly ask (half their lines are questions) or moderate (their turns end on a question
 * at least 15 % of the time and 2.5 times as often as the one who asks least) and say little else,
 * leaving someone to answer.
 */
function inferHosts(said: ReadonlyMap<string, Said>): Set<string> {
  const total = [...said.values()].reduce((sum, s) => sum + s.size, 0);
  const named = [...said].filter(([name]) => name !== UNKNOWN_SPEAKER);
  const askingRate = (s: Said): number => (s.turns > 0 ? s.askingTurns / s.turns : 0);
  const hosts = new Set<string>();
  for (const [name, entry] of named) {
    const mostlyAsking = entry.paragraphs > 0 && (entry.questions / entry.paragraphs >= 0.5 || askingRate(entry) >= 0.5);
    const others = named.filter(([other, s]) => other !== name && total > 0 && s.size / total >= FEATURED_SHARE / 2).map(([, s]) => askingRate(s));
    const answering = others.length > 0 ? Math.min(...others) : 1;
    const moderates = others.length > 0 && askingRate(entry) >= MODERATOR_ASKING && askingRate(entry) >= MODERATOR_RATIO * answering;
    const speaksToo = total > 0 && entry.size / total >= SPEAKING_HOST_SHARE && askingRate(entry) < SPEAKING_HOST_ASKING;
    if (mostlyAsking || (moderates && !speaksToo)) hosts.add(name);
  }
  // Someone must answer: if everyone asks, no one is inferred to host.
  return named.every(([name]) => hosts.has(name)) ? new Set() : hosts;
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
export function nameTheUnnamed(transcript: Transcript, featured: readonly SpeakerSpec[], file: string, hosts: readonly SpeakerSpec[] = []): Result<Transcript> {
  const present = new Set(transcript.speakers.map((s) => s.name));
  const aliases: Record<string, string> = {};
  const reporter = reporterFor(file);
  const rename = (label: string | undefined, specs: readonly SpeakerSpec[], what: string): void => {
    const only = specs.length === 1 ? specs[0]! : undefined;
    if (!label || !only || present.has(only.name)) return;
    aliases[label] = only.name;
    reporter.info('unnamed-speaker', undefined, `The transcript calls ${what} \`${label}\`: shown as \`${only.name}\`, as deck.yaml names them`);
  };
  const unnamedOnly = transcript.speakers.length > 0 && transcript.speakers.every((s) => s.name === UNKNOWN_SPEAKER);
  const byRole = (kind: Speaker['kind']): string | undefined => {
    const labelled = transcript.speakers.filter((s) => s.kind === kind);
    return labelled.length === 1 ? labelled[0]!.name : undefined;
  };
  rename(unnamedOnly ? UNKNOWN_SPEAKER : byRole('featured'), featured, unnamedOnly ? 'its only speaker' : 'the one who answers');
  if (!unnamedOnly) rename(byRole('host'), hosts, 'the one who asks');
  if (Object.keys(aliases).length === 0) return reporter.result(transcript);
  return reporter.result(applyAliases(transcript, aliases));
}
