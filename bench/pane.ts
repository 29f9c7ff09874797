import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack, { type Configuration, type Stats } from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded as webpack itself loads it
const makeConfig: (env: object, argv: { mode: string }) => Configuration = require('../webpack.config.js');

const compile = (config: Configuration): Promise<Stats> =>
  new Promise((resolve, reject) => webpack(config, (error, stats) => (error || !stats ? reject(error) : resolve(stats))));

/** What the task pane loads before it can draw, gzipped, in KB: the production build's `taskpane` entry. */
export async function paneStartGzipKb(): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'perfplan-bench-pane-'));
  try {
    const config = makeConfig({}, { mode: 'production' });
    const stats = await compile({ ...config, mode: 'production', devtool: false, output: { ...config.output, path: out } });
    const files = stats.compilation.entrypoints
      .get('taskpane')!
      .getFiles()
      .filter((f) => f.endsWith('.js'));
    return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f))).length, 0) / 1024;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
