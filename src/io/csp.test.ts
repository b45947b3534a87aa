import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, sha256, speakerViewScriptHashes, withPolicy } from './csp.ts';

describe('Content-Security-Policy', () => {
  it('hashes inline scripts but not data blocks or external scripts', () => {
    const html = '<script type="application/json">{"a":1}</script><script type="module" src="./x.js"></script><script type="module">run()</script>';
    expect(inlineScriptHashes(html)).toEqual([sha256('run()')]);
  });

  it('finds the speaker view script that reveal.js writes into its popup', () => {
    const hashes = speakerViewScriptHashes();
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it('allows no inline script but by hash and nothing from another origin', () => {
    const policy = contentSecurityPolicy([sha256('run()')]);
    expect(policy).toContain(`script-src 'self' ${sha256('run()')}`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(policy.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
  });

  it('lets a deck connect to its own origin only, or, served by transcript-deck present, to exactly its socket', () => {
    const directive = (policy: string): string | undefined => policy.split('; ').find((d) => d.startsWith('connect-src'));
    expect(directive(contentSecurityPolicy([]))).toBe("connect-src 'self'");
    expect(directive(contentSecurityPolicy([], ['ws://192.168.1.20:4300']))).toBe('connect-src ws://192.168.1.20:4300');
  });

  it('puts the policy right after the charset, before any script', () => {
    const html = '<html><head>\n<meta charset="utf-8" />\n<script type="module">run()</script></head></html>';
    const out = withPolicy(html, "default-src 'none'");
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
  });
});
