/**
 * `npm run pack`: the CLI as one file, `dist/perfplan.cjs`, with every dependency inside, for office PCs that have
 * Node 20 but cannot fetch npm packages (`node perfplan.cjs check plan.xlsx` from any folder).
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
export const PACKED = join(ROOT, 'dist', 'perfplan.cjs');

const version = (): string => (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Bundles src/cli/main.ts into `outfile`; throws when esbuild reports an error, returns its warnings. */
export async function packCli(outfile = PACKED): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // The static `import('../engine')` calls become requires inside the file: nothing is left to load beside it.
    splitting: false,
    // The version --version prints, since the file has no package.json beside it (src/cli/version.ts).
    define: { PERFPLAN_VERSION: JSON.stringify(version()) },
    legalComments: 'eof',
    // Only the sources' worker (run under tsx) resolves tsx; the one file never takes that branch.
    external: ['tsx/cjs'],
    logLevel: 'silent',
  });
  return result.warnings.map((w) => w.text);
}

if (require.main === module) {
  packCli().then(
    (warnings) => {
      for (const w of warnings) process.stderr.write(`perfplan pack: ${w}\n`);
      process.stderr.write(`wrote ${PACKED}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`perfplan pack: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
