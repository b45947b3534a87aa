import { type DeckLanguage, deckLanguage } from './deck-words.ts';

/*
 * The words of a quote slide's clip control, in the deck's language (the languages of deck-words.ts):
 * the button's accessible name while stopped and while playing, and the link to a video page's moment.
 */

export interface ClipWords {
  play: string;
  stop: string;
  /** A link that opens the recording's page at the quote's moment. */
  watch: string;
  /** Describes the time beside the control: when in the recording the quote was said. */
  inRecording: string;
}

const CLIP_WORDS: Record<DeckLanguage, ClipWords> = {
  en: { play: 'Play', stop: 'Stop', watch: 'Watch', inRecording: 'In the recording' },
  'zh-Hans': { play: '播放', stop: '停止', watch: '观看', inRecording: '录音中的时间' },
  'zh-Hant': { play: '播放', stop: '停止', watch: '觀看', inRecording: '錄音中的時間' },
  ja: { play: '再生', stop: '停止', watch: '視聴', inRecording: '録音内の時刻' },
  ko: { play: '재생', stop: '정지', watch: '보기', inRecording: '녹음 속 시간' },
};

export function clipWords(lang: string): ClipWords {
  return CLIP_WORDS[deckLanguage(lang)];
}
