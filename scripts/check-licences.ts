/*
 * `npm run licences`: every package in package-lock.json (the production and the dev tree, as
 * `npm ci` installs them) against the allowed licences of scripts/licences/policy.ts; exits 1
 * when any is refused. `npm run licences -- <lock file>` checks another lock file.
 */
import { readFileSync } from 'node:fs';
import { checkLicences, licenceReport, type PackageLock } from './licences/check.ts';

const lockFile = process.argv[2] ?? new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as PackageLock;
const { ok, text } = licenceReport(checkLicences(lock));
console.log(text);
process.exitCode = ok ? 0 : 1;
