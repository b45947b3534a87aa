#!/usr/bin/env node
// The CLI is TypeScript; tsx runs it without a separate compile step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
