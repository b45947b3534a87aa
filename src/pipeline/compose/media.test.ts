import { describe, expect, it } from 'vitest';
import { runPipeline } from '../index.ts';
import { parseManifest } from '../manifest/manifest.ts';
import { render } from '../render/render.ts';
import type { QuoteSlide } from '../types.ts';
import { momentLink } from './media.ts';

const LINES = [
  'The tests ran for three hours because the database was never mocked at all.',
  'We moved the whole team to one repository, and the builds got twice as fast.',
  'Nobody reads a design document after the first week, so we write short ones.',
];
const VTT = `WEBVTT\n\n${LINES.map((line, i) => `00:01:${String(10 * i).padStart(2, '0')}.000 --> 00:01:${String(10 * i + 8).padStart(2, '0')}.000\n<v Ada>${line}\n`).join('\n')}`;
const UNTIMED = LINES.map((line) => `Ada: ${line}`).join('\n');
const MARKDOWN_PAGE = `---\ntitle: A page\nmedia: https://www.youtube.com/watch?v=dQw4w9WgXcQ&list="><script>x</script>\n---\n\n${LINES.map((line, i) => `**Ada:** 00:01:${String(10 * i).padStart(2, '0')} ${line}`).join('\n\n')}\n`;

function deckOf(transcript: string, path: string, yaml: string, media?: { name: string; type: string; duration?: number }) {
  const manifest = parseManifest('deck.yaml', `transcript: ${path}\nspeakers:\n  featured: [Ada]\n${yaml}`);
  expect(manifest.diagnostics).toEqual([]);
  return runPipeline({ manifest: manifest.value!, transcript: { path, bytes: new TextEncoder().encode(transcript) }, authored: new Map(), ...(media ? { media } : {}), manifestPath: 'deck.yaml' });
}
const quoteSlides = (out: ReturnType<typeof deckOf>): QuoteSlide[] => out.deck.slides.filter((s): s is QuoteSlide => s.kind === 'quote');

describe('quote clips', { timeout: 30_000 }, () => {
  it('play a file: each quote slide gets its moment, moved by media_offset', () => {
    const out = deckOf(VTT, 'talk.vtt', 'media: talk.ogg\nmedia_offset: 2.5\n', { name: 'talk.ogg', type: 'audio/ogg', duration: 200 });
    const slides = quoteSlides(out);
    expect(slides.length).toBeGreaterThan(0);
    for (const slide of slides) {
      const i = LINES.indexOf(slide.quote.text);
      expect(slide.clip).toEqual({ start: 62.5 + 10 * i, end: 70.5 + 10 * i });
    }
    expect(out.deck.media).toEqual({ src: 'talk.ogg', type: 'audio/ogg' });
    const html = render(out.deck);
    expect(html).toContain(`data-clip-start="${slides[0]!.clip!.start}"`);
    expect(html).toMatch(/<button type="button" class="td-clip-play"[^>]*><span class="td-clip-icon" aria-hidden="true"><\/span><span class="td-clip-label">Play<\/span><\/button>/u);
  });

  it('link to the moment of a video page from the front matter, escaped, opened in a new tab', () => {
    const out = deckOf(MARKDOWN_PAGE, 'talk.md', '');
    const slides = quoteSlides(out);
    expect(slides.length).toBeGreaterThan(0);
    const slide = slides[0]!;
    const url = new URL(slide.clip!.link!);
    expect(url.searchParams.get('t')).toBe(`${Math.floor(slide.clip!.start)}s`);
    expect(url.searchParams.get('list')).toBe('"><script>x</script>');
    expect(out.deck.media).toBeUndefined();
    const html = render(out.deck);
    expect(html).not.toContain('<script>x');
    expect(html).toMatch(/<a class="td-clip-link" href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ&amp;list=[^"]*&amp;t=60s" target="_blank" rel="noopener noreferrer">Watch<\/a>/u);
    expect(html).not.toContain('td-clip-play');
    // Each slide's QR code of its moment is labelled by a title of its own.
    expect(html).toContain(`aria-labelledby="${slide.id}-clip-qr"`);
  });

  it('are not there for an untimed transcript, and the check says why', () => {
    const out = deckOf(UNTIMED, 'talk.txt', 'media: talk.ogg\n', { name: 'talk.ogg', type: 'audio/ogg', duration: 200 });
    expect(quoteSlides(out).length).toBeGreaterThan(0);
    expect(quoteSlides(out).every((s) => s.clip === undefined)).toBe(true);
    expect(render(out.deck)).not.toContain('td-clip');
    const info = out.diagnostics.find((d) => d.rule === 'clips-untimed');
    expect(info).toMatchObject({ severity: 'info', file: 'deck.yaml', span: { start: { line: 4, column: 8 } } });
    expect(info!.message).toMatch(/the transcript has no times/u);
  });

  it('speak the deck’s language', () => {
    const zh = `WEBVTT\n\n00:00:01.000 --> 00:00:06.000\n<v Ada>我们把所有的测试都重新写了一遍，因为旧的测试根本没有人相信。\n\n00:00:07.000 --> 00:00:12.000\n<v Ada>真正的问题不是速度太慢，而是团队里没有人愿意为结果负责。\n`;
    const out = deckOf(zh, 'talk.vtt', 'media: talk.ogg\n', { name: 'talk.ogg', type: 'audio/ogg', duration: 20 });
    expect(render(out.deck)).toMatch(/data-label-play="播放" data-label-stop="停止"[^>]*>.*<span class="td-clip-label">播放<\/span>/u);
  });

  it('time links only for the pages known to take them', () => {
    expect(momentLink('https://youtu.be/dQw4w9WgXcQ', 75.9)).toBe('https://youtu.be/dQw4w9WgXcQ?t=75s');
    expect(momentLink('https://vimeo.com/76979871', 12)).toBe('https://vimeo.com/76979871#t=12s');
    expect(momentLink('https://example.com/talk.mp3', 12)).toBeUndefined();
    expect(momentLink('http://www.youtube.com/watch?v=x', 12)).toBeUndefined();
  });
});
