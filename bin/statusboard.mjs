#!/usr/bin/env node
// The `statusboard` CLI (package.json "bin"). Registers tsx so the TypeScript source runs as is.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/statusboard/cli.ts');
process.exitCode = await run(process.argv, {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
});
