import { describe, expect, it } from 'vitest';
import { hasCjk, htmlText, pageLang, quoteText } from './page-text.ts';

describe('glyph collection', () => {
  const page = `<!doctype html><html lang="zh-Hant"><head><title>姚順雨 &amp; 談</title>
<style>.x::before { content: '樣式' }</style>
<script type="application/json">{"title":"腳本"}</script>
<script type="module">console.log('程式')</script></head>
<body><!-- 註解 -->
<section id="s1" data-title="屬性"><h2>大<wbr>模型</h2><p>A&#x4E2D;&#25991;&lt;b&gt; &hellip;</p>
<figure><blockquote class="td-blockquote"><p>引文 ok</p></blockquote></figure>
<aside class="notes"><p><strong>備註</strong> → slide</p></aside></section></body></html>`;

  it('takes the text content of slides and notes, with entities decoded', () => {
    const text = htmlText(page);
    for (const expected of ['姚順雨 & 談', '大模型', 'A中文<b> …', '引文 ok', '備註 → slide']) expect(text).toContain(expected);
  });

  it('leaves out scripts, styles, comments and attribute values', () => {
    const text = htmlText(page);
    for (const absent of ['樣式', '腳本', '程式', '註解', '屬性', 's1', 'td-blockquote']) expect(text).not.toContain(absent);
  });

  it('finds the quotes for the quote face', () => {
    expect(quoteText(page).trim()).toBe('引文 ok');
  });

  it('knows a Latin-only page needs no CJK font', () => {
    expect(hasCjk(htmlText('<section><h2>Hello — “world” 123</h2><aside class="notes">Café</aside></section>'))).toBe(false);
    expect(hasCjk(htmlText(page))).toBe(true);
    expect(hasCjk('全形，')).toBe(true);
    expect(hasCjk('、')).toBe(true);
  });
});

describe('choosing the faces', () => {
  it('reads the language off the page', () => {
    expect(pageLang('<!doctype html><html lang="zh-Hans" data-theme="dark">')).toBe('zh-Hans');
    expect(pageLang("<html data-x=1 lang='ja'>")).toBe('ja');
    expect(pageLang('<html>')).toBe('');
  });
});
