import { parseRangeA1, type RangeRef, type Cell, type Sheet } from '../../engine/edge';
import type { XlScalar } from './excelApi';
import { isReportMark, markedAreas, withReportAreas } from '../reportMark';
import type { RawBlock, RawSheet, RawWorkbook } from './rawSheet';

/** Excel sends an error cell's value as its literal; typing one of these into a cell also makes an error value. */
const ERROR_LITERALS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#BUSY!',
  '#CONNECT!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/** `Sheet1!B2:C3` or `'My sheet'!B2:C3` → the range; the sheet part is known from where it came. */
export function mergeRange(address: string): RangeRef | undefined {
  return parseRangeA1(address.slice(address.lastIndexOf('!') + 1));
}

function toCell(value: XlScalar, format: XlScalar | undefined, formula: XlScalar | undefined): Cell | undefined {
  const numFmt = typeof format === 'string' && format !== '' && format.toLowerCase() !== 'general' ? format : undefined;
  const withFormat = numFmt === undefined ? {} : { numFmt };
  const withFormula = typeof formula === 'string' && formula.startsWith('=') ? { formula: formula.slice(1) } : {};
  if (typeof value === 'string' && ERROR_LITERALS.has(value)) return { value: null, error: value, ...withFormula, ...withFormat };
  if (value === '' && numFmt === undefined && !('formula' in withFormula)) return undefined;
  return { value: value === '' ? null : value, ...withFormula, ...withFormat };
}

function placeBlock(rows: (Cell | undefined)[][], block: RawBlock): void {
  block.values.forEach((line, r) => {
    line.forEach((value, c) => {
      const cell = toCell(value, block.numberFormat[r]?.[c], block.formulas[r]?.[c]);
      if (cell) (rows[block.rowIndex + r] ??= [])[block.columnIndex + c] = cell;
    });
  });
}

/** Excel echoes nothing into a merge's other cells, but a format may linger there: the Sheet contract wants them blank. */
function blankMergeTails(rows: (Cell | undefined)[][], merges: ReadonlyArray<RangeRef>): void {
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && rows[r]) rows[r][c] = undefined;
}

/** What Excel sent for one worksheet, as the engine's Sheet. Pure: no Office here. */
export function toSheet(raw: RawSheet): Sheet {
  const rows: (Cell | undefined)[][] = [];
  for (const block of raw.blocks) placeBlock(rows, block);
  const merges = raw.merges.map(mergeRange).filter((m): m is RangeRef => m !== undefined);
  blankMergeTails(rows, merges);
  const hiddenRows = raw.blocks.flatMap((b) => b.hiddenRows);
  return {
    name: raw.name,
    rows,
    merges,
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(raw.hiddenCols.length > 0 ? { hiddenCols: [...raw.hiddenCols] } : {}),
  };
}

/**
 * Every sheet of a read, each with the areas perfplan marked as its reports: by the sheet's own names (what the pane
 * writes) or the workbook's (what the command line writes), whichever sheet they refer to.
 */
export function toSheets(raw: RawWorkbook): Sheet[] {
  const names = [...raw.names, ...raw.sheets.flatMap((s) => s.names)];
  const marked = names.filter((n) => isReportMark(n.name)).flatMap((n) => markedAreas(n.formula));
  return withReportAreas(raw.sheets.map(toSheet), marked);
}
