import { check } from '../../../src/engine';
import { a1 } from '../../../src/engine/grid/a1';
import { summarySheet } from '../../fixtures/build/t0';
import { CITY_SUMMARY, type SummaryData } from '../../fixtures/summary';
import { line, severityOf } from './fixtures';

const at = (f: { ref: { row: number; col: number } }) => a1(f.ref.row, f.ref.col);

/** The fixture with one change, as a fresh copy. */
const changed = (edit: (s: SummaryData) => void): SummaryData => {
  const copy = structuredClone(CITY_SUMMARY);
  edit(copy);
  return copy;
};

describe('성과계획 총괄표 rules', () => {
  it('a consistent table printed from 천원: no error, each 1-off 비교증감 and the 1-off 계 an info', () => {
    const { plan, findings } = check([summarySheet(CITY_SUMMARY)]);
    expect(plan.departments).toEqual([]);
    expect(plan.tables.map((t) => [t.kind, t.department])).toEqual([['T0', undefined]]);
    expect(findings.filter((f) => f.severity !== 'info').map(line)).toEqual([]);
    // 계 on sheet row 6, the 실국 below it; 비교증감 in column H, 전년도예산액 in G.
    expect(findings.map((f) => [f.rule, at(f), f.stated, f.expected])).toEqual(
      expect.arrayContaining([
        ['t0.change', 'H7', 2_345, 2_346],
        ['t0.change', 'H8', 1_100, 1_099],
        ['t0.change', 'H10', -544, -543],
        ['t0.total', 'G6', 46_602, 46_601],
      ]),
    );
    expect(findings).toHaveLength(4);
  });

  it('one 예산액 off by 1,000: one error, at that cell', () => {
    const { findings } = check([summarySheet(changed((s) => (s.rows[1].budget = 9_200)))]);
    const errors = severityOf(findings, 'error');
    expect(errors.map((f) => [f.rule.startsWith('t0.'), at(f), f.stated])).toEqual([[true, 'F8', 9_200]]);
    expect(errors[0].expected).toBe(8_200);
  });

  it('a count that is not whole is an error; a blank 계 figure is a warning', () => {
    const { findings } = check([
      summarySheet(
        changed((s) => {
          s.rows[2].strategic = 1.5;
          s.total.strategic = 8.5;
          s.total.units = '';
        }),
      ),
    ]);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.rule, at(f)])).toEqual(
      expect.arrayContaining([
        ['error', 't0.count', 'B9'],
        ['error', 't0.count', 'B6'],
        ['warning', 't0.total', 'E6'],
      ]),
    );
    expect(severityOf(findings, 'error')).toHaveLength(2);
  });
});
