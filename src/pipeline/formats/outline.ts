import { readFileSync } from 'node:fs';
import { clock } from '../../shared/clock.ts';
import { cleanFromString } from '../testing/fixtures.ts';
import type { CleanText, Transcript } from '../types.ts';

/** Test helpers: the fixtures of this folder, and the outline of a transcript that golden files record. */

export function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export function cleanFixture(name: string): CleanText {
  return cleanFromString(readFixture(name), `fixtures/${name}`);
}

/** The shape of a transcript, without offsets: speakers, turns (with their lines and times) and topics. */
export function outline(transcript: Transcript) {
  return {
    format: transcript.format,
    lead: transcript.lead.map((p) => p.text),
    credits: transcript.credits.map((p) => p.text),
    speakers: transcript.speakers.map((s) => `${s.name} ×${s.turnCount}${s.kind === 'other' ? '' : ` (${s.kind})`}`),
    topics: transcript.topics.map((t) => ({
      id: t.id,
      title: t.title,
      line: t.span.start.line,
      turns: t.turns.map((turn) => {
        const first = turn.paragraphs[0]?.time;
        const last = turn.paragraphs[turn.paragraphs.length - 1]?.time;
        return {
          id: turn.id,
          speaker: turn.speaker,
          lines: turn.paragraphs.map((p) => p.span.start.line),
          ...(first ? { time: `${clock(first.start, { milliseconds: true })}–${last?.end !== undefined ? clock(last.end, { milliseconds: true }) : ''}` } : {}),
          text: turn.paragraphs.map((p) => (p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text)),
        };
      }),
    })),
  };
}

export function golden(transcript: Transcript): string {
  return `${JSON.stringify(outline(transcript), null, 2)}\n`;
}
