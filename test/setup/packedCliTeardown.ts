import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ENV } from './packedCli';

/** Removes the folder test/setup/packedCliSetup.ts packed the CLI into. */
export default async function globalTeardown(): Promise<void> {
  const file = process.env[ENV];
  if (file) rmSync(dirname(file), { recursive: true, force: true });
}
