/**
 * `npm run examples`: writes the example workbooks from the fixtures (test/examples.test.ts fails when a
 * committed file no longer matches what this makes).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { sheetsToWorkbook } from '../src/workbook/xlsx/fromSheets';
import { buildWorkbook } from '../test/fixtures/build';
import { INVENTED } from '../test/fixtures/invented';
import { SEED } from '../test/fixtures/seed';

export const EXAMPLES_DIR = join(__dirname, '..', 'examples');

/** Each example file and the workbook it holds. */
export const EXAMPLES: Record<string, () => ExcelJS.Workbook> = {
  // The seed as the document lays it out: the file the README's demo checks.
  'seed.xlsx': () => sheetsToWorkbook(buildWorkbook([SEED], 'document').sheets),
  'two-departments.xlsx': () => sheetsToWorkbook(buildWorkbook(INVENTED, 'byKind').sheets),
  'messy.xlsx': () => sheetsToWorkbook(buildWorkbook([SEED], 'messy').sheets),
};

async function main(): Promise<void> {
  mkdirSync(EXAMPLES_DIR, { recursive: true });
  for (const [file, make] of Object.entries(EXAMPLES)) {
    await make().xlsx.writeFile(join(EXAMPLES_DIR, file));
    process.stderr.write(`wrote examples/${file}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
