import { check } from '../src/engine';
import { buildWorkbook } from './fixtures/build';
import { SEED } from './fixtures/seed';
it('x', () => {
  const sheets = buildWorkbook([SEED], 'document').sheets;
  const { plan } = check(sheets);
  const i = plan.departments[0].goals[0].indicators[0];
  const s = sheets.find((x) => x.name === i.targets[0].ref.sheet)!;
  console.log(i.targetRow, i.actualRow, JSON.stringify(s.rows[i.targetRow]?.slice(0, 6)), JSON.stringify(s.rows[i.actualRow!]?.slice(0, 6)));
});
