import { rmSync } from 'node:fs';
import type { E2eBuild } from './build';

export default async function globalTeardown(): Promise<void> {
  const build = process.env.PERFPLAN_E2E_BUILD;
  if (build) rmSync((JSON.parse(build) as E2eBuild).root, { recursive: true, force: true });
}
