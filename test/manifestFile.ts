import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const DEV_ORIGIN = 'https://localhost:3000/';

/** Every absolute URL the manifest names (attribute values), in document order. */
export const manifestUrls = (xml: string): string[] =>
  [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);

export const readManifest = (): string => readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
