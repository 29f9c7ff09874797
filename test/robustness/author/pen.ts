import type ExcelJS from 'exceljs';
import { cellRef, type CellRef } from '../../../src/engine/grid/cellRef';
import type { TableKind } from '../../../src/engine/model/plan';

/** A table as the author wrote it: what readPlan must find, with its links. */
export type Written = {
  readonly kind: TableKind;
  readonly sheet: string;
  readonly department: string;
  readonly goal?: string;
  readonly project?: string;
};

/** What a cell holds when written: a plain value, or a formula with its cached result. */
export type Value = number | string | null | { formula: string; result: number };

/**
 * Writes one author's workbook: 1-based cells like Excel's own, every figure recorded under a key
 * (`T3.정책사업.share`) so a test can find it or replace it with a typo.
 */
export class Pen {
  readonly places = new Map<string, CellRef>();
  readonly written: Written[] = [];

  constructor(
    readonly wb: ExcelJS.Workbook,
    /** Figures to write instead of the data's (the injected typo), by key. */
    private readonly typos: ReadonlyMap<string, Value> = new Map(),
  ) {}

  sheet(name: string): ExcelJS.Worksheet {
    return this.wb.getWorksheet(name) ?? this.wb.addWorksheet(name);
  }

  put(ws: ExcelJS.Worksheet, row: number, col: number, value: Value, numFmt?: string): void {
    const cell = ws.getCell(row, col);
    cell.value = value as ExcelJS.CellValue;
    if (numFmt) cell.numFmt = numFmt;
  }

  /** A figure of the plan: recorded under its key, replaced when the key has a typo. */
  fig(ws: ExcelJS.Worksheet, key: string, row: number, col: number, value: Value, numFmt?: string): void {
    this.places.set(key, cellRef(ws.name, row - 1, col - 1));
    const typo = this.typos.get(key);
    this.put(ws, row, col, typo === undefined ? value : typo, typo === undefined ? numFmt : undefined);
  }

  merge(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
    if (top !== bottom || left !== right) ws.mergeCells(top, left, bottom, right);
  }

  table(entry: Written): void {
    this.written.push(entry);
  }
}
