import { recompute } from '../../../src/engine';
import { summarySheet } from '../../fixtures/build/t0';
import { CITY_SUMMARY } from '../../fixtures/summary';

describe('recompute on a 성과계획 총괄표', () => {
  it('fills a blank 계 and a blank 비교증감 from the figures; keeps the 1-off ones the document prints', () => {
    const summary = structuredClone(CITY_SUMMARY);
    summary.rows[1].change = '';
    summary.total.budget = '';
    const { edits, findings } = recompute([summarySheet(summary)]);
    expect(edits.map((e) => [e.ref.row, e.ref.col, e.value])).toEqual([
      [5, 5, 49_435],
      [7, 7, 1_099],
    ]);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
