import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../pipeline/testing/fixtures.ts';
import { loadDeck, sameInputs } from './load-deck.ts';

describe('sameInputs: whether a deck can be reused for a rebuild', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const copy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'td-inputs-'));
    dirs.push(dir);
    cpSync(join(repoRoot, 'slides'), dir, { recursive: true });
    return dir;
  };

  it('holds while every file reads the same, touched or not', () => {
    const dir = copy();
    const deck = loadDeck(dir, dir);
    expect(deck.inputs?.size).toBeGreaterThan(0);
    expect(sameInputs(deck, dir, dir)).toBe(true);
    const transcript = deck.files[1]!;
    utimesSync(transcript, new Date(), new Date(Date.now() + 5000));
    expect(sameInputs(deck, dir, dir)).toBe(true);
  });

  it('fails when a file changes, appears or the target names another deck file', () => {
    const dir = copy();
    const deck = loadDeck(dir, dir);
    const transcript = deck.files[1]!;
    writeFileSync(transcript, `${readFileSync(transcript, 'utf8')}\n`);
    expect(sameInputs(deck, dir, dir)).toBe(false);

    const again = loadDeck(dir, dir);
    expect(sameInputs(again, dir, dir)).toBe(true);
    // The quote curation beside deck.yaml did not exist: now it does.
    writeFileSync(join(dir, 'deck.quotes.yaml'), 'pinned: []\n');
    expect(sameInputs(again, dir, dir)).toBe(false);
    expect(sameInputs(loadDeck(dir, dir), transcript, dir)).toBe(false);
  });
});
