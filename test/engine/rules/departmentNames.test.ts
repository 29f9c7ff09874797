import { check } from '../../../src/engine/index';
import { tableAt } from '../../../src/engine/rules/tableAt';
import { buildWorkbook, variant, type Layout } from '../../fixtures/build';
import { INVENTED } from '../../fixtures/invented';

const rename = (name: string) =>
  variant(INVENTED[1], (p) => {
    p.department = name;
    p.staffing.rows[0].name = name;
  });

describe.each<Layout>(['document', 'byKind'])('two departments with one name (%s layout)', (layout) => {
  test('one warning at the second department’s T1, naming the first’s', () => {
    const { plan, findings } = check(buildWorkbook([INVENTED[0], rename(INVENTED[0].department)], layout).sheets);
    const dup = findings.filter((f) => f.rule === 'plan.duplicateDepartment');
    const [second, first] = [1, 0].map((k) => tableAt(plan.tables[plan.departments[k].t1]));
    expect(dup.map((f) => [f.severity, f.messageId, f.ref, f.cells])).toEqual([['warning', 'sameName', second, [second, first]]]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('different names: no warning', () => {
    const { findings } = check(buildWorkbook(INVENTED, layout).sheets);
    expect(findings.filter((f) => f.rule === 'plan.duplicateDepartment')).toEqual([]);
  });
});
