import type { Finding } from '../../src/engine/findings/finding';
import { cellRef } from '../../src/engine/grid/cellRef';
import { cellAt, type Sheet } from '../../src/engine/grid/sheet';
import type { Plan } from '../../src/engine/model/plan';
import type { Edit } from '../../src/engine/recompute/edit';
import type { Engine } from '../../src/taskpane/usePlan';

/**
 * A stand-in for the engine facade, on the budgetSheet layout: one relation (계 B4 = 정책사업 B5 + 행정운영경비 B6 +
 * 재무활동 B9) checked and recomputed for real, and one fixed rounding note on C5, so the pane has both severities.
 * Sheets of another layout (a report table the pane inserted) hold no table for it.
 */
const num = (sheet: Sheet, row: number, col: number): number => Number(cellAt(sheet, row, col)?.value ?? 0);
const total = (sheet: Sheet): number => num(sheet, 4, 1) + num(sheet, 5, 1) + num(sheet, 8, 1);

const isBudget = (sheet: Sheet): boolean => cellAt(sheet, 2, 0)?.value === '구분';

const planOf = (sheets: ReadonlyArray<Sheet>): Plan => ({
  tables: sheets.filter(isBudget).map((s) => ({
    kind: 'T3' as const,
    sheet: s.name,
    range: { top: 2, left: 0, bottom: 8, right: 6 },
    unread: [],
  })),
  departments: [],
});

const TOTAL_MESSAGE = { ko: '계가 항목의 합과 다릅니다', en: 'The total differs from the sum of its rows' };

function findingsOf(sheets: ReadonlyArray<Sheet>): Finding[] {
  return sheets.filter(isBudget).flatMap((s) => {
    const note: Finding = {
      severity: 'info',
      rule: 't3.share',
      messageId: 'roundingOnly',
      ref: cellRef(s.name, 4, 2),
      cells: [cellRef(s.name, 4, 2)],
      message: { ko: '반올림 차이만 있습니다', en: 'Rounding only' },
      stated: num(s, 4, 2),
    };
    if (num(s, 3, 1) === total(s)) return [note];
    const cells = [3, 4, 5, 8].map((row) => cellRef(s.name, row, 1));
    const error: Finding = {
      severity: 'error',
      rule: 't3.total',
      messageId: 'mismatch',
      ref: cells[0],
      cells,
      message: TOTAL_MESSAGE,
      stated: num(s, 3, 1),
      expected: total(s),
      interval: [total(s) - 1.5, total(s) + 1.5],
    };
    return [note, error];
  });
}

const editsOf = (sheets: ReadonlyArray<Sheet>): Edit[] =>
  sheets
    .filter((s) => isBudget(s) && num(s, 3, 1) !== total(s))
    .map((s) => ({ ref: cellRef(s.name, 3, 1), value: total(s), numFmt: '#,##0', reason: TOTAL_MESSAGE }));

/** One table per sheet, one relation (the 계) in each. */
const checkedOf = (sheets: ReadonlyArray<Sheet>) => {
  const tables = sheets.filter(isBudget).length;
  return { tables, relations: tables };
};

export const stubEngine: Engine = {
  rebalanceAt: () => [],
  check: (sheets) => ({ plan: planOf(sheets), findings: findingsOf(sheets), checked: checkedOf(sheets) }),
  recompute: (sheets) => ({
    plan: planOf(sheets),
    edits: editsOf(sheets),
    left: [],
    findings: findingsOf(sheets),
    checked: checkedOf(sheets),
  }),
};
