import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../index.ts';
import { parseManifest } from '../manifest/manifest.ts';
import { readSeed, repoRoot, SEED_PATH } from '../testing/fixtures.ts';
import { FOLLOW_ALONG_ID, render } from './render.ts';

/* The copies `transcript-deck present` renders: the audience's without notes, both with the "Follow along" slide. */

const manifest = parseManifest('slides/deck.yaml', readFileSync(`${repoRoot}slides/deck.yaml`, 'utf8')).value!;
const output = runPipeline({ manifest: { ...manifest, slides: { before: [], after: [] } }, transcript: { path: SEED_PATH, bytes: readSeed() }, authored: new Map() });
const URL = 'http://192.168.1.20:4300/';
const sectionIds = (html: string): string[] => [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]!);

describe('render for present', () => {
  it('renders as before without options', () => {
    expect(render(output.deck)).toBe(output.html);
  });

  it('leaves every note out of the audience copy, and keeps every slide', () => {
    const audience = render(output.deck, { notes: false, followAlong: URL });
    const presenter = render(output.deck, { followAlong: URL });
    expect(output.html).toContain('<aside class="notes">');
    expect(audience).not.toContain('<aside');
    expect(audience).not.toContain('td-note');
    expect(presenter).toContain('<aside class="notes">');
    expect(sectionIds(audience)).toEqual(sectionIds(presenter));
    // Everything but the notes is the same.
    expect(audience).toBe(presenter.replace(/<aside class="notes">[\s\S]*?<\/aside>\n/g, ''));
  });

  it('puts the "Follow along" slide after the title, and the audience address on both as a QR code', () => {
    const html = render(output.deck, { notes: false, followAlong: URL });
    expect(sectionIds(html).slice(0, 2)).toEqual(['title', FOLLOW_ALONG_ID]);
    expect(sectionIds(html)).toEqual(['title', FOLLOW_ALONG_ID, ...sectionIds(output.html).slice(1)]);
    const follow = /<section id="follow-along"[\s\S]*?<\/section>/.exec(html)![0];
    expect(follow).toContain('<h2>跟著看</h2>');
    expect(follow).toContain(`<title id="qr-follow-along">跟著看：${URL}</title>`);
    const title = /<section id="title"[\s\S]*?<\/section>/.exec(html)![0];
    expect(title).toContain(`<title id="qr-title-follow">跟著看：${URL}</title>`);
  });
});
