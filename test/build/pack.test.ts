import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { unzipSync } from 'fflate';
import { packCli } from '../../scripts/pack';
import { brokenSheets, xlsxBytes } from '../e2e/support/plan';

const ROOT = join(__dirname, '..', '..');

/** A run's whole visible result, so one assertion compares the one-file CLI with the dev CLI. */
type Run = { status: number | null; stdout: string; stderr: string };

const spawn = (args: string[], cwd: string): Run => {
  // spawnSync blocks jest's own timeout, so the child gets one. NODE_PATH unset: nothing outside the folder may help.
  const { NODE_PATH: _, ...env } = process.env;
  const child = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
};

/** The dev CLI as test/cli/main.test.ts runs it: the TypeScript entry under tsx, from the project. */
const dev = (args: string[]): Run => spawn(['--import', 'tsx', 'src/cli/main.ts', ...args], ROOT);

/** Every folder from `dir` up to the root: where Node would look for a node_modules. */
const upFrom = (dir: string): string[] => (dir === parse(dir).root ? [dir] : [dir, ...upFrom(dirname(dir))]);

/** The parts of an .xlsx and their bytes: the zip's timestamps differ between two runs, the contents must not. */
const parts = (file: string): Record<string, Buffer> =>
  Object.fromEntries(Object.entries(unzipSync(readFileSync(file))).map(([name, bytes]) => [name, Buffer.from(bytes)]));

describe('npm run pack: the CLI as one file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'perfplan-pack-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  beforeAll(async () => {
    expect(await packCli(join(folder, 'perfplan.cjs'))).toEqual([]);
    mkdirSync(join(folder, 'examples'));
    for (const f of readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.xlsx')))
      copyFileSync(join(ROOT, 'examples', f), join(folder, 'examples', f));
    writeFileSync(join(folder, 'examples', 'broken.xlsx'), await xlsxBytes(brokenSheets()));
  }, 120_000);

  it('is one file in a folder with no node_modules on the way up', () => {
    expect(readdirSync(folder).sort()).toEqual(['examples', 'perfplan.cjs']);
    expect(upFrom(folder).filter((dir) => existsSync(join(dir, 'node_modules')))).toEqual([]);
    expect(readFileSync(join(folder, 'perfplan.cjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it.each([
    [['check', 'examples/seed.xlsx'], 0],
    [['check', 'examples/seed.xlsx', '--json'], 0],
    // Several files: the one file is its own worker script.
    [['check', 'examples/seed.xlsx', 'examples/two-departments.xlsx'], 0],
    [['check', 'examples/broken.xlsx', '--lang', 'en'], 1],
    [['tables', 'examples/two-departments.xlsx'], 0],
    [['--version'], 0],
  ])(
    'prints what the dev CLI prints: perfplan %p (exit %p)',
    (args, status) => {
      const packed = spawn(['perfplan.cjs', ...args], folder);
      const atProject = args.map((a) => (a.startsWith('examples/') ? join(folder, a) : a));
      // The dev CLI is given the files by their full paths, and says them so (its columns padded to them): the rest
      // must be the same.
      const columns = (text: string) => text.replace(/ {2,}/g, '  ');
      const fromDev = dev(atProject);
      expect({ ...packed, stdout: columns(packed.stdout) }).toEqual({
        ...fromDev,
        stdout: columns(fromDev.stdout.replaceAll(`${folder}/`, '')),
      });
      expect(packed.status).toBe(status);
      expect(packed.stdout).not.toBe('');
    },
    120_000,
  );

  it('recomputes to the same file as the dev CLI', () => {
    const packed = spawn(['perfplan.cjs', 'recompute', 'examples/broken.xlsx', '-o', 'packed.xlsx'], folder);
    const fromDev = dev(['recompute', join(folder, 'examples', 'broken.xlsx'), '-o', join(folder, 'dev.xlsx')]);
    expect(packed).toEqual({ ...fromDev, stdout: fromDev.stdout.replace(join(folder, 'dev.xlsx'), 'packed.xlsx') });
    expect(packed.status).toBe(0); // the one typo corrected: the output checks clean
    expect(parts(join(folder, 'packed.xlsx'))).toEqual(parts(join(folder, 'dev.xlsx')));
    expect(parts(join(folder, 'packed.xlsx'))).not.toEqual(parts(join(folder, 'examples', 'broken.xlsx')));
  }, 120_000);
});
