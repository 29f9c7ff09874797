import { format } from 'numfmt';
import { check, buildReport } from '../../../src/engine';
import { decimalsFormat } from '../../../src/engine/reports/findingsTable';
import { buildWorkbook, variant } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';

describe('점검 결과', () => {
  it.each<[number, number, string]>([
    [-4.5, 2, '△4.50'],
    [1723, 0, '1,723'],
    [86.9452, 2, '86.95'],
    [0, 2, '0.00'],
  ])('%d with %d decimals shows %s', (v, d, shown) => expect(format(decimalsFormat(d), v)).toBe(shown));

  it('shows stated, expected and the interval as the stated cell shows them', () => {
    const broken = variant(SEED, (p) => void (p.budget.계.budget = 1800));
    const { plan, findings } = check(buildWorkbook([broken], 'document').sheets);
    const [table] = buildReport(plan, 'findings', { findings });
    const error = findings.find((f) => f.severity === 'error')!;
    const row = table.body[0];
    const shown = row.slice(5, 9).map((c) => (typeof c.value === 'number' ? format(c.numFmt!, c.value) : c.value));
    expect(error.decimals).toBe(0);
    expect(shown).toEqual(['1,800', '1,723', '1,722', '1,724']);
  });

  it('names a 단위사업 table by its 단위사업', () => {
    const broken = variant(SEED, (p) => void (p.goals[1].unitProjects[0].totals[2] = 405));
    const { plan, findings } = check(buildWorkbook([broken], 'document').sheets);
    const [table] = buildReport(plan, 'findings', { findings });
    expect(table.body[0][1].value).toBe(`관련 예산사업 내역 (${SEED.goals[1].unitProjects[0].name})`);
  });
});
