import { cellRef, type CellRef } from '../../../src/engine/grid/cellRef';
import { readCell } from '../../../src/engine/grid/readNumber';
import type { Cell, Sheet } from '../../../src/engine/grid/sheet';
import { formatInfo } from '../../../src/engine/interval/fromFormat';
import { readingInterval } from '../../../src/engine/grid/readingInterval';
import type { NumCell } from '../../../src/engine/model/plan';
import { formulaRef, relationFormula } from '../../../src/engine/recompute/formulaText';
import type { Expr, Term } from '../../../src/engine/relations/relation';

/** Two sheets: 내역 (amounts in 천원 typed as numbers, one as text) and 현황, where the formulas go. */
const CELLS: Record<string, Cell> = {
  A1: { value: 50_000 },
  A2: { value: 66_000 },
  A3: { value: '988' },
  B1: { value: 0 },
  B2: { value: 0 },
};
const at = (a1: string): CellRef => cellRef('내역', Number(a1.slice(1)) - 1, a1.charCodeAt(0) - 65);
const sheet: Sheet = {
  name: '내역',
  merges: [],
  rows: [0, 1, 2].map((r) => [0, 1].map((c) => CELLS[`${String.fromCharCode(65 + c)}${r + 1}`])),
};
const sheets = new Map([[sheet.name, sheet]]);

function term(a1: string, coef = 1): Term {
  const reading = readCell(CELLS[a1]);
  const value = reading.kind === 'number' ? reading.value : null;
  const cell: NumCell = { ref: at(a1), reading, value, interval: readingInterval(reading) };
  return { at: { cell, place: { table: 'T5', row: a1, col: { ko: '', en: '' } }, interval: cell.interval }, coef };
}

const home = cellRef('현황', 4, 2);
const plain = formatInfo('#,##0');

describe('relationFormula', () => {
  it('refers to another sheet quoted, and converts 천원 to 백만원 with its factor', () => {
    const expr: Expr = { kind: 'sum', terms: [term('A1', 0.001), term('A2', 0.001)] };
    expect(relationFormula(expr, home, plain, 0, sheets)).toBe("'내역'!A1/1000+'내역'!A2/1000");
  });

  it('writes no formula where Excel could not add an input (text) or where the divisor is 0', () => {
    expect(relationFormula({ kind: 'sum', terms: [term('A1'), term('A3')] }, home, plain, 0, sheets)).toBeUndefined();
    expect(relationFormula({ kind: 'percent', num: [term('B1')], den: [term('B2')] }, home, plain, 2, sheets)).toBeUndefined();
    expect(relationFormula({ kind: 'count', value: 3 }, home, plain, 0, sheets)).toBeUndefined();
  });

  it('a ratio into a % cell is the fraction, rounded two digits further', () => {
    const expr: Expr = { kind: 'percent', num: [term('A1'), term('A2', -1)], den: [term('A2')] };
    expect(relationFormula(expr, home, formatInfo('0.00%'), 2, sheets)).toBe("ROUND(('내역'!A1-'내역'!A2)/'내역'!A2,4)");
  });
});

describe('formulaRef', () => {
  it('doubles an apostrophe in a sheet name and leaves a reference on its own sheet bare', () => {
    expect(formulaRef(cellRef("O'Neil 과", 0, 27), '현황')).toBe("'O''Neil 과'!AB1");
    expect(formulaRef(cellRef('현황', 9, 1), '현황')).toBe('B10');
  });
});
