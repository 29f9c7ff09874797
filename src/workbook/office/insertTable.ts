import { rangeA1, type RangeRef, type ReportTable } from '../../engine/edge';
import { drawGrid, valuesOf, widthPoints } from './drawReport';
import type { XlContext, XlHost, XlScalar, XlWorksheet } from './excelApi';
import { PortProblemError, type InsertOptions, type InsertOutcome, type InsertTarget } from '../port';
import { problem } from './problems';
import { layoutReports, type ReportGrid } from '../reportGrid';
import { freeMarkName } from '../reportMark';
import { freeSheetName } from '../sheetName';
import { mergeRange } from './toSheet';
import { runAsOneUndo, suspendUntilSync } from './write';

/** What an insertion replaced, for undo: the area's contents, number formats, merges and column widths before. */
export type InsertRecord = {
  readonly sheet: string;
  readonly rect: RangeRef;
  readonly newSheet: boolean;
  readonly written: ReadonlyArray<ReadonlyArray<XlScalar>>;
  readonly formulas: ReadonlyArray<ReadonlyArray<XlScalar>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<XlScalar>>;
  readonly merges: ReadonlyArray<RangeRef>;
  /** Points per column of the area; empty for a new sheet. */
  readonly widths: ReadonlyArray<number>;
  /** The sheet-scoped name marking the area as perfplan's report (`perfplan.report.N`), for a check to read apart. */
  readonly mark: string;
};

/** What the first sync learns about the place the tables go. */
type Target = Omit<InsertRecord, 'written'> & { readonly readOnly: boolean; readonly protected: boolean };

/** A new sheet's tables start at B2, column A a narrow margin, as the printed documents sit on the page. */
const NEW_SHEET_ORIGIN = { row: 1, col: 1 };
const MARGIN_WIDTH = 2;

const blank = <T extends XlScalar>(grid: ReportGrid, value: T): T[][] =>
  Array.from({ length: grid.rows }, () => Array.from({ length: grid.cols }, () => value));

/** The area the grid would cover from the selection's top-left cell, with all it holds: one sync. */
async function readSelection(context: XlContext, grid: ReportGrid): Promise<Target> {
  const area = context.workbook
    .getSelectedRange()
    .getCell(0, 0)
    .getResizedRange(grid.rows - 1, grid.cols - 1);
  area.load('rowIndex,columnIndex,formulas,numberFormat');
  const sheet = area.worksheet;
  sheet.load('name,protection/protected');
  const merged = area.getMergedAreasOrNullObject();
  merged.load('areas/items/address');
  const columns = Array.from({ length: grid.cols }, (_, c) => area.getColumn(c).format);
  columns.forEach((format) => format.load('columnWidth'));
  context.workbook.load('readOnly');
  const names = [sheet.names, context.workbook.names];
  names.forEach((n) => n.load('items/name'));
  await context.sync();
  const rect = {
    top: area.rowIndex,
    left: area.columnIndex,
    bottom: area.rowIndex + grid.rows - 1,
    right: area.columnIndex + grid.cols - 1,
  };
  return {
    sheet: sheet.name,
    rect,
    newSheet: false,
    formulas: area.formulas,
    numberFormat: area.numberFormat,
    merges: merged.isNullObject
      ? []
      : merged.areas.items.map((m) => mergeRange(m.address)).filter((m): m is RangeRef => m !== undefined),
    widths: columns.map((format) => format.columnWidth),
    readOnly: context.workbook.readOnly,
    protected: sheet.protection.protected,
    mark: freeMarkName(names.flatMap((n) => n.items.map((item) => item.name))),
  };
}

/** The names already taken, to give the new sheet a free one: one sync. */
async function readNewSheet(context: XlContext, grid: ReportGrid, wanted: string): Promise<Target> {
  context.workbook.load('readOnly');
  context.workbook.worksheets.load('items/name');
  context.workbook.names.load('items/name');
  await context.sync();
  const { row, col } = NEW_SHEET_ORIGIN;
  return {
    sheet: freeSheetName(
      context.workbook.worksheets.items.map((s) => s.name),
      wanted,
    ),
    rect: { top: row, left: col, bottom: row + grid.rows - 1, right: col + grid.cols - 1 },
    newSheet: true,
    formulas: blank(grid, ''),
    numberFormat: blank(grid, 'General'),
    merges: [],
    widths: [],
    readOnly: context.workbook.readOnly,
    protected: false,
    mark: freeMarkName(context.workbook.names.items.map((item) => item.name)),
  };
}

function prepareNewSheet(context: XlContext, host: XlHost, name: string): XlWorksheet {
  const sheet = context.workbook.worksheets.add(name);
  sheet.activate();
  if (host.isSetSupported('ExcelApi', '1.8')) sheet.showGridlines = false;
  sheet.getRange('A1').format.columnWidth = widthPoints(MARGIN_WIDTH);
  return sheet;
}

const filledCells = (formulas: ReadonlyArray<ReadonlyArray<XlScalar>>): number => formulas.flat().filter((v) => v !== '').length;

/**
 * Draw the tables one under another in two syncs inside one batch (one Excel undo step where supported): the first
 * reads the target, the second writes everything and names the area as perfplan's report. When the area holds anything and `overwrite` is not set, nothing
 * is written and the outcome says how many cells would be replaced. Returns the record undo needs.
 */
export async function insertTables(
  host: XlHost,
  tables: ReadonlyArray<ReportTable>,
  at: InsertTarget,
  options: InsertOptions = {},
): Promise<{ outcome: InsertOutcome; record?: InsertRecord }> {
  if (tables.length === 0) return { outcome: { kind: 'nothing' } };
  const grid = layoutReports(tables);
  return runAsOneUndo(host, async (context) => {
    const target = at.kind === 'selection' ? await readSelection(context, grid) : await readNewSheet(context, grid, at.name);
    if (target.readOnly) throw new PortProblemError(problem('readOnly'));
    if (target.protected) throw new PortProblemError(problem('protectedSheet', target.sheet));
    const filled = filledCells(target.formulas);
    if (filled > 0 && !options.overwrite) return { outcome: { kind: 'wouldOverwrite', cells: filled } };
    suspendUntilSync(context, host);
    const sheet = target.newSheet
      ? prepareNewSheet(context, host, target.sheet)
      : context.workbook.worksheets.getItem(target.sheet);
    if (!target.newSheet) {
      // What was there goes: merges (which would refuse the new ones) and formats (stray fills between the tables).
      const old = sheet.getRange(rangeA1(target.rect));
      if (target.merges.length > 0) old.unmerge();
      old.clear('Formats');
    }
    drawGrid(sheet, { row: target.rect.top, col: target.rect.left }, grid, target.widths).select();
    // Scoped to the sheet so a copy of the sheet stays marked; unique in the workbook too, as exceljs keeps one per name.
    sheet.names.add(target.mark, sheet.getRange(rangeA1(target.rect)));
    await context.sync();
    const { readOnly: _r, protected: _p, ...record } = target;
    return {
      outcome: { kind: 'inserted', sheet: target.sheet, range: rangeA1(target.rect), tables: tables.length },
      record: { ...record, written: valuesOf(grid) },
    };
  });
}
