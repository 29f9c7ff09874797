import { rangeA1, refA1 } from '../../../src/engine/grid/a1';
import type { RangeRef } from '../../../src/engine/grid/cellRef';
import { check, recompute } from '../../../src/engine/index';
import { readPlan } from '../../../src/engine/read/readPlan';
import { applyEdits } from '../../../src/engine/recompute/applyEdits';
import { buildWorkbook } from '../../fixtures/build';
import { SEED } from '../../fixtures/seed';
import { withMerge } from './sheets';

const { sheets } = buildWorkbook([SEED], 'document');
const plan = readPlan(sheets);
const policy = plan.departments[0].budget!.rows['정책사업']!;
// 정책사업 예산액 merged over its own 구성비: the 구성비 cell is still there, hidden under the merge.
const overShare: RangeRef = {
  top: policy.budget.ref.row,
  bottom: policy.budget.ref.row,
  left: policy.budget.ref.col,
  right: policy.share.ref.col,
};
const merged = withMerge(sheets, policy.budget.ref.sheet, overShare);
const unit = plan.departments[0].unitProjects[0];
// Two 세부사업 rows merged across two year columns: three figures hidden under the first.
const [first, second] = unit.details.map((d) => d.amounts[0].ref);
const overYears: RangeRef = { top: first.row, bottom: second.row, left: first.col, right: first.col + 1 };
const mergedYears = withMerge(sheets, first.sheet, overYears);

describe('a number cell covered by a merge it does not start', () => {
  it('is reported once, naming the cell and the merge, as a warning; nothing else is found wrong', () => {
    const findings = check(merged).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => [f.severity, f.rule, f.messageId, refA1(f.ref)])).toEqual([
      ['warning', 'cell.merged', 'hiddenInMerge', refA1(policy.share.ref)],
    ]);
    // The merge is named in the message only.
    expect(findings[0].message.en).toContain(`${refA1(policy.share.ref)}): hidden inside the merged cells ${rangeA1(overShare)}`);
  });

  it('is never written, so a second recompute changes nothing', () => {
    const once = recompute(merged);
    expect(once.edits).toEqual([]);
    expect(recompute(applyEdits(merged, once.edits)).edits).toEqual([]);
  });

  it('in a number position reads as unknown, not 0: the 단위사업 sums are not called wrong or rewritten', () => {
    const findings = check(mergedYears).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => f.rule)).toEqual(['cell.merged', 'cell.merged', 'cell.merged']);
    expect(recompute(mergedYears).edits).toEqual([]);
  });
});
