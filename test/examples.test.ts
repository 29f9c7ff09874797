import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLES, EXAMPLES_DIR } from '../scripts/make-examples';
import { excelSnapshot } from './fixtures/build/excelSnapshot';

async function load(bytes: ExcelJS.Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

/** A stale example (fixtures or builders changed, `npm run examples` not run) fails here. */
describe('committed examples', () => {
  it.each(Object.keys(EXAMPLES))('examples/%s holds what make-examples makes now', async (file) => {
    const committed = await load(readFileSync(join(EXAMPLES_DIR, file)) as unknown as ExcelJS.Buffer);
    const fresh = await load(await EXAMPLES[file]().xlsx.writeBuffer());
    const snapshot = excelSnapshot(committed);
    expect(snapshot.every((sheet) => Object.keys(sheet.cells).length > 0)).toBe(true);
    expect(snapshot).toEqual(excelSnapshot(fresh));
  });
});
