import { parseA1, rangeA1 } from '../../engine/edge';
import type { XlContext, XlHost, XlNamedItems, XlRange, XlRangeAreas, XlRangeView, XlWorksheet } from './excelApi';
import { readBlocks, type Extent, type Piece } from './payload';
import { isPayloadTooLarge } from './problems';
import type { RawBlock, RawName, RawSheet, RawWorkbook } from './rawSheet';

/** 0-based rows and columns a visible view lists (its addresses may carry a sheet prefix). */
function visibleRowsCols(view: XlRangeView): { rows: Set<number>; cols: Set<number> } {
  const rows = new Set<number>();
  const cols = new Set<number>();
  for (const line of view.cellAddresses)
    for (const address of line) {
      const at = parseA1(address.slice(address.lastIndexOf('!') + 1));
      if (at) {
        rows.add(at.row);
        cols.add(at.col);
      }
    }
  return { rows, cols };
}

const hiddenIn = (from: number, count: number, visible: Set<number>): number[] =>
  Array.from({ length: count }, (_, i) => from + i).filter((i) => !visible.has(i));

type Pending<T> = () => T;

/** Queue the loads of one rectangle; after the sync, the thunk turns them into a RawBlock and its hidden columns. */
function requestBlock(range: XlRange): Pending<{ block: RawBlock; hiddenCols: number[] }> {
  range.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,formulas');
  const view = range.getVisibleView();
  view.load('cellAddresses');
  return () => {
    const visible = visibleRowsCols(view);
    return {
      block: {
        rowIndex: range.rowIndex,
        columnIndex: range.columnIndex,
        values: range.values,
        numberFormat: range.numberFormat,
        formulas: range.formulas,
        hiddenRows: hiddenIn(range.rowIndex, range.rowCount, visible.rows),
      },
      hiddenCols: hiddenIn(range.columnIndex, range.columnCount, visible.cols),
    };
  };
}

function requestMerges(sheet: XlWorksheet): Pending<string[]> {
  const merged: XlRangeAreas = sheet.getRange().getMergedAreasOrNullObject();
  merged.load('areas/items/address');
  return () => (merged.isNullObject ? [] : merged.areas.items.map((area) => area.address));
}

/** Queue the load of defined names (perfplan's report marks among them) into the sync about to run. */
function requestNames(names: XlNamedItems): Pending<RawName[]> {
  names.load('items/name,items/formula');
  return () => names.items.map(({ name, formula }) => ({ name, formula: String(formula) }));
}

/** The sheet list, protection and read-only flag: one small sync that every read needs before the real load. */
async function listSheets(context: XlContext): Promise<XlWorksheet[]> {
  context.workbook.load('readOnly');
  context.workbook.worksheets.load('items/name,items/protection/protected');
  await context.sync();
  return context.workbook.worksheets.items;
}

/**
 * Everything of every sheet in one sync. `getUsedRange(true)` rather than its OrNullObject twin: on a blank sheet it
 * gives A1 instead of a null object, so the merged-area and visible-view calls chained on it stay valid.
 */
async function readWhole(context: XlContext): Promise<RawWorkbook> {
  const sheets = await listSheets(context);
  const pending = sheets.map((sheet) => ({
    sheet,
    data: requestBlock(sheet.getUsedRange(true)),
    merges: requestMerges(sheet),
    names: requestNames(sheet.names),
  }));
  const names = requestNames(context.workbook.names);
  await context.sync();
  const raw = pending.map(({ sheet, data, merges, names: own }): RawSheet => {
    const { block, hiddenCols } = data();
    return {
      name: sheet.name,
      protected: sheet.protection.protected,
      blocks: [block],
      merges: merges(),
      hiddenCols,
      names: own(),
    };
  });
  return { sheets: raw, readOnly: context.workbook.readOnly, names: names() };
}

/** Above the payload limit: sizes first, then row blocks packed across sheets, one sync each. */
async function readInBlocks(context: XlContext, budget: number): Promise<RawWorkbook> {
  const sheets = await listSheets(context);
  const sized = sheets.map((sheet) => {
    const used = sheet.getUsedRange(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return { sheet, used, merges: requestMerges(sheet), names: requestNames(sheet.names) };
  });
  const names = requestNames(context.workbook.names);
  await context.sync();
  const extents: Extent[] = sized.map(({ sheet, used }) => ({
    sheet: sheet.name,
    top: used.rowIndex,
    rows: used.rowCount,
    cols: used.columnCount,
  }));
  const blocks = new Map<string, RawBlock[]>(sheets.map((s) => [s.name, []]));
  const hiddenCols = new Map<string, Set<number>>(sheets.map((s) => [s.name, new Set()]));
  for (const group of readBlocks(extents, budget)) {
    const pending = group.map((piece: Piece) => {
      const { used, sheet } = sized.find((s) => s.sheet.name === piece.sheet)!;
      const address = rangeA1({
        top: piece.top,
        bottom: piece.bottom,
        left: used.columnIndex,
        right: used.columnIndex + used.columnCount - 1,
      });
      return { name: piece.sheet, data: requestBlock(sheet.getRange(address)) };
    });
    await context.sync();
    for (const { name, data } of pending) {
      const { block, hiddenCols: cols } = data();
      blocks.get(name)!.push(block);
      // A column is hidden when no piece of the sheet shows it.
      const seen = hiddenCols.get(name)!;
      if (blocks.get(name)!.length === 1) cols.forEach((c) => seen.add(c));
      else for (const c of [...seen]) if (!cols.includes(c)) seen.delete(c);
    }
  }
  const raw = sized.map(({ sheet, merges, names: own }): RawSheet => ({
    name: sheet.name,
    protected: sheet.protection.protected,
    blocks: blocks.get(sheet.name)!,
    merges: merges(),
    hiddenCols: [...hiddenCols.get(sheet.name)!].sort((a, b) => a - b),
    names: own(),
  }));
  return { sheets: raw, readOnly: context.workbook.readOnly, names: names() };
}

/**
 * Read every sheet as Excel holds it. One load sync when the response fits Excel's limit; when Excel refuses it as
 * too large, a fresh batch reads sizes and then row blocks. Trying the whole first keeps the common case to a
 * single round trip, since the sizes cannot be known without one.
 */
export async function readWorkbook(host: XlHost, budget: number): Promise<RawWorkbook> {
  try {
    return await host.excel.run(readWhole);
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
  }
  return host.excel.run((context) => readInBlocks(context, budget));
}
