import { describe, expect, it } from 'vitest';
import { cleanFromString } from '../testing/fixtures.ts';
import { parse } from './index.ts';

/** `Topic:` and `主题：` lines in each labelled format: they open topics and are not what anyone said. */
const CASES: Array<[format: string, text: string]> = [
  ['name-colon', 'Dave: zero\nTopic: Bridges\nDave: one\n主题：桥\nSue: two\n'],
  ['qa', '问：为什么？\n答：因为。\nTopic: Bridges\n问：真的吗？\n答：真的。\n主题：桥\n问：还有呢？\n答：没了。\n'],
  ['markdown', '**Dave:** zero\n\nTopic: Bridges\n\n**Sue:** one\n\n主题：桥\n\n**Dave:** two\n'],
  ['news-interview', '[甲] 零\nTopic: Bridges\n[乙] 一\n主题：桥\n[甲] 二\n'],
  ['otter', 'Dave  0:01\nHi there.\n\nTopic: Bridges\n\nSue  0:05\nHello.\n\n主题：桥\n\nDave  0:09\nBye.\n'],
  ['diarized', '[Speaker 1] [00:01] hi\nTopic: Bridges\n[Speaker 2] [00:03] hello\n主题：桥\n[Speaker 1] [00:05] bye\n'],
];

describe('topic lines in every labelled format', () => {
  it.each(CASES)('%s opens topics at `Topic:` and `主题：` lines', (format, text) => {
    const { value } = parse(cleanFromString(text), { format });
    expect(value.topics.map((t) => t.title).slice(-2)).toEqual(['Bridges', '桥']);
    const said = value.topics.flatMap((t) => t.turns.flatMap((turn) => turn.paragraphs.map((p) => p.text)));
    expect(said.filter((p) => /Topic|主题/u.test(p))).toEqual([]);
    expect(value.topics[value.topics.length - 1]!.turns.length).toBeGreaterThan(0);
  });
});
