import { DEFAULT_DURATION_MINUTES, type DeckManifest } from './manifest.ts';
import { reporterFor } from '../reporter.ts';
import type { Result, Transcript } from '../types.ts';

/*
 * What deck.yaml leaves out, filled in from the transcript once it is read: its own title (else the
 * file name, with a warning), its date, and, for a timed transcript, the recording's real length as
 * the deck's pacing. Values deck.yaml gives always win.
 */

/** The range `duration:` allows, which a derived duration is held to. */
const MIN_MINUTES = 1;
const MAX_MINUTES = 600;

/** Seconds from the start of the recording to the latest time any paragraph carries (its end, else its start). */
export function recordingSeconds(transcript: Transcript): number | undefined {
  let latest: number | undefined;
  for (const topic of transcript.topics)
    for (const turn of topic.turns)
      for (const { time } of turn.paragraphs) {
        if (!time) continue;
        const at = Math.max(time.start, time.end ?? time.start);
        if (latest === undefined || at > latest) latest = at;
      }
  return latest !== undefined && latest > 0 ? latest : undefined;
}

export function resolveManifest(manifest: DeckManifest, transcript: Transcript, path: string): Result<DeckManifest> {
  const reporter = reporterFor(path);
  let resolved = manifest;
  if (manifest.titleFromFileName) {
    if (transcript.title) resolved = { ...resolved, title: transcript.title };
    else {
      reporter.warn('title-from-file-name', undefined, `Missing title, expected \`title:\` in deck.yaml or a title in the transcript; the deck is titled \`${manifest.title}\` after the file name`, 'Set `title:` in deck.yaml to the talk’s real title.');
    }
  }
  if (!manifest.date && transcript.date) resolved = { ...resolved, date: transcript.date };
  const seconds = manifest.durationIsDefault ? recordingSeconds(transcript) : undefined;
  if (seconds !== undefined) {
    const minutes = Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(seconds / 60)));
    resolved = { ...resolved, duration: minutes };
    reporter.info('duration-from-timestamps', undefined, `Paced the deck for ${minutes} minutes, the recording's length by its timestamps (default ${DEFAULT_DURATION_MINUTES})`, 'Set `duration:` in deck.yaml to the minutes you have to present.');
  }
  return reporter.result(resolved);
}
