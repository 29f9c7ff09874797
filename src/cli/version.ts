import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** package.json sits two folders up both from src/cli (tsx) and from dist/cli (the built bin). */
export const packageVersion = (): string =>
  (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
