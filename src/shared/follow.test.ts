import { describe, expect, it } from 'vitest';
import { readMove, readState, readStateMessage, tokenOfPath } from './follow.ts';

describe('follow protocol', () => {
  it('reads a move, and nothing that is not one', () => {
    expect(readMove('{"type":"move","state":{"indexh":2,"indexv":0,"indexf":1}}')).toEqual({ type: 'move', state: { indexh: 2, indexv: 0, indexf: 1 } });
    expect(readMove('{"type":"move","state":{"indexh":2,"indexv":0}}')?.state.indexf).toBe(-1);
    for (const bad of ['next', '{"type":"next"}', '{"type":"move","state":{"indexh":-1,"indexv":0}}', '{"type":"move","state":{"indexh":1.5,"indexv":0}}', '{"type":"move","state":{"indexh":1e9,"indexv":0}}', '{"type":"move","state":{"indexh":"1","indexv":0}}', 'null']) {
      expect(readMove(bad)).toBeUndefined();
    }
  });
  it('reads the server\'s state message', () => {
    expect(readStateMessage('{"type":"state","state":{"indexh":1,"indexv":0,"indexf":-1},"seq":4,"sentAt":5}')).toEqual({ type: 'state', state: { indexh: 1, indexv: 0, indexf: -1 }, seq: 4, sentAt: 5 });
    expect(readStateMessage('{"type":"state","state":{"indexh":1,"indexv":0},"seq":"4","sentAt":5}')).toBeUndefined();
    expect(readState({ indexh: 0, indexv: 0, indexf: -2 })).toBeUndefined();
  });
  it('finds the token in a presenter page\'s path only', () => {
    expect(tokenOfPath('/presenter/abc_-1/')).toBe('abc_-1');
    expect(tokenOfPath('/presenter/abc/index.html')).toBe('abc');
    expect(tokenOfPath('/')).toBeUndefined();
    expect(tokenOfPath('/zh-Hans/')).toBeUndefined();
    expect(tokenOfPath('/presenter/')).toBeUndefined();
  });
});
