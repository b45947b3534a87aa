import { looksLikeName } from './labels.ts';

/*
 * Speech-to-text services label voices with ids, not names: `A` (AssemblyAI), `0` (Rev.ai, Deepgram),
 * `spk_0` (AWS Transcribe), `SPEAKER_00` (WhisperX). A deck shows them as `Speaker A`, `Speaker 1`:
 * never a bare number. A name the file gives (a renamed speaker) is kept when it reads as one.
 */

const NUMBERED = /^(?:spk|speaker|spkr)[ _-]?(\d{1,4})$/iu;

function numberOf(id: string): number | undefined {
  if (/^\d{1,4}$/u.test(id)) return Number(id);
  const match = NUMBERED.exec(id);
  return match ? Number(match[1]) : undefined;
}

export class MachineSpeakers {
  /** Ids counted from 0 are shown from 1, as people count. */
  private readonly offset: number;
  private readonly unreadable = new Map<string, string>();

  constructor(ids: Iterable<string>) {
    const numbers = [...ids].map(numberOf).filter((n): n is number => n !== undefined);
    this.offset = numbers.includes(0) ? 1 : 0;
  }

  label(id: string): string {
    const number = numberOf(id);
    if (number !== undefined) return `Speaker ${number + this.offset}`;
    if (/^\p{Lu}$/u.test(id)) return `Speaker ${id}`;
    if (looksLikeName(id) && !/^[(\[（]/u.test(id)) return id;
    let label = this.unreadable.get(id);
    if (!label) {
      label = `Unnamed speaker ${this.unreadable.size + 1}`;
      this.unreadable.set(id, label);
    }
    return label;
  }
}
