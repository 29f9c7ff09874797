import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import type { JsonReport } from '../../src/cli/json';
import { sheetsToWorkbook } from '../../src/workbook/xlsx/fromSheets';
import { buildWorkbook, type Layout } from '../fixtures/build';
import { SEED } from '../fixtures/seed';
import { captureIo, tempDir } from './fakes';

const LAYOUTS: Layout[] = ['document', 'byKind', 'messy'];

describe.each(LAYOUTS)('perfplan tables --json on the seed in the %s layout', (layout) => {
  let report: JsonReport;
  beforeAll(async () => {
    const file = join(tempDir(), `${layout}.xlsx`);
    writeFileSync(file, new Uint8Array(await sheetsToWorkbook(buildWorkbook([SEED], layout).sheets).xlsx.writeBuffer()));
    const { io, out } = captureIo();
    expect(await run(['tables', file, '--json'], io)).toBe(0);
    report = JSON.parse(out.stdout) as JsonReport;
  });

  it('lists 1 T1, 1 T2, 1 T3, 2 T4, 4 T5 and 11 T6', () => {
    const count = (kind: string) => report.tables.filter((t) => t.kind === kind).length;
    expect(['T1', 'T2', 'T3', 'T4', 'T5', 'T6'].map(count)).toEqual([1, 1, 1, 2, 4, 11]);
  });

  it('puts every 단위사업 (and its 세부사업 overviews) under the goal it belongs to', () => {
    const goalOf = (kind: string) =>
      Object.fromEntries(report.tables.filter((t) => t.kind === kind).map((t) => [t.project, t.goal]));
    const [goal1, goal2] = SEED.goals;
    const expected = (pick: (u: (typeof goal1.unitProjects)[number]) => string[]) =>
      Object.fromEntries(SEED.goals.flatMap((g) => g.unitProjects.flatMap((u) => pick(u).map((name) => [name, g.name]))));
    expect(goalOf('T5')).toEqual(expected((u) => [u.name]));
    expect(goalOf('T6')).toEqual(expected((u) => u.details.map((d) => d.overview.name)));
    // The seed's answer: three 단위사업 under goal 1 (1,104 = 50 + 66 + 988), one under goal 2 (395).
    expect(Object.values(goalOf('T5'))).toEqual([goal1.name, goal1.name, goal1.name, goal2.name]);
  });
});
