/** `00:01:02.500`, `01:02.5`, `00:00:01,000` → seconds. */
export function parseTimestamp(text: string): number | undefined {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/u.exec(text.trim());
  if (!match) return undefined;
  const [, h, m, s, frac] = match;
  const minutes = Number(m);
  const seconds = Number(s);
  if (seconds >= 60 || (h !== undefined && minutes >= 60)) return undefined;
  return Number(h ?? 0) * 3600 + minutes * 60 + seconds + (frac ? Number(frac.padEnd(3, '0')) / 1000 : 0);
}
