import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack, { type Configuration, type MultiStats } from 'webpack';
import { makeConfig, testCache } from '../../webpackBuild';

/** Where the build went: the add-in as shipped (production) and the fake Office as one script. */
export type E2eBuild = { readonly root: string; readonly addin: string; readonly officeFake: string };

/** One webpack run for both, so the tests pay for one compiler start. */
export async function buildForE2e(): Promise<E2eBuild> {
  const root = mkdtempSync(join(tmpdir(), 'perfplan-e2e-'));
  const addin = join(root, 'addin');
  const pane = makeConfig({}, { mode: 'production' });
  const configs: Configuration[] = [
    // Source maps only cost time here; the bundle is otherwise the one `npm run build` ships.
    { ...pane, mode: 'production', devtool: false, output: { ...pane.output, path: addin }, cache: testCache },
    { ...makeConfig({ officeFake: true, out: root }, { mode: 'development' }), cache: testCache },
  ];
  const stats = await new Promise<MultiStats>((resolve, reject) =>
    webpack(configs, (error, result) =>
      error || !result ? reject(error ?? new Error('webpack gave no stats')) : resolve(result),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return { root, addin, officeFake: join(root, 'officeFake.js') };
}
