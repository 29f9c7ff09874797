import ExcelJS from 'exceljs';
import { format } from 'numfmt';
import { displayWidth, type RangeRef, type Cell, type Sheet } from '../../engine/edge';

/** The font a Korean office's workbooks use; Calibri, exceljs's default, draws Hangul with a fallback font. */
export const KOREAN_FONT: Partial<ExcelJS.Font> = { name: '맑은 고딕', size: 10 };
/** Fixed timestamps: the same sheets make the same file, so committed examples only change when their content does. */
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));
const MIN_WIDTH = 6;
const MAX_WIDTH = 48;

/** What a cell shows, for sizing its column: the formatted number, or the longest line of its text. */
function shownText(cell: Cell): string {
  if (cell.error) return cell.error;
  if (typeof cell.value === 'number') return format(cell.numFmt ?? 'General', cell.value);
  return String(cell.value ?? '');
}

/** One exceljs value for a cell: a formula keeps its cached result, an error its literal. */
function excelValue(cell: Cell): ExcelJS.CellValue {
  const cached = cell.error ? { error: cell.error as ExcelJS.CellErrorValue['error'] } : cell.value;
  if (cell.formula !== undefined)
    return cell.uncached ? { formula: cell.formula } : ({ formula: cell.formula, result: cached } as ExcelJS.CellFormulaValue);
  return cached;
}

/** Column widths from the widest single-column cell (a merge across columns sizes none), within bounds. */
function widths(sheet: Sheet): number[] {
  const wide = new Set(sheet.merges.filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));
  const result: number[] = [];
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || wide.has(`${r},${c}`)) return;
      const longest = Math.max(...shownText(cell).split('\n').map(displayWidth));
      result[c] = Math.max(result[c] ?? MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2));
    }),
  );
  return result;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = excelValue(cell);
      if (cell.numFmt) target.numFmt = cell.numFmt;
      target.font = KOREAN_FONT;
      if (typeof cell.value === 'string' && cell.value.includes('\n')) target.alignment = { wrapText: true, vertical: 'middle' };
    }),
  );
  sheet.merges.forEach((m: RangeRef) => ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1));
  widths(sheet).forEach((w, c) => {
    if (w !== undefined) ws.getColumn(c + 1).width = w;
  });
  for (const c of sheet.hiddenCols ?? []) ws.getColumn(c + 1).hidden = true;
  for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
}

/** The engine's sheets as an exceljs workbook: values, formulas, errors, number formats, merges, hidden rows and columns. */
export function sheetsToWorkbook(sheets: Sheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'perfplan';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of sheets) writeSheet(workbook.addWorksheet(sheet.name), sheet);
  return workbook;
}
