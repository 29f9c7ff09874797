import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack, { type Configuration, type Module, type Stats } from 'webpack';
import { DEV_ORIGIN, manifestUrls, readManifest } from '../manifestFile';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded as webpack itself loads it
const makeConfig: (env: object, argv: { mode: string }) => Configuration = require('../../webpack.config.js');

/** What the pane may load before it can draw: Excel on the web over a slow office link still opens it quickly. */
const START_LIMIT_GZIP = 300 * 1024;

const compile = (config: Configuration): Promise<Stats> =>
  new Promise((resolve, reject) => webpack(config, (error, stats) => (error || !stats ? reject(error) : resolve(stats))));

/** A concatenated module hides the modules it inlined; list them too. */
const inlined = (m: Module): Module[] => ('modules' in m && Array.isArray(m.modules) ? (m.modules as Module[]) : [m]);

describe('production build', () => {
  const out = mkdtempSync(join(tmpdir(), 'perfplan-bundle-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('keeps the task pane’s start bundle small and free of exceljs', async () => {
    const config = makeConfig({}, { mode: 'production' });
    const stats = await compile({ ...config, mode: 'production', devtool: false, output: { ...config.output, path: out } });
    expect(stats.toString({ all: false, errors: true, errorDetails: false })).not.toMatch(/ERROR/);

    const { compilation } = stats;
    const start = compilation.entrypoints.get('taskpane')!;
    const files = start.getFiles().filter((f) => f.endsWith('.js'));
    const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f))).length, 0);
    const resources = start.chunks
      .flatMap((chunk) => [...compilation.chunkGraph.getChunkModulesIterable(chunk)])
      .flatMap(inlined)
      .map((m) => m.nameForCondition() ?? '');

    console.log(
      `task pane start bundle: ${(gzipped / 1024).toFixed(1)} KB gzipped (${files.join(', ')}); limit ${START_LIMIT_GZIP / 1024} KB`,
    );
    expect(resources.some((r) => r.includes('/src/taskpane/App.tsx'))).toBe(true);
    expect(resources.filter((r) => /[\\/]node_modules[\\/]exceljs[\\/]/.test(r))).toEqual([]);
    expect(gzipped).toBeLessThanOrEqual(START_LIMIT_GZIP);
    // Every URL of the manifest is a file this build wrote.
    const emitted = new Set(Object.keys(compilation.assets));
    expect(
      manifestUrls(readManifest())
        .map((u) => u.slice(DEV_ORIGIN.length))
        .filter((p) => !emitted.has(p)),
    ).toEqual([]);
  }, 240_000);
});
