import { execFileSync } from 'node:child_process';
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MediaFile } from '../pipeline/compose/media.ts';
import type { Reporter } from '../pipeline/reporter.ts';
import type { SourceSpan } from '../pipeline/types.ts';

/** The file endings a quote clip may play, and the media type each is served as. */
export const MEDIA_ENDINGS: Readonly<Record<string, string>> = {
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
};

/** The container the first bytes of a file say it is, by their signatures (absent: not audio or video we play). */
export function sniffContainer(head: Uint8Array): 'mp3' | 'mp4' | 'ogg' | 'wav' | 'webm' | undefined {
  const ascii = (from: number, to: number): string => String.fromCharCode(...head.subarray(from, to));
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  if (ascii(4, 8) === 'ftyp') return 'mp4';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm';
  if (ascii(0, 3) === 'ID3') return 'mp3';
  // An MPEG audio frame header: eleven set bits of sync, layer III.
  if (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0 && ((head[1] ?? 0) & 0x06) === 0x02) return 'mp3';
  return undefined;
}

/** What each ending's file must hold. */
const CONTAINER_OF: Readonly<Record<string, string>> = { '.mp3': 'mp3', '.m4a': 'mp4', '.mp4': 'mp4', '.m4v': 'mp4', '.ogg': 'ogg', '.opus': 'ogg', '.oga': 'ogg', '.wav': 'wav', '.webm': 'webm' };

const CHILD = fileURLToPath(new URL('./media-duration-child.mjs', import.meta.url));

/** The file's duration in seconds as music-metadata reads it (in a child process: it is async), or why it could not. */
export function mediaDuration(path: string): { duration?: number; error?: string } {
  try {
    const out = execFileSync(process.execPath, [CHILD, path], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] });
    const read = JSON.parse(out) as { duration?: number | null; container?: string | null; error?: string };
    if (read.error) return { error: read.error };
    // No container found behind a good signature: the file stops inside its own header.
    if (!read.container) return { error: 'it holds no stream (the file may be cut short)' };
    return typeof read.duration === 'number' && Number.isFinite(read.duration) ? { duration: read.duration } : {};
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

/**
 * Checks the recording deck.yaml's `media:` names (`path`, written `name` there at `span`): there,
 * readable, not empty, audio or video by its bytes and its ending. Each problem is a `media-file`
 * error at `media:`; a file that passes comes back with its length.
 */
export function readMediaFile(path: string, name: string, span: SourceSpan | undefined, reporter: Reporter): MediaFile | undefined {
  const fail = (message: string, hint: string): undefined => {
    reporter.error('media-file', span, message, hint);
    return undefined;
  };
  const ending = extname(path).toLowerCase();
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return fail(`Unexpected missing recording \`${name}\`, expected an audio or video file beside deck.yaml`, 'Put the recording beside deck.yaml, or fix `media:`.');
  if (!stat.isFile()) return fail(`Unexpected folder \`${name}\` for \`media:\`, expected an audio or video file`, 'Name the recording file itself.');
  if (stat.size === 0) return fail(`Unexpected empty recording \`${name}\` (0 bytes), expected an audio or video file`, 'Copy the recording again; the file holds nothing.');
  const head = new Uint8Array(16);
  try {
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return fail(`Unexpected unreadable recording \`${name}\` (${(error as NodeJS.ErrnoException).code ?? 'error'}), expected a file this user can read`, 'Check the file\'s permissions.');
  }
  const container = sniffContainer(head);
  const type = MEDIA_ENDINGS[ending];
  if (!container) return fail(`Unexpected content in \`${name}\`: its bytes are not audio or video (no MP3, MP4/M4A, Ogg, WAV or WebM signature)`, 'Name the recording itself: mp3, m4a, ogg, opus, wav, mp4 or webm.');
  if (!type) return fail(`Unexpected ending \`${ending || '(none)'}\` of \`${name}\`, expected one of ${Object.keys(MEDIA_ENDINGS).join(', ')} (browsers pick the player by it)`, `Rename it to end in .${container === 'mp4' ? 'm4a or .mp4' : container}.`);
  if (CONTAINER_OF[ending] !== container) return fail(`Unexpected ${container.toUpperCase()} content in \`${name}\`, expected ${ending.slice(1)} as its ending says`, `Rename it to end in .${container === 'mp4' ? 'm4a or .mp4' : container}.`);
  const read = mediaDuration(path);
  if (read.error) return fail(`Unexpected recording \`${name}\` that cannot be read as ${container.toUpperCase()}: ${read.error}`, 'Convert it again, e.g. `ffmpeg -i in -c:a libopus out.ogg`.');
  return { name: basename(path), type, ...(read.duration !== undefined ? { duration: read.duration } : {}) };
}
