import { describe, expect, it } from 'vitest';
import type { Paragraph, Turn } from '../types.ts';
import { sponsorReads } from './sponsor-reads.ts';

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const turnOf = (...texts: string[]): Turn => ({ id: 't', speaker: 'Host', span, paragraphs: texts.map((text) => ({ text, start: 0, span }) as Paragraph) });
const readOf = (turn: Turn): string[] => [...sponsorReads(turn)].flatMap(([i, ranges]) => ranges.map((r) => turn.paragraphs[i]!.text.slice(r.start, r.end).trim()));

describe('sponsor reads', () => {
  it('finds a read from its announcement to the address it sends the listener to, across paragraphs', () => {
    const turn = turnOf(
      'We will get to the compiler in a minute.',
      'This portion of the show is brought to you by Acme Cloud. Acme Cloud makes deploying your app easy.',
      'You get a private URL on your server, ensuring that your asset is always available.',
      'Visit example.fm/acme today and get a three-month free trial. So, back to the parser: it was the slow part.',
    );
    expect(readOf(turn)).toEqual([
      'This portion of the show is brought to you by Acme Cloud. Acme Cloud makes deploying your app easy.',
      'You get a private URL on your server, ensuring that your asset is always available.',
      'Visit example.fm/acme today and get a three-month free trial.',
    ]);
  });

  it('ends a read that runs on into the talk without a full stop at its thank-you', () => {
    const turn = turnOf('this episode is sponsored by acme thank you as always to acme for supporting the show i think the interesting thing about tailwind is locality');
    expect(readOf(turn)).toEqual(['this episode is sponsored by acme thank you as always to acme for supporting the show i think']);
  });

  it('finds a read that opens on its pitch and closes on its free download and address', () => {
    const turn = turnOf(
      "And we're debugging the tech industry. Are you building a GraphQL back end and don't know where to start? Save yourself time and check out the stack. Together, they enable developers to build data intensive applications. Download the free ebook at grandstack.io. So, security: what is cross site scripting?",
    );
    expect(readOf(turn)).toEqual(["Are you building a GraphQL back end and don't know where to start? Save yourself time and check out the stack. Together, they enable developers to build data intensive applications. Download the free ebook at grandstack.io."]);
  });

  it('finds nothing in talk that only mentions support or a sponsor in passing', () => {
    expect(readOf(turnOf('The compiler got twice as fast after we rewrote the parser.', 'Our users supported the change from the start.'))).toEqual([]);
    expect(readOf(turnOf('本期节目由某某赞助。某某让部署变得简单。感谢某某的赞助。', '我们回到编译器。'))).toEqual(['本期节目由某某赞助。某某让部署变得简单。感谢某某的赞助。']);
  });
});
