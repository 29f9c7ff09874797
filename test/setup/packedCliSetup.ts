import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packCli } from '../../scripts/pack';
import { ENV } from './packedCli';

/** Packs the CLI once for the run (esbuild, about a second) and hands its path to the test workers through the environment. */
export default async function globalSetup(): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'perfplan-jest-cli-')), 'perfplan.cjs');
  const warnings = await packCli(file);
  if (warnings.length > 0) throw new Error(`perfplan pack: ${warnings.join('; ')}`);
  process.env[ENV] = file;
}
