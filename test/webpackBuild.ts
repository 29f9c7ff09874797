import { join } from 'node:path';
import type { Configuration } from 'webpack';

const ROOT = join(__dirname, '..');
const CONFIG = join(ROOT, 'webpack.config.js');

/** webpack.config.js's export: the configuration for `--env` values and `--mode`. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded as webpack itself loads it
export const makeConfig: (env: Record<string, unknown>, argv: { mode: string }) => Configuration = require(CONFIG);

/**
 * webpack's persistent cache for the builds the tests make (test/build/bundle.test.ts and the e2e globalSetup):
 * `npm test` builds the same production bundle twice (for an intranet host, then for the e2e pages), and terser's
 * two passes were most of each build. webpack keys what it caches (modules, minified files) by content and drops it
 * when webpack.config.js, tsconfig.json or a package's version changes; what it writes is the same warm or cold.
 * Under dist/ (git-ignored) of this checkout: never node_modules/.cache, which checkouts may share.
 */
export const testCache: Configuration['cache'] = {
  type: 'filesystem',
  cacheDirectory: join(ROOT, 'dist', 'test-cache', 'webpack'),
  buildDependencies: { config: [CONFIG, join(ROOT, 'tsconfig.json')] },
};
