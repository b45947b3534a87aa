import { describe, expect, it } from 'vitest';
import { fontFaceCss } from './css.ts';

describe('glyph collection', () => {
  it('writes @font-face rules that block rather than flash', () => {
    const css = fontFaceCss([{ family: 'TD Noto Sans TC', weight: 700, url: './a.woff2', format: 'woff2' }]);
    expect(css).toContain("font-family:'TD Noto Sans TC'");
    expect(css).toContain('font-weight:700');
    expect(css).toContain('font-display:block');
    expect(css).toContain("url(./a.woff2) format('woff2')");
  });
});
