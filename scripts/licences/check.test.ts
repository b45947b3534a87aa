import { describe, expect, it } from 'vitest';
import { checkLicences, licenceReport, type PackageLock } from './check.ts';

/** A lock file with one package a name: [licence, options]. */
function lockOf(packages: Record<string, { license?: unknown; dev?: boolean; devOptional?: boolean; link?: boolean }>): PackageLock {
  const entries: PackageLock['packages'] = { '': { version: '0.1.0', license: 'MIT' } };
  for (const [name, entry] of Object.entries(packages)) entries[`node_modules/${name}`] = { version: '1.0.0', ...entry };
  return { packages: entries };
}

const problems = (lock: PackageLock) => Object.fromEntries(checkLicences(lock).filter((r) => r.problem).map((r) => [r.name, r.problem]));

describe('the licence check', () => {
  it('passes permissive licences, expressions of them, fonts under OFL, and a choice with one permissive side', () => {
    const lock = lockOf({ a: { license: 'MIT' }, b: { license: 'ISC' }, c: { license: 'Apache-2.0' }, d: { license: 'MIT AND OFL-1.1' }, e: { license: '(MIT OR GPL-3.0-or-later)' }, f: { license: '0BSD' } });
    expect(problems(lock)).toEqual({});
    expect(licenceReport(checkLicences(lock)).ok).toBe(true);
  });

  it('fails a copyleft licence, and an AND with one refused side', () => {
    const lock = lockOf({ gpl: { license: 'GPL-3.0-only' }, both: { license: 'MIT AND AGPL-3.0-only' }, fine: { license: 'MIT' } });
    expect(problems(lock)).toEqual({ gpl: 'GPL-3.0-only is not on the allowed list', both: 'MIT AND AGPL-3.0-only is not on the allowed list' });
    const report = licenceReport(checkLicences(lock));
    expect(report.ok).toBe(false);
    expect(report.text).toContain('✗ gpl@1.0.0 (production): GPL-3.0-only is not on the allowed list');
  });

  it('accepts file-level copyleft (MPL-2.0) for build and test tools, not in what ships', () => {
    const lock = lockOf({ tool: { license: 'MPL-2.0', dev: true }, optionalTool: { license: 'MPL-2.0', devOptional: true }, shipped: { license: 'MPL-2.0' } });
    expect(problems(lock)).toEqual({ shipped: 'MPL-2.0 is allowed for build and test tools only, and this is in the production tree' });
  });

  it('fails a package with no licence, or with a licence that is not an SPDX expression', () => {
    const lock = lockOf({ none: {}, legacy: { license: { type: 'MIT' } }, custom: { license: 'SEE LICENSE IN LICENSE.txt' } });
    expect(problems(lock)).toEqual({ none: 'declares no licence', legacy: 'declares no licence', custom: 'SEE LICENSE IN LICENSE.txt is not an SPDX licence expression' });
  });

  it('refuses chinese-lexicon though it declares ISC: its frequency data is for research use only', () => {
    const lock = lockOf({ 'chinese-lexicon': { license: 'ISC' } });
    expect(problems(lock)['chinese-lexicon']).toMatch(/^refused whatever it declares \(ISC\): .*research use only/);
  });

  it('names nested packages by their own name, and skips links and the project itself', () => {
    const lock: PackageLock = {
      packages: {
        '': { license: 'GPL-3.0-only' },
        'node_modules/a/node_modules/@scope/b': { version: '2.0.0', license: 'GPL-2.0-only' },
        'node_modules/linked': { link: true },
      },
    };
    expect(checkLicences(lock).map((r) => [r.name, r.version, r.problem])).toEqual([['@scope/b', '2.0.0', 'GPL-2.0-only is not on the allowed list']]);
  });
});
