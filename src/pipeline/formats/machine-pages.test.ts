import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { parse } from './index.ts';

/* Diarised machine transcripts saved as text or Markdown pages by the scripts around WhisperX and Deepgram. */

function read(text: string, path: string) {
  const { value } = parse(cleanFromString(text, path));
  const paragraphs = value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs.map((p) => ({ speaker: turn.speaker, text: p.text, time: p.time?.start }))));
  return { value, paragraphs };
}

describe('diarised pages', () => {
  it('reads `SPEAKER_01:` heading lines over `[12.3s] text` lines, the stamps as times, never as `[Name]` turns', () => {
    const text = '\nSPEAKER_01:\n[0.9s] We are live.\n\nSPEAKER_03:\n[3.9s] Are we live?\n[5.2s] I think we are.\n\nSPEAKER_01:\n[7.0s] Good. Today we talk about wallets that nobody has to understand.\n\nSPEAKER_03:\n[12.3s] The best wallet is the one you never notice.\n';
    const { value, paragraphs } = read(text, 'show.txt');
    expect(value.format).toBe('name-colon');
    expect(value.speakers.map((s) => [s.name, s.turnCount])).toEqual([['SPEAKER_01', 2], ['SPEAKER_03', 2]]);
    expect(paragraphs[0]).toEqual({ speaker: 'SPEAKER_01', text: 'We are live.', time: 0.9 });
    expect(paragraphs.at(-1)).toEqual({ speaker: 'SPEAKER_03', text: 'The best wallet is the one you never notice.', time: 12.3 });
  });

  it('reads `**[00:01] SPEAKER_00:** text`, the time inside the bold label', () => {
    const text = '**[00:01] SPEAKER_00:** So hello?\n\n**[00:02] SPEAKER_01:** Hello, Bob.\n\n**[00:03] SPEAKER_00:** So, you were there in the early days of Ethereum.\n\n**[00:09] SPEAKER_01:** I was, and the first thing I learned is that nobody knew what they were doing.\n';
    const { value, paragraphs } = read(text, 'episode.md');
    expect(value.format).toBe('markdown');
    expect(value.speakers.map((s) => s.name)).toEqual(['SPEAKER_00', 'SPEAKER_01']);
    expect(paragraphs[3]).toEqual({ speaker: 'SPEAKER_01', text: 'I was, and the first thing I learned is that nobody knew what they were doing.', time: 9 });
  });
});

describe('one way of naming speakers on a page', () => {
  it('reads `看源码：` alone right after `答：` alone as the answer going on, not a new speaker', () => {
    const page = '### Q1: 为什么更快？\n\n答：\n看源码：\n\n事件都在一个 epoll 实例里管理，读写和接收连接是分开的。\n\n### Q2: 会阻塞吗？\n\n答：不会，任务都在 goroutine pool 里执行，结果通过 channel 送回。\n';
    const { value } = read(page, 'night.md');
    expect(value.speakers.map((s) => s.name)).toEqual(['答']);
  });
});
