import { resolve } from 'node:path';

/** The folder the browser tests' webServer builds the deck into: `dist`, or `E2E_DIST` when set. */
export const builtDist = (): string => process.env['E2E_DIST'] ?? 'dist';

/** A file of that build, as an absolute path. */
export const builtFile = (name: string): string => resolve(builtDist(), name);
