/**
 * A long raw-Whisper transcript (`[start - end] text` lines, as Whisper's text output prints them)
 * from real Whisper lines of the evaluation corpus: its segments repeated in order, their times
 * scaled and shifted so the whole spans the talk's length. Issue #22 item 3: 230 KB, 45 minutes.
 */
const SEGMENT = /^\[(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\]\s*(.*)$/;

export function synthesizeWhisper(seed: string, targetBytes: number, minutes: number): string {
  const segments = seed
    .split(/\r?\n/)
    .map((line) => SEGMENT.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ start: Number(m[1]), end: Number(m[2]), text: m[3]! }));
  if (segments.length === 0) throw new Error('the seed has no `[start - end] text` lines');
  const seedSpan = Math.max(...segments.map((s) => s.end));
  // Whole segments, in order, copy after copy, up to the size asked for; then the times scaled so
  // the last one ends at the talk's length.
  const kept: { start: number; end: number; text: string }[] = [];
  let bytes = 0;
  for (let copy = 0; ; copy++) {
    for (const s of segments) {
      bytes += Buffer.byteLength(`[0000.00 - 0000.00] ${s.text}\n\n`);
      if (bytes > targetBytes) {
        const scale = (minutes * 60) / kept.at(-1)!.end;
        return kept.map((k) => `[${(k.start * scale).toFixed(2)} - ${(k.end * scale).toFixed(2)}] ${k.text}\n`).join('\n');
      }
      kept.push({ start: copy * seedSpan + s.start, end: copy * seedSpan + s.end, text: s.text });
    }
  }
}
