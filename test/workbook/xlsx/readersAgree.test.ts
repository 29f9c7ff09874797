import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realDeps, type Deps } from '../../../src/cli/deps';
import { run } from '../../../src/cli/main';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { sheetsToWorkbook } from '../../../src/workbook/xlsx/fromSheets';
import { captureIo, tempDir } from '../../cli/fakes';
import { buildWorkbook, type Layout } from '../../fixtures/build';
import { INVENTED } from '../../fixtures/invented';
import { SEED } from '../../fixtures/seed';
import { readXlsx as readWithExceljs } from './exceljsReader/read';

/**
 * The lean reader (fflate + saxes) against the exceljs reader it replaced, until that one is removed: the same
 * sheets, and the same `tables --json` and `check --json`, on every example and every fixture layout.
 */

const EXAMPLES_DIR = join(__dirname, '..', '..', '..', 'examples');
const dir = tempDir();
const LAYOUTS: Layout[] = ['document', 'byKind', 'messy'];

const exceljsDeps: Deps = { ...realDeps, read: async (path) => readWithExceljs(new Uint8Array(readFileSync(path))) };

async function json(argv: string[], deps: Deps): Promise<{ code: number; stdout: string }> {
  const { io, out } = captureIo();
  const code = await run(argv, io, deps);
  return { code, stdout: out.stdout };
}

async function fixtureFile(name: string, layout: Layout): Promise<string> {
  const file = join(dir, `${name}-${layout}.xlsx`);
  const workbook = sheetsToWorkbook(buildWorkbook([SEED, ...INVENTED], layout).sheets);
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

/** A plan with a report table drawn in: its area is marked by a defined name both readers must find. */
async function withReport(): Promise<string> {
  const file = join(dir, 'with-report.xlsx');
  const { io } = captureIo();
  expect(await run(['report', join(EXAMPLES_DIR, 'seed.xlsx'), '--table', 't3', '-o', file], io)).toBe(0);
  return file;
}

const files: Array<[string, () => Promise<string>]> = [
  ...readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f): [string, () => Promise<string>] => [`examples/${f}`, async () => join(EXAMPLES_DIR, f)]),
  ...LAYOUTS.map((layout): [string, () => Promise<string>] => [
    `fixtures in the ${layout} layout`,
    () => fixtureFile('city', layout),
  ]),
  ['a plan with a report sheet', withReport],
];

describe.each(files)('%s: both readers agree', (_name, make) => {
  let file: string;
  beforeAll(async () => {
    file = await make();
  });

  it('reads the same sheets', async () => {
    const bytes = new Uint8Array(readFileSync(file));
    const [lean, old] = [await readXlsx(bytes), await readWithExceljs(bytes)];
    expect(lean.ok).toBe(true);
    expect(lean).toStrictEqual(old); // holes, lengths and absent keys included
    if (file.endsWith('with-report.xlsx') && lean.ok) expect(lean.sheets.some((s) => s.reports?.length)).toBe(true);
  });

  it.each([['tables'], ['check']])('prints the same %s --json', async (command) => {
    const [lean, old] = [await json([command, file, '--json'], realDeps), await json([command, file, '--json'], exceljsDeps)];
    expect(JSON.parse(lean.stdout)).toEqual(JSON.parse(old.stdout));
    expect(lean.code).toBe(old.code);
  });
});
