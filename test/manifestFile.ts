import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const DEV_ORIGIN = 'https://localhost:3000/';
/** An intranet host and path, as `npm run build -- --env host=…` is given it. */
export const INTRANET_BASE = 'https://perfplan.example.go.kr/plan/';

/** Every absolute URL the manifest names (attribute values), in document order. */
export const manifestUrls = (xml: string): string[] =>
  [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);

export const readManifest = (): string => readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/**
 * What is wrong with a manifest meant for `base`, as one value for one assertion: any mention of localhost, the URLs
 * outside `base`, and the files under it that `exists` does not know (paths relative to the add-in's folder).
 */
export function manifestProblems(xml: string, base: string, exists: (path: string) => boolean) {
  const urls = manifestUrls(xml);
  return {
    localhost: xml.includes('localhost'),
    offBase: urls.filter((u) => !u.startsWith(base)),
    missing: urls
      .filter((u) => u.startsWith(base))
      .map((u) => u.slice(base.length))
      .filter((path) => !exists(path)),
  };
}

export const NO_PROBLEM = { localhost: false, offBase: [], missing: [] };
