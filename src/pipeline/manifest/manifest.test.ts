import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileNameTitle, parseManifest } from './manifest.ts';
import { repoRoot } from '../testing/fixtures.ts';

describe('deck.yaml', () => {
  it('reads the sample deck with its featured speaker, host and closing slide', () => {
    const text = readFileSync(`${repoRoot}slides/deck.yaml`, 'utf8');
    const { value, diagnostics } = parseManifest('slides/deck.yaml', text);
    expect(diagnostics).toEqual([]);
    expect(value?.transcript).toBe('agi-next-yao-shunyu.txt');
    expect(value?.speakers.featured.map((s) => s.name)).toEqual(['姚順雨']);
    expect(value?.speakers.featured[0]?.role).toContain('騰訊');
    expect(value?.speakers.hosts.map((s) => s.name)).toEqual(['主持人']);
    expect(value?.slides.after).toEqual(['closing.md']);
    expect(value?.duration).toBe(20);
  });

  it('fills defaults for a manifest that names only the transcript', () => {
    const { value } = parseManifest('deck.yaml', 'transcript: talk.vtt\n');
    expect(value).toMatchObject({ transcript: 'talk.vtt', title: 'Talk', titleFromFileName: true, duration: 20, durationIsDefault: true, speakers: { featured: [], hosts: [] } });
    expect(value?.encoding).toBeUndefined();
  });

  it('reports an unknown key on its line with a suggestion', () => {
    const { value, diagnostics } = parseManifest('deck.yaml', 'transcript: a.txt\ntitel: Hello\n');
    expect(value).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'manifest-unknown-key', span: { start: { line: 2, column: 1 } } });
    expect(diagnostics[0]!.hint).toContain('`title`');
  });

  it('reports a wrong type on the line of the value', () => {
    const { diagnostics } = parseManifest('deck.yaml', 'transcript: a.txt\nduration: twenty\nspeakers:\n  featured: 姚順雨\n');
    expect(diagnostics.map((d) => [d.rule, d.span?.start.line])).toEqual([
      ['manifest-type', 2],
      ['manifest-type', 4],
    ]);
    expect(diagnostics[0]!.message).toBe('Unexpected string `twenty` for `duration`, expected a number');
  });

  it('reports a missing transcript and broken YAML', () => {
    expect(parseManifest('deck.yaml', 'title: x\n').diagnostics[0]?.rule).toBe('manifest-missing-key');
    const broken = parseManifest('deck.yaml', 'transcript: a.txt\ntitle: [unclosed\n');
    expect(broken.value).toBeUndefined();
    expect(broken.diagnostics[0]).toMatchObject({ rule: 'manifest-syntax', severity: 'error' });
    expect(broken.diagnostics[0]!.span!.start.line).toBeGreaterThanOrEqual(2);
  });

  it('wants a file name for the transcript, not a number', () => {
    const { value, diagnostics } = parseManifest('deck.yaml', 'title: x\ntranscript: 42\n');
    expect(value).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ rule: 'manifest-type', span: { start: { line: 2, column: 13 } } });
  });

  it('rejects a duration outside 1–600 minutes', () => {
    expect(parseManifest('deck.yaml', 'transcript: a.txt\nduration: 0\n').diagnostics[0]?.rule).toBe('manifest-range');
  });

  it('reads `encoding:` in any letter case, GBK and ISO-8859-1 as the encodings that read them', () => {
    expect(parseManifest('deck.yaml', 'transcript: a.txt\nencoding: Shift_JIS\n').value?.encoding).toBe('shift_jis');
    expect(parseManifest('deck.yaml', 'transcript: a.txt\nencoding: windows-1252\n').value?.encoding).toBe('windows-1252');
    expect(parseManifest('deck.yaml', 'transcript: a.txt\nencoding: ISO-8859-1\n').value?.encoding).toBe('windows-1252');
    expect(parseManifest('deck.yaml', 'transcript: a.txt\nencoding: gbk\n').value?.encoding).toBe('gb18030');
  });

  it('reports an unknown encoding at its value, listing the names and suggesting the nearest', () => {
    const { value, diagnostics } = parseManifest('deck.yaml', 'transcript: a.txt\nencoding: windows-1525\n');
    expect(value).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'manifest-type', span: { start: { line: 2, column: 11 } } });
    expect(diagnostics[0]!.message).toContain('`shift_jis`');
    expect(diagnostics[0]!.hint).toBe('Did you mean `windows-1252`?');
  });

  it('suggests the nearest value of any list of allowed values', () => {
    expect(parseManifest('deck.yaml', 'transcript: a.txt\ntheme: drak\n').diagnostics[0]!.hint).toBe('Did you mean `dark`?');
  });

  it('keeps the duration it is given, and says when it is the default', () => {
    expect(parseManifest('deck.yaml', 'transcript: a.txt\nduration: 45\n').value).toMatchObject({ duration: 45 });
    expect(parseManifest('deck.yaml', 'transcript: a.txt\nduration: 45\n').value?.durationIsDefault).toBeUndefined();
  });
});

describe('a title made from a file name', () => {
  it.each([
    ['my_talk-2024.txt', 'My talk 2024'],
    ['en-whisper-text-lex-clip', 'En whisper text lex clip'],
    ['transcripts/ACME keynote.v2.vtt', 'ACME keynote v2'],
    ['姚順雨_訪談.txt', '姚順雨_訪談'],
    ['インタビュー.srt', 'インタビュー'],
    ['talk.vtt', 'Talk'],
  ])('%s → %s', (name, title) => {
    expect(fileNameTitle(name)).toBe(title);
  });
});
