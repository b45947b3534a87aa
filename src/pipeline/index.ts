import { accountFor, type Accounting } from './accounting/accounting.ts';
import { parseAuthoredSlides } from './compose/authored.ts';
import { castSpeakers, nameTheUnnamed } from './cast/cast.ts';
import { compose } from './compose/compose.ts';
import { attachClips, deckMedia, quoteClips, type MediaFile } from './compose/media.ts';
import { decode } from './decode/decode.ts';
import { readChapters } from './formats/chapters.ts';
import { applyAliases, parse } from './formats/index.ts';
import { detectLanguage } from './text/language.ts';
import type { DeckManifest } from './manifest/manifest.ts';
import { resolveManifest } from './manifest/manifest-defaults.ts';
import { correctionsPass, parseCorrections, staleCorrections } from './normalize/corrections.ts';
import { defaultPasses, normalize } from './normalize/index.ts';
import { parseCuration, pickQuotes } from './quotes/pick.ts';
import { render } from './render/render.ts';
import { checkShape } from './shape.ts';
import { chooseScript, convertDeckScript, type ScriptChoice } from './text/script.ts';
import { reporterFor } from './reporter.ts';
import type { AuthoredSlide, CleanText, Deck, Diagnostic, Quote, SourceFile, Speaker, Transcript } from './types.ts';

/** Everything the pipeline needs, already read from disk. */
export interface PipelineInput {
  manifest: DeckManifest;
  transcript: SourceFile;
  /** The presenter's Markdown slides named in the manifest, by the name the manifest uses. */
  authored: ReadonlyMap<string, { path: string; text: string }>;
  /** The presenter's quote curation (`<deck>.quotes.yaml`), if there is one. */
  quotes?: { path: string; text: string };
  /** The presenter's readings of scrambled spans (`<transcript>.corrections.yaml`), if there is one. */
  corrections?: { path: string; text: string };
  /** Chapters of timed captions (`chapters:` in deck.yaml, or `<transcript>.chapters.vtt`), if there are any. */
  chapters?: { path: string; text: string };
  /** The recording file `media:` names, as src/io/media-file.ts found it. */
  media?: MediaFile;
  /** The deck file's path as messages show it (deck.yaml's checks report there). */
  manifestPath?: string;
}

export interface PipelineOutput {
  deck: Deck;
  html: string;
  transcript: Transcript;
  speakers: Speaker[];
  quotes: Quote[];
  clean: CleanText;
  /** The encoding the transcript was read as; absent when its bytes could not be read as text. */
  encoding?: string;
  /** The script the deck is shown in; `convert` turns transcript text into what the slides show. */
  script: ScriptChoice;
  /** Where every character of what was said ended up. */
  accounting: Accounting;
  diagnostics: Diagnostic[];
}

/** decode → normalise → parse → cast → pick quotes → compose → render, collecting diagnostics. */
export function runPipeline(input: PipelineInput): PipelineOutput {
  const reporter = reporterFor(input.transcript.path);
  const collect = reporter.collect;
  const decoded = decode(input.transcript, input.manifest.encoding ? { encoding: input.manifest.encoding } : {});
  const source = collect(decoded);
  const corrections = input.corrections ? collect(parseCorrections(input.corrections.path, input.corrections.text)) : [];
  if (corrections.length > 0) collect(staleCorrections(source.text, corrections, input.transcript.path));
  const clean = collect(normalize(source, corrections.length > 0 ? [correctionsPass(corrections), ...defaultPasses] : defaultPasses));
  const chapters = input.chapters ? { path: input.chapters.path, chapters: collect(readChapters(input.chapters.path, input.chapters.text)) } : undefined;
  const parsed = collect(parse(clean, { ...(input.manifest.format ? { format: input.manifest.format } : {}), ...(chapters ? { chapters } : {}) }));
  const aliased = Object.keys(input.manifest.aliases).length > 0 ? applyAliases(parsed, input.manifest.aliases) : parsed;
  const transcript = collect(nameTheUnnamed(aliased, input.manifest.speakers.featured, input.transcript.path, input.manifest.speakers.hosts));
  collect(checkShape(transcript, input.transcript.path));
  const manifest = collect(resolveManifest(input.manifest, transcript, input.transcript.path));
  const speakers = collect(castSpeakers(transcript, input.manifest.speakers, input.transcript.path));
  const curation = input.quotes ? collect(parseCuration(input.quotes.path, input.quotes.text)) : undefined;
  const quotes = collect(pickQuotes(transcript, speakers, clean, { durationMinutes: manifest.duration }, curation));
  const script = chooseScript(input.manifest.script, input.manifest.language ?? detectLanguage(clean.text));
  const lang = script.lang;

  const authoredSlides = (names: string[], prefix: string): AuthoredSlide[] =>
    names.flatMap((name, index) => {
      const file = input.authored.get(name);
      if (!file) {
        reporterFor(name, reporter.messages).error('missing-file', undefined, `Unexpected missing file \`${name}\`, expected a Markdown file beside deck.yaml`, 'Create the file or remove it from `slides:` in deck.yaml.');
        return [];
      }
      return collect(parseAuthoredSlides(file.path, file.text, `${prefix}-${index + 1}`));
    });

  const composed = collect(
    compose({
      transcript,
      speakers,
      quotes,
      manifest,
      clean,
      sourceName: input.transcript.path.split(/[\\/]/).pop() ?? input.transcript.path,
      lang,
      authored: { before: authoredSlides(input.manifest.slides.before, 'intro'), after: authoredSlides(input.manifest.slides.after, 'closing') },
    }),
  );
  const manifestPath = input.manifestPath ?? 'deck.yaml';
  const media = collect(deckMedia(input.manifest, transcript, input.media, manifestPath));
  const clips = collect(quoteClips(quotes, media, input.manifest, manifestPath));
  const deck = convertDeckScript(attachClips(composed, clips, media), script);
  const accounting = collect(accountFor(transcript, deck, script.convert, input.transcript.path, clean));
  return { deck, accounting, html: render(deck), transcript, speakers, quotes, clean, ...(decoded.diagnostics.some((d) => d.severity === 'error') ? {} : { encoding: source.encoding }), script, diagnostics: reporter.messages };
}
