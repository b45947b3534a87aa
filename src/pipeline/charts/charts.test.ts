import { nameTerms } from '../topics/terms.ts';
import { describe, expect, it } from 'vitest';
import type { Paragraph, Speaker, Topic, Transcript, Turn } from '../types.ts';
import { conversationMap, keyTerms, speakerShares } from './data.ts';
import { clip, conversationMapSvg, OKABE_ITO, speakerStyle, topicSvg } from './svg.ts';

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const paragraph = (text: string, time?: { start: number; end?: number }): Paragraph => ({ text, start: 0, span, ...(time ? { time } : {}) });
const turn = (id: string, speaker: string, ...paragraphs: Paragraph[]): Turn => ({ id, speaker, paragraphs, span });
const topic = (n: number, turns: Turn[], title = `Topic ${n}`): Topic => ({ id: `topic-${n}`, title, span, turns });
const transcript = (topics: Topic[]): Transcript => ({ format: 'test', lead: [], credits: [], topics, speakers: [] });
const speaker = (name: string): Speaker => ({ name, kind: 'featured', turnCount: 1 });

/** The `data-share` values and segment widths of a conversation map's SVG. */
function segments(svg: string): Array<{ topic: string; share: number; width: number }> {
  return [...svg.matchAll(/<g class="td-chart-segment" data-topic="([^"]+)" data-share="([^"]+)"><rect x="[^"]+" y="0" width="([^"]+)"/g)].map((m) => ({
    topic: m[1]!,
    share: Number(m[2]),
    width: Number(m[3]),
  }));
}

describe('conversation map', () => {
  it('makes one segment per topic, as wide as what was said in it, turns coloured by speaker', () => {
    const t = transcript([
      topic(1, [turn('a', 'Ann', paragraph('x'.repeat(100))), turn('b', 'Bob', paragraph('y'.repeat(100)))]),
      topic(2, [turn('c', 'Ann', paragraph('z'.repeat(600)))]),
      topic(3, [turn('d', 'Bob', paragraph('w'.repeat(200)))]),
    ]);
    const map = conversationMap(t, [speaker('Ann'), speaker('Bob')]);
    expect(map.unit).toBe('characters');
    expect(map.topics.map((m) => m.size)).toEqual([200, 600, 200]);
    const svg = conversationMapSvg('agenda-map', map, { title: 'Map', desc: 'd' });
    const segs = segments(svg);
    expect(segs.map((s) => s.topic)).toEqual(['topic-1', 'topic-2', 'topic-3']);
    expect(segs.map((s) => s.share)).toEqual([0.2, 0.6, 0.2]);
    expect(segs.map((s) => s.width)).toEqual([200, 600, 200]);
    expect(svg).toContain('<title id="agenda-map-title">Map</title>');
    expect(svg).toContain('aria-labelledby="agenda-map-title agenda-map-desc"');
    expect(svg.match(/class="td-chart-turn"/g)).toHaveLength(4);
  });

  it('textures each patterned speaker with strokes clipped to their shapes, never an SVG pattern fill (Chromium prints each as a bitmap)', () => {
    const many = transcript([topic(1, Array.from({ length: 40 }, (_, i) => turn(`t${i}`, i % 2 ? 'Bob' : 'Ann', paragraph('words '.repeat(10)))))]);
    const svg = conversationMapSvg('m', conversationMap(many, [speaker('Ann'), speaker('Bob')]), { title: 'Map', desc: 'd' });
    expect(svg.match(/class="td-chart-turn"/g)).toHaveLength(40);
    expect(svg).not.toMatch(/<pattern|url\(#m-p/);
    const clips = [...svg.matchAll(/<clipPath id="m-t(\d+)"><path d="([^"]*)"\/><\/clipPath>/g)];
    // One speaker of the two is solid; the other's 20 turns and its key swatch are one clip path.
    expect(clips.map((c) => [c[1], c[2]!.match(/M/g)!.length])).toEqual([['1', 21]]);
    expect(svg).toContain('<g clip-path="url(#m-t1)" class="td-chart-texture"');
    // Every mark lies inside the chart, clipped or not: the slide-fit checks measure the unclipped box.
    const marks = svg.slice(svg.indexOf('class="td-chart-texture"'));
    const xs = [...marks.matchAll(/[ML](-?[\d.]+) -?[\d.]+/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1000);
  });

  it('measures in seconds when every paragraph is timed', () => {
    const t = transcript([
      topic(1, [turn('a', 'Ann', paragraph('long text '.repeat(50), { start: 0 }))]),
      topic(2, [turn('b', 'Bob', paragraph('short', { start: 10, end: 40 }))]),
    ]);
    const map = conversationMap(t, []);
    expect(map.unit).toBe('seconds');
    expect(map.topics.map((m) => m.size)).toEqual([10, 30]);
    expect(map.speakers).toEqual(['Ann', 'Bob']);
  });

  it('draws 1 topic and 12 topics, and 15 speakers with distinct colour-and-pattern pairs', () => {
    const one = conversationMap(transcript([topic(1, [turn('a', 'Ann', paragraph('hello'))])]), []);
    expect(segments(conversationMapSvg('m1', one, { title: 't', desc: 'd' })).map((s) => s.width)).toEqual([1000]);
    const names = Array.from({ length: 15 }, (_, i) => `Speaker ${i + 1}`);
    const twelve = transcript(
      Array.from({ length: 12 }, (_, i) => topic(i + 1, names.map((name, k) => turn(`t${i}-${k}`, name, paragraph('a'.repeat(10 + i + k)))))),
    );
    const map = conversationMap(twelve, []);
    const svg = conversationMapSvg('m12', map, { title: 't', desc: 'd' });
    const segs = segments(svg);
    expect(segs).toHaveLength(12);
    expect(segs.reduce((s, x) => s + x.width, 0)).toBeCloseTo(1000, 0);
    const total = map.topics.reduce((s, m) => s + m.size, 0);
    segs.forEach((s, i) => expect(s.width).toBeCloseTo((map.topics[i]!.size / total) * 1000, 1));
    const styles = names.map((_, i) => speakerStyle(i));
    expect(new Set(styles.map((s) => `${s.colour}/${s.pattern}`)).size).toBe(15);
    styles.forEach((s) => expect(OKABE_ITO).toContain(s.colour));
    // Neighbours differ in pattern, so they stay apart in greyscale.
    for (let i = 1; i < styles.length; i++) expect(styles[i]!.pattern).not.toBe(styles[i - 1]!.pattern);
    expect(svg.match(/class="td-chart-key"/g)).toHaveLength(15);
    expect(svg).toMatch(/<clipPath id="m12-t1">/);
    const height = Number(svg.match(/viewBox="0 0 1000 ([\d.]+)"/)![1]);
    expect(height).toBeLessThanOrEqual(100 + 4 * 32);
  });

  it('escapes markup in names, titles and terms', () => {
    const t = transcript([topic(1, [turn('a', '<b>Eve</b> & "co"', paragraph('<script>alert(1)</script> payload'))], '<img src=x onerror=alert(1)>')]);
    const map = conversationMap(t, []);
    const svg = conversationMapSvg('x', map, { title: '<i>t</i>', desc: map.topics[0]!.title });
    expect(svg).not.toMatch(/<b>|<script|<img|<i>/);
    expect(svg).toContain('&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;co&quot;');
    const terms = [{ term: '<script>x</script>', weight: 1 }];
    const topicChart = topicSvg('y', terms, speakerShares(map.topics[0]!.turns, map.speakers), { title: 't', desc: 'd', terms: 'K', speakers: 'S' });
    expect(topicChart).not.toMatch(/<script|<b>/);
    expect(topicChart).toContain('&lt;script&gt;x&lt;/');
  });
});

describe('key terms and shares', () => {
  const t = transcript([
    topic(1, [
      turn('a', 'Ann', paragraph('Batteries store energy. Battery chemistry, lithium cells, cathode materials and electrolyte research matter.')),
      turn('b', 'Bob', paragraph('Lithium supply and cathode costs shape the battery market; recycling cells helps.')),
    ]),
    topic(2, [turn('c', 'Ann', paragraph('Solar panels, wind turbines and grid storage balance renewable energy supply.'))]),
  ]);

  it('gives at least five terms, weighted by tf-idf of the topic against the whole, heaviest first', () => {
    const [first, second] = keyTerms(t.topics);
    expect(first!.length).toBeGreaterThanOrEqual(5);
    expect(second!.length).toBeGreaterThanOrEqual(5);
    expect(first![0]).toEqual({ term: expect.stringMatching(/^batter/i), weight: 1 });
    const weights = first!.map((k) => k.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    // `energy` is said in both topics: it weighs less than terms of the topic alone.
    const energy = first!.find((k) => k.term === 'energy');
    if (energy) expect(energy.weight).toBeLessThan(first!.find((k) => /^lithium$/i.test(k.term))!.weight);
    const svg = topicSvg('topic-1-chart', first!, [], { title: 't', desc: 'd', terms: 'Key terms', speakers: 'Who spoke' });
    expect(svg.match(/class="td-chart-term"/g)!.length).toBe(first!.length);
  });

  it('leaves the speakers\' names out', () => {
    const named = transcript([topic(1, [turn('a', 'Shreyas Doshi', paragraph('Shreyas, tell us: Shreyas thinks roadmaps and roadmaps and strategy matter for product teams.'))])]);
    const [plain] = keyTerms(named.topics);
    expect(plain!.map((k) => k.term)).toContain('Shreyas');
    const [without] = keyTerms(named.topics, 8, nameTerms(['Shreyas Doshi']));
    expect(without!.map((k) => k.term)).not.toContain('Shreyas');
    expect(without!.map((k) => k.term)).toContain('roadmaps');
  });

  it('works on Chinese text as written', () => {
    const zh = transcript([topic(1, [turn('a', '甲', paragraph('大模型的分化越來越明顯，模型公司與應用公司在場景、數據和用戶價值上走向不同的道路。模型能力。'))])]);
    const [terms] = keyTerms(zh.topics);
    expect(terms!.length).toBeGreaterThanOrEqual(5);
    expect(terms!.map((k) => k.term)).toContain('模型');
  });

  it('shares add up to one, biggest first', () => {
    const map = conversationMap(t, []);
    const shares = speakerShares(map.topics.flatMap((m) => m.turns), map.speakers);
    expect(shares.map((s) => s.name)).toEqual(['Ann', 'Bob']);
    expect(shares.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 6);
  });

  it('clips long labels with an ellipsis, wide characters counting double', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('一二三四五六七八九十', 4)).toBe('一二三四…');
  });
});
