import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack, { type Configuration, type Module, type Stats } from 'webpack';
import { INTRANET_BASE, manifestProblems, NO_PROBLEM } from '../manifestFile';
import { makeConfig, testCache } from '../webpackBuild';

/** What the pane may load before it can draw: Excel on the web over a slow office link still opens it quickly. */
const START_LIMIT_GZIP = 300 * 1024;

const compile = (config: Configuration): Promise<Stats> =>
  new Promise((resolve, reject) => webpack(config, (error, stats) => (error || !stats ? reject(error) : resolve(stats))));

/** A concatenated module hides the modules it inlined; list them too. */
const inlined = (m: Module): Module[] => ('modules' in m && Array.isArray(m.modules) ? (m.modules as Module[]) : [m]);

/** Every file under `dir`, as paths relative to it with `/`. */
const filesUnder = (dir: string, prefix = ''): string[] =>
  readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, path)).isDirectory() ? filesUnder(dir, path) : [path];
  });

describe('production build', () => {
  const out = mkdtempSync(join(tmpdir(), 'perfplan-bundle-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('keeps the task pane’s start bundle small and free of exceljs', async () => {
    // As `npm run build -- --env host=…` builds it for an intranet host, source map setting and all.
    const config = makeConfig({ host: INTRANET_BASE }, { mode: 'production' });
    const stats = await compile({ ...config, mode: 'production', output: { ...config.output, path: out }, cache: testCache });
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

    // The manifest it wrote names the intranet host only, and every file it names is in the folder to publish.
    const written = filesUnder(out);
    expect(
      manifestProblems(readFileSync(join(out, 'manifest.xml'), 'utf8'), INTRANET_BASE, (p) => existsSync(join(out, p))),
    ).toEqual(NO_PROBLEM);
    // What ships: no source maps (they would publish the source), Office.js from the add-in's own folder.
    expect(written.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(written).toEqual(
      expect.arrayContaining(['office-js/office.js', 'office-js/excel-win32-16.01.js', 'office-js/ko-kr/office_strings.js']),
    );
    expect(readFileSync(join(out, 'taskpane.html'), 'utf8')).toMatch(
      /<!-- Office\.js: the add-in's own copy .*content="office-js\/office\.js"/,
    );
  }, 240_000);
});
