import type { Plugin } from 'vite';
import { contentSecurityPolicy, inlineScriptHashes, speakerViewScriptHashes, withPolicy } from '../io/csp.ts';
import { presentBuildFromEnv } from '../shared/follow.ts';

/* The policy (src/io/csp.ts), added to every page the build writes. */

/** A built page with its policy: its own inline scripts' hashes and the speaker view's. */
export function withDeckPolicy(html: string): string {
  // A copy for `transcript-deck present` connects to its server's WebSocket, and to nothing else.
  const present = presentBuildFromEnv(process.env);
  const connect = present ? [present.socketOrigin] : undefined;
  return withPolicy(html, contentSecurityPolicy([...inlineScriptHashes(html), ...speakerViewScriptHashes()], connect));
}

/** Adds the policy to every HTML file of the build, after the single-file deck has been inlined. */
export function deckCsp(): Plugin {
  return {
    name: 'transcript-deck:csp',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : Buffer.from(file.source).toString('utf8');
          file.source = withDeckPolicy(html);
        }
      },
    },
  };
}
