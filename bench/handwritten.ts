/**
 * The hand-written reveal.js pages the deck is compared with, made from our build's <section>s:
 * the plain page (the floor of what is built and shipped) and the same page with our look.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The hand-written page: the same <section>s in a plain reveal.js 6 page, built by Vite with no plugins. */
export function writeHandwritten(oursDist: string, handRoot: string): void {
  const built = readFileSync(join(oursDist, 'index.html'), 'utf8');
  const first = built.indexOf('<section');
  const last = built.lastIndexOf('</section>');
  if (first < 0 || last < 0) throw new Error('no <section> in the built index.html');
  const sections = built.slice(first, last + '</section>'.length);
  const lang = /<html lang="([^"]+)"/.exec(built)?.[1] ?? 'en';
  const title = /<title>([^<]*)<\/title>/.exec(built)?.[1] ?? 'deck';
  rmSync(handRoot, { recursive: true, force: true });
  mkdirSync(handRoot, { recursive: true });
  writeFileSync(
    join(handRoot, 'index.html'),
    `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    <div class="reveal">
      <div class="slides">
${sections}
      </div>
    </div>
  </body>
</html>
`,
  );
  writeFileSync(
    join(handRoot, 'main.js'),
    `import Reveal from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import 'reveal.js/reveal.css';
await (window.Reveal = new Reveal({ hash: true, plugins: [RevealNotes] })).initialize();
performance.mark('td-ready');
`,
  );
}
/**
 * The hand-written page with our look: the same <section>s, our built CSS (reveal.js's and our
 * theme) and our cut fonts as static files, preloaded as ours are. A presenter who wrote this deck
 * by hand with the same typography would ship this; it is not what the budgets compare with (they
 * keep the plain page), it shows how much of each gap is the look and how much is the tool.
 */
export function writeStyled(oursDist: string, handRoot: string, styledRoot: string): void {
  const built = readFileSync(join(oursDist, 'index.html'), 'utf8');
  const hand = readFileSync(join(handRoot, 'index.html'), 'utf8');
  rmSync(styledRoot, { recursive: true, force: true });
  mkdirSync(join(styledRoot, 'fonts'), { recursive: true });
  const assets = join(oursDist, 'assets');
  const fonts = readdirSync(assets).filter((f) => f.endsWith('.woff2'));
  for (const font of fonts) cpSync(join(assets, font), join(styledRoot, 'fonts', font));
  const faces = (/<style id="td-fonts">([\s\S]*?)<\/style>/.exec(built)?.[1] ?? '').replaceAll('./assets/', './fonts/');
  const css = readdirSync(assets).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  writeFileSync(join(styledRoot, 'deck.css'), `${faces}\n${css}`);
  const preloads = fonts.filter((f) => built.includes(`rel="preload" href="./assets/${f}"`)).map((f) => `    <link rel="preload" href="./fonts/${f}" as="font" type="font/woff2" crossorigin />`);
  const htmlTag = /<html[^>]*>/.exec(built)?.[0] ?? '<html>';
  writeFileSync(join(styledRoot, 'index.html'), hand.replace(/<html[^>]*>/, htmlTag).replace('  </head>', `${preloads.join('\n')}\n  </head>`));
  writeFileSync(join(styledRoot, 'main.js'), readFileSync(join(handRoot, 'main.js'), 'utf8').replace("import 'reveal.js/reveal.css';", "import './deck.css';"));
}
