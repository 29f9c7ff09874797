import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { check } from '../../src/engine';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { sheetsToWorkbook } from '../../src/workbook/xlsx/fromSheets';
import { buildWorkbook, variant } from '../fixtures/build';
import { SEED } from '../fixtures/seed';
import { entries, withChartAndPivot } from '../workbook/xlsx/patchFixture';
import { captureIo, tempDir } from './fakes';

describe('perfplan recompute on a workbook with a chart and a pivot cache', () => {
  it('fills the derived cells and keeps every other part of the package byte for byte', async () => {
    // 계 예산액 blank: recompute must fill it; everything the workbook holds besides that cell must survive.
    const blanked = variant(SEED, (p) => void (p.budget.계.budget = ''));
    const original = await withChartAndPivot(
      new Uint8Array(await sheetsToWorkbook(buildWorkbook([blanked], 'document').sheets).xlsx.writeBuffer()),
    );
    const dir = tempDir();
    const [input, output] = [join(dir, '성과계획서.xlsx'), join(dir, '재계산.xlsx')];
    writeFileSync(input, original);

    const { io } = captureIo();
    expect(await run(['recompute', input, '-o', output], io)).toBe(0);

    const [before, after] = [await entries(original), await entries(readFileSync(output))];
    expect([...after.keys()]).toEqual([...before.keys()]);
    const kept = [
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
    ];
    for (const part of kept) expect(Buffer.from(after.get(part)!).equals(Buffer.from(before.get(part)!))).toBe(true);

    const read = await readXlsx(readFileSync(output));
    if (!read.ok) throw new Error('the output should read');
    const { plan, findings } = check(read.sheets);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(plan.departments[0].budget?.rows.계?.budget.value).toBe(SEED.budget.계.budget);
  });
});
