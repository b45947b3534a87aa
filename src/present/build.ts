import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServedCopies } from './server.ts';
import { PRESENT_ENV, SCRIPT_COPIES, type PresentBuild, type ScriptCopy, type ScriptLink } from '../shared/follow.ts';

/*
 * The copies `transcript-deck present` serves, built once the server's address is known (it is in
 * their QR codes and their Content-Security-Policy): the presenter's, with the speaker notes, and
 * the audience's without them, in the deck's own script and, for a Chinese deck, in the other one
 * too. The audience gets the single-file deck (deck.html): once loaded it needs nothing more.
 */

/** The copies; the audience's pages by path: `/` the deck's own script; `/zh-Hans/` and `/zh-Hant/` for a Chinese deck. */
export type PresentCopies = ServedCopies;

const SCRIPT_LABELS: Record<ScriptCopy, string> = { 'zh-Hans': '简体', 'zh-Hant': '繁體' };

/** The script copy a deck's language is, if it is Chinese. */
export function scriptOf(lang: string): ScriptCopy | undefined {
  if (!lang.startsWith('zh')) return undefined;
  return /Hant|-TW|-HK|-MO/i.test(lang) ? 'zh-Hant' : 'zh-Hans';
}

export async function buildPresentCopies(target: string, outDir: string, lang: string, where: { audienceUrl: string; socketOrigin: string }): Promise<PresentCopies> {
  const own = scriptOf(lang);
  const scripts: ScriptLink[] | undefined = own ? SCRIPT_COPIES.map((copy) => ({ lang: copy, label: SCRIPT_LABELS[copy], href: `/${copy}/` })) : undefined;
  const presenterDir = join(outDir, 'presenter');
  await viteBuild(target, presenterDir, { role: 'presenter', ...where }, 'warn');
  const audience = new Map<string, string>();
  const ownDir = join(outDir, 'audience');
  await viteBuild(target, ownDir, { role: 'audience', ...where, ...(scripts ? { scripts } : {}) });
  audience.set('/', join(ownDir, 'deck.html'));
  if (own && scripts) {
    audience.set(`/${own}/`, join(ownDir, 'deck.html'));
    for (const copy of SCRIPT_COPIES.filter((c) => c !== own)) {
      const dir = join(outDir, `audience-${copy}`);
      await viteBuild(target, dir, { role: 'audience', ...where, script: copy, scripts });
      audience.set(`/${copy}/`, join(dir, 'deck.html'));
    }
  }
  return { presenterDir, audience };
}

/** `vite build` with the project's config, told through the environment which copy to make; the deck's warnings are shown by the first build only. */
async function viteBuild(target: string, outDir: string, present: PresentBuild, logLevel: 'warn' | 'error' = 'error'): Promise<void> {
  const { build } = await import('vite');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const before = { deck: process.env['TRANSCRIPT_DECK'], present: process.env[PRESENT_ENV] };
  process.env['TRANSCRIPT_DECK'] = resolve(target);
  process.env[PRESENT_ENV] = JSON.stringify(present);
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel, build: { outDir, emptyOutDir: true } });
  } finally {
    restore('TRANSCRIPT_DECK', before.deck);
    restore(PRESENT_ENV, before.present);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
