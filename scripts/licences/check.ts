import satisfies from 'spdx-satisfies';
import { ALLOWED, ALLOWED_IN_DEV, REFUSED } from './policy.ts';

/** The parts of an npm lock file (lockfileVersion 2 or 3) the check reads. */
export interface PackageLock {
  packages: Record<string, LockedPackage>;
}

interface LockedPackage {
  version?: string;
  license?: unknown;
  /** Only in the dev tree (`devOptional`: in the dev and optional trees, not in production). */
  dev?: boolean;
  devOptional?: boolean;
  /** A link to a package elsewhere in the tree (a workspace): that entry is checked instead. */
  link?: boolean;
}

export interface PackageLicence {
  name: string;
  version: string;
  /** The declared licence expression, or undefined when there is none (or not as a string). */
  licence: string | undefined;
  tree: 'production' | 'dev';
  /** Why it is refused; undefined when it passes. */
  problem: string | undefined;
}

const nameOf = (path: string): string => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Every installed package of the lock, with its licence and whether the policy accepts it. */
export function checkLicences(lock: PackageLock): PackageLicence[] {
  const results: PackageLicence[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.link || !path.includes('node_modules/')) continue;
    const name = nameOf(path);
    const licence = typeof entry.license === 'string' ? entry.license : undefined;
    const tree = entry.dev || entry.devOptional ? 'dev' : 'production';
    results.push({ name, version: entry.version ?? '?', licence, tree, problem: problemWith(name, licence, tree) });
  }
  return results.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function problemWith(name: string, licence: string | undefined, tree: PackageLicence['tree']): string | undefined {
  const refused = REFUSED[name];
  if (refused) return `refused whatever it declares (${licence ?? 'nothing'}): ${refused}`;
  if (licence === undefined) return 'declares no licence';
  const allowed: readonly string[] = tree === 'dev' ? [...ALLOWED, ...ALLOWED_IN_DEV] : ALLOWED;
  try {
    if (satisfies(licence, allowed)) return undefined;
  } catch {
    return `${licence} is not an SPDX licence expression`;
  }
  const devOnly = tree === 'production' && satisfies(licence, [...ALLOWED, ...ALLOWED_IN_DEV]);
  return devOnly ? `${licence} is allowed for build and test tools only, and this is in the production tree` : `${licence} is not on the allowed list`;
}

/** The report: licences with their counts, then every refused package; `ok` when there is none. */
export function licenceReport(results: readonly PackageLicence[]): { ok: boolean; text: string } {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.licence ?? '(none)', (counts.get(r.licence ?? '(none)') ?? 0) + 1);
  const refused = results.filter((r) => r.problem);
  const lines = [
    `Licences of ${results.length} packages (${results.filter((r) => r.tree === 'production').length} in production, the rest dev only):`,
    ...[...counts].sort((a, b) => b[1] - a[1]).map(([licence, n]) => `  ${licence}: ${n}`),
    ...refused.map((r) => `✗ ${r.name}@${r.version} (${r.tree}): ${r.problem}`),
    refused.length === 0 ? 'Every licence is on the allowed list (scripts/licences/policy.ts).' : `${refused.length} package(s) refused: see scripts/licences/policy.ts for the allowed list.`,
  ];
  return { ok: refused.length === 0, text: lines.join('\n') };
}
