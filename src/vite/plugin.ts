import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { sendFile } from '../io/send-file.ts';
import { mediaType } from '../io/static-server.ts';
import type { Plugin, ViteDevServer } from 'vite';
import { codeFrame, formatDiagnostic, forReading, hasErrors } from '../pipeline/diagnostics.ts';
import type { Diagnostic } from '../pipeline/types.ts';
import { loadDeck, sameInputs, type LoadedDeck } from '../io/load-deck.ts';
import { deckPageParts, SLIDES_PLACEHOLDER, type DeckPageParts } from './page.ts';
import { UPDATE_EVENT, type DeckUpdate } from '../shared/deck-update.ts';
import { settleAfterChanges } from './settle.ts';
import { textDirection } from '../shared/direction.ts';

export interface TranscriptDeckOptions {
  /**
   * The deck: a folder holding `deck.yaml`, a `deck.yaml`, or a bare transcript.
   * @defaultValue `process.env.TRANSCRIPT_DECK` or `slides`
   */
  deck?: string;
  /**
   * A deck already loaded by the caller (the CLI) with `loadDeck(<the deck>, cwd)`: the build
   * reuses it, as a rebuild does, when `cwd` is the project root and its files are unchanged.
   */
  reuse?: { deck: LoadedDeck; cwd: string };
}

/**
 * Runs the pipeline at build time and puts the finished slides into index.html, so the browser
 * only starts reveal.js. In dev, a change to any file the deck is built from swaps the slides in
 * place (the presenter stays on the same slide) or shows the problem in Vite's overlay.
 */
/** What other plugins may ask of this one (Vite's `api` convention): the deck's page, filled in. */
export interface TranscriptDeckApi {
  page(template: string): string;
}

/** index.html with the deck's slides, language, theme, title and client config in it. */
export function fillPage(html: string, parts: DeckPageParts): string {
  return html
    .replace(SLIDES_PLACEHOLDER, parts.slides)
    .replace(/<html lang="[^"]*"/, `<html lang="${parts.lang}"${textDirection(parts.lang) === 'rtl' ? ' dir="rtl"' : ''} data-theme="${parts.config.theme}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${parts.titleHtml}</title>`)
    .replace('</head>', `${parts.configScript}\n</head>`);
}

/** What a build tells of a deck: its warnings (past five of a kind, counted), and its notes with `TRANSCRIPT_DECK_VERBOSE` set. */
export function deckNotices(deck: LoadedDeck): { warnings: string[]; infos: string[] } {
  const { shown, more } = forReading(deck.diagnostics.filter((d) => d.severity === 'warning'));
  const infos = process.env['TRANSCRIPT_DECK_VERBOSE'] ? deck.diagnostics.filter((x) => x.severity === 'info').map(formatDiagnostic) : [];
  return { warnings: [...shown.map(formatDiagnostic), ...more], infos };
}

export function transcriptDeck(options: TranscriptDeckOptions = {}): Plugin {
  let root = process.cwd();
  let loaded: LoadedDeck | undefined = options.reuse?.deck;
  let command: 'build' | 'serve' = 'serve';
  const target = (): string => resolve(root, options.deck ?? process.env['TRANSCRIPT_DECK'] ?? 'slides');
  let loadedFrom = options.reuse ? `${target()}\0${options.reuse.cwd}` : '';
  // A rebuild (a second build in the same process, a touched but unchanged file) that finds every
  // file the deck was read from as it was reuses the deck instead of running the pipeline again.
  const load = (): LoadedDeck => {
    const from = target();
    if (loaded && loadedFrom === `${from}\0${root}` && sameInputs(loaded, from, root)) return loaded;
    loadedFrom = `${from}\0${root}`;
    return (loaded = loadDeck(from, root));
  };

  return {
    name: 'transcript-deck',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    buildStart() {
      const deck = load();
      for (const file of deck.files) this.addWatchFile(file);
      const { warnings, infos } = deckNotices(deck);
      for (const line of warnings) this.warn(line);
      for (const line of infos) this.info(line);
      const errors = deck.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0 && command === 'build') {
        const first = errors[0]!;
        this.error({
          message: errors.map(formatDiagnostic).join('\n'),
          id: first.file,
          frame: codeFrame(deck.sources.get(first.file) ?? '', first),
          ...(first.span ? { loc: { file: first.file, line: first.span.start.line, column: first.span.start.column } } : {}),
        });
      }
    },
    // The recording the quote slides play goes beside the page (index.html and deck.html alike), never inlined.
    generateBundle() {
      const media = loaded?.mediaPath;
      if (media) this.emitFile({ type: 'asset', fileName: basename(media), source: readFileSync(media) });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        return fillPage(html, deckPageParts(loaded ?? load()));
      },
    },
    api: {
      page: (template: string) => fillPage(template, deckPageParts(loaded ?? load())),
    } satisfies TranscriptDeckApi,
    configureServer(server) {
      // The dev server serves the recording under its name, beside the page, as the build puts it.
      server.middlewares.use((request, response, next) => {
        const media = loaded?.mediaPath;
        const stat = media ? statSync(media, { throwIfNoEntry: false }) : undefined;
        if (!media || !stat || decodeURIComponent((request.url ?? '').split('?')[0]!) !== `/${basename(media)}`) return next();
        sendFile(request, response, media, stat, { 'content-type': mediaType(media) });
      });
      const files = (): string[] => loaded?.files ?? [];
      server.watcher.add(files());
      server.ws.on('connection', () => {
        if (loaded && hasErrors(loaded.diagnostics)) sendError(server, loaded);
      });
      const refresh = (): void => {
        const deck = load();
        server.watcher.add(deck.files);
        if (hasErrors(deck.diagnostics)) {
          sendError(server, deck);
          return;
        }
        const parts: DeckPageParts = deckPageParts(deck);
        const update: DeckUpdate = { slides: parts.slides, config: parts.config, title: parts.title, lang: parts.lang };
        server.ws.send({ type: 'custom', event: UPDATE_EVENT, data: update });
      };
      // A save the watcher saw only in part is loaded again once its bytes differ from what was read.
      const settle = settleAfterChanges(() => {
        if (loaded && !sameInputs(loaded, target(), root)) refresh();
      });
      server.httpServer?.once('close', settle.stop);
      server.watcher.on('change', (file) => {
        if (!files().includes(resolve(file))) return;
        refresh();
        settle.changed();
      });
    },
  };
}

function sendError(server: ViteDevServer, deck: LoadedDeck): void {
  const errors: Diagnostic[] = deck.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0]!;
  const message = errors.map(formatDiagnostic).join('\n');
  server.ws.send({
    type: 'error',
    err: {
      message,
      // The overlay shows `stack` under the message; the problem is in the transcript, not in our code.
      stack: '',
      plugin: 'transcript-deck',
      id: first.file,
      frame: codeFrame(deck.sources.get(first.file) ?? '', first),
      ...(first.span ? { loc: { file: first.file, line: first.span.start.line, column: first.span.start.column } } : {}),
    },
  });
  server.config.logger.error(message, { timestamp: true });
}
