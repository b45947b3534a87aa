import { clock } from '../../shared/clock.ts';
import type { DeckManifest } from '../manifest/manifest.ts';
import { reporterFor } from '../reporter.ts';
import type { Deck, Quote, Result, Transcript } from '../types.ts';

/*
 * The recording behind the quotes, and each quote slide's moment of it. A local file (checked and
 * measured by src/io/media-file.ts) plays on the slide; a video page with time links (YouTube,
 * Vimeo) is linked at the moment; any other address is linked as it is, never played: the page's
 * CSP lets media come from the deck's own origin only.
 */

/** A recording file beside deck.yaml, as the io layer found it. */
export interface MediaFile {
  /** Its file name: the built deck finds it beside itself under this name. */
  name: string;
  /** Its media type, e.g. `audio/ogg`, `video/mp4`. */
  type: string;
  /** Seconds, when the file says. */
  duration?: number;
}

/** What a deck knows of its recording. */
export type DeckMedia = { kind: 'file'; file: MediaFile; offset: number } | { kind: 'link'; url: string; moments: boolean; offset: number };

/** A quote slide's moment: seconds into the recording, and the link to it for a video page. */
export interface Clip {
  start: number;
  end: number;
  /** For a recording that is a page: the address of the moment (or of the page, when it has no time links). */
  link?: string;
}

const YOUTUBE = /^https:\/\/(?:(?:www\.|m\.)?youtube\.com\/(?:watch|live\/|shorts\/)|youtu\.be\/)/u;
const VIMEO = /^https:\/\/(?:www\.)?vimeo\.com\/\d+/u;

export function isUrl(text: string): boolean {
  return /^https?:\/\//iu.test(text);
}

/** The address of `seconds` into a video page, for the pages whose time links are known. */
export function momentLink(url: string, seconds: number): string | undefined {
  const whole = Math.max(0, Math.floor(seconds));
  if (YOUTUBE.test(url)) {
    const at = new URL(url);
    at.searchParams.set('t', `${whole}s`);
    return at.toString();
  }
  if (VIMEO.test(url)) {
    const at = new URL(url);
    at.hash = `t=${whole}s`;
    return at.toString();
  }
  return undefined;
}

/**
 * The deck's recording: deck.yaml's file (as read by io) or address, else the transcript's own
 * `media:` address (front matter). Reports why the quote slides have no control when they cannot.
 */
export function deckMedia(manifest: DeckManifest, transcript: Transcript, file: MediaFile | undefined, manifestPath: string): Result<DeckMedia | undefined> {
  const reporter = reporterFor(manifestPath);
  const offset = manifest.mediaOffset ?? 0;
  const address = manifest.media && isUrl(manifest.media) ? manifest.media : !manifest.media && transcript.media && isUrl(transcript.media) ? transcript.media : undefined;
  // deck.yaml's `url:` of a video page with time links stands in for a recording it does not name.
  const page = address ?? (!manifest.media && manifest.url && momentLink(manifest.url, 0) ? manifest.url : undefined);
  const media: DeckMedia | undefined = file ? { kind: 'file', file, offset } : page ? { kind: 'link', url: page, moments: momentLink(page, 0) !== undefined, offset } : undefined;
  if (media && !transcript.topics.some((topic) => topic.turns.some((turn) => turn.paragraphs.some((p) => p.time)))) {
    reporter.info('clips-untimed', manifest.mediaSpan, 'No play controls on the quote slides: the transcript has no times, so no quote can be placed in the recording', 'Use a timed transcript (WebVTT, SubRip, a machine transcript with times) of the same recording.');
  }
  return reporter.result(media);
}

/** Each quote's moment of the recording (by quote), and a warning for those the file is too short for. */
export function quoteClips(quotes: readonly Quote[], media: DeckMedia | undefined, manifest: DeckManifest, manifestPath: string): Result<Map<Quote, Clip>> {
  const reporter = reporterFor(manifestPath);
  const clips = new Map<Quote, Clip>();
  if (!media) return reporter.result(clips);
  const beyond: Quote[] = [];
  for (const quote of quotes) {
    if (!quote.time) continue;
    const start = Math.max(0, quote.time.start + media.offset);
    const end = quote.time.end + media.offset;
    if (media.kind === 'file') {
      // A page of the same recording (deck.yaml's `url:`) gives the printed slide its moment too.
      const link = manifest.url ? momentLink(manifest.url, start) : undefined;
      if (media.file.duration !== undefined && end > media.file.duration + 0.5) beyond.push(quote);
      else clips.set(quote, { start, end, ...(link ? { link } : {}) });
    } else clips.set(quote, { start, end, link: momentLink(media.url, start) ?? media.url });
  }
  if (beyond.length > 0 && media.kind === 'file') {
    const first = beyond[0]!;
    reporter.warn(
      'media-too-short',
      manifest.mediaSpan,
      `Unexpected end of \`${media.file.name}\` at ${clock(media.file.duration ?? 0)}, expected the recording to reach ${clock(first.time!.end + media.offset)} (the end of the quote at line ${first.span.start.line}); ${beyond.length} quote slide${beyond.length === 1 ? ' has' : 's have'} no play control`,
      'Check that `media:` is the whole recording of this transcript, and `media_offset:` where the transcript starts in it.',
    );
  }
  return reporter.result(clips);
}


/** The deck with each quote slide's clip, and the recording file it plays. */
export function attachClips(deck: Deck, clips: ReadonlyMap<Quote, Clip>, media: DeckMedia | undefined): Deck {
  if (clips.size === 0) return deck;
  const slides = deck.slides.map((slide) => {
    const clip = slide.kind === 'quote' ? clips.get(slide.quote) : undefined;
    return clip ? { ...slide, clip } : slide;
  });
  return { ...deck, slides, ...(media?.kind === 'file' ? { media: { src: media.file.name, type: media.file.type } } : {}) };
}
