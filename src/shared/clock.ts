/*
 * Times as recordings show them, for the notes' source lines, the deck's words, the presenter's
 * timer (in the browser) and the outlines the parsers' golden files record: one format everywhere.
 */

/**
 * Seconds as `m:ss`, or `h:mm:ss` from an hour on; a fraction of a second is dropped and a
 * negative time shows as `0:00`. With `milliseconds`, a fraction there is follows as `.mmm`
 * (`1:05.250`), for cue times that are finer than a second.
 */
export function clock(seconds: number, { milliseconds = false }: { milliseconds?: boolean } = {}): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  const base = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  const ms = milliseconds ? Math.round((seconds - whole) * 1000) : 0;
  return ms > 0 ? `${base}.${String(ms).padStart(3, '0')}` : base;
}
