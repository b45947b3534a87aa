import { clipWords } from '../compose/clip-words.ts';
import { clock } from '../../shared/clock.ts';
import { qrSvg } from '../compose/qr.ts';
import { attributes, escapeHtml } from '../text/html.ts';
import type { QuoteSlide } from '../types.ts';

/**
 * A quote slide's moment of the recording: a Play button (src/client/clips.ts plays the stretch
 * from the deck's one media element) when the deck has a recording file, else a link to the moment
 * on the recording's page; beside it, always, the time it was said, which print shows too. A page
 * link also gets a QR code, shown in print only.
 */
export function clipControl(slide: QuoteSlide, mediaSrc: string | undefined, lang: string): string {
  const clip = slide.clip;
  if (!clip) return '';
  const words = clipWords(lang);
  const timeId = `${slide.id}-clip-time`;
  const time = `<span class="td-clip-time" id="${escapeHtml(timeId)}" title="${escapeHtml(words.inRecording)}">${escapeHtml(`${clock(clip.start)}–${clock(clip.end)}`)}</span>`;
  const play = mediaSrc
    ? `<button${attributes({ type: 'button', class: 'td-clip-play', 'data-clip-start': round(clip.start), 'data-clip-end': round(clip.end), 'data-label-play': words.play, 'data-label-stop': words.stop, 'aria-describedby': timeId })}><span class="td-clip-icon" aria-hidden="true"></span><span class="td-clip-label">${escapeHtml(words.play)}</span></button>`
    : '';
  const link = clip.link
    ? `${mediaSrc ? '' : `<a${attributes({ class: 'td-clip-link', href: clip.link, target: '_blank', rel: 'noopener noreferrer' })}>${escapeHtml(words.watch)}</a>`}<span class="td-clip-qr">${qrSvg(clip.link, `${words.watch}: ${clip.link}`, `${slide.id}-clip-qr`)}</span>`
    : '';
  return `<p class="td-clip">${play}${link}${time}</p>\n`;
}

/** Seconds to the millisecond, as the data attributes carry them. */
function round(seconds: number): string {
  return String(Math.round(seconds * 1000) / 1000);
}
