/**
 * The CLI as `npm run pack` bundles it, built once per jest run (test/setup/packedCliSetup.ts): tests that run the
 * CLI as a child process for what it does (exit codes, messages, files written) start this one file instead of the
 * TypeScript entry under tsx, which transpiled and loaded the sources in every child (about 1 s of CPU each). The
 * dev entry itself is still run as a child by test/cli/main.test.ts, test/cli/checkMany.test.ts and
 * test/build/pack.test.ts (which also holds the packed CLI to the dev CLI's outputs).
 */
export const ENV = 'PERFPLAN_PACKED_CLI';

/** node's arguments that run the packed CLI: `spawnSync(process.execPath, [...packedCli(), 'check', file])`. */
export function packedCli(): string[] {
  const file = process.env[ENV];
  if (file === undefined) throw new Error(`${ENV} is unset: run jest with jest.config.js (its globalSetup packs the CLI)`);
  return [file];
}
