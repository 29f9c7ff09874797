import ExcelJS from 'exceljs';
import { type ReportCell, type ReportTable, columnCount, textWidth } from '../../engine/edge';
import { BORDER_RGB, FILL_RGB, LINK_RGB } from '../reportColours';
import { freeMarkName, markReference } from '../reportMark';
import { freeSheetName } from '../sheetName';
import { KOREAN_FONT } from './fromSheets';
import { internalLinks } from './internalLinks';

const argb = (rgb: string): string => `FF${rgb}`;
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argb(BORDER_RGB) } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const LINK_COLOUR = argb(LINK_RGB);
/** Points per line of 10-point 맑은 고딕, with Excel's padding. */
const LINE_HEIGHT = 13.5;
const ROW_PADDING = 3;

/** Where a table's first cell goes, 1-based as exceljs counts (row 1, column 1 is A1). */
export type At = { readonly row: number; readonly col: number };

/** exceljs links inside the workbook by `'시트'!D7` (it writes a `location`), without the leading `#`. */
const cellValue = (cell: ReportCell): ExcelJS.CellValue =>
  cell.hyperlink !== undefined && typeof cell.value === 'string'
    ? { text: cell.value, hyperlink: cell.hyperlink.replace(/^#/, '') }
    : cell.value;

function writeCell(target: ExcelJS.Cell, cell: ReportCell): void {
  target.value = cellValue(cell);
  if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
  target.font = {
    ...KOREAN_FONT,
    ...(cell.bold ? { bold: true } : {}),
    ...(cell.hyperlink !== undefined ? { underline: true, color: { argb: LINK_COLOUR } } : {}),
  };
  target.alignment = {
    vertical: 'middle',
    ...(cell.align ? { horizontal: cell.align } : {}),
    ...(cell.wrap ? { wrapText: true } : {}),
  };
  target.border = BORDER;
  if (cell.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(FILL_RGB[cell.fill]) } };
}

/** A line above the table: the title (bold), what it is about, or the unit caption at the table's right edge. */
function line(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  text: string,
  font: Partial<ExcelJS.Font>,
  align: 'left' | 'right',
): void {
  const cell = ws.getCell(row, col);
  cell.value = text;
  cell.font = { ...KOREAN_FONT, ...font };
  cell.alignment = { horizontal: align, vertical: 'middle' };
}

/** Lines a wrapped text takes in a column `width` characters wide (Hangul counts two). */
const linesIn = (text: string, width: number): number =>
  text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / Math.max(1, width - 1))), 0);

/**
 * Row heights for wrapped text (neither exceljs nor every viewer sizes rows itself): the lines of each wrapping
 * cell over the width of its columns, shared among the rows it spans. 1 where one line is enough.
 */
function rowLines(table: ReportTable): number[] {
  const rows = [...table.header, ...table.body];
  const lines = rows.map(() => 1);
  const mergeAt = (r: number, c: number) => table.merges.find((m) => m.top === r && m.left === c);
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!cell.wrap || typeof cell.value !== 'string') return;
      const m = mergeAt(r, c) ?? { top: r, bottom: r, left: c, right: c };
      const width = table.widths.slice(m.left, m.right + 1).reduce((a, b) => a + b, 0);
      const perRow = Math.ceil(linesIn(cell.value, width) / (m.bottom - m.top + 1));
      for (let k = m.top; k <= m.bottom; k += 1) lines[k] = Math.max(lines[k], perRow);
    }),
  );
  return lines;
}

/**
 * Draws a report table as the documents look: a bold title, the subject and the unit caption above, thin borders on
 * every cell, shaded and merged headers, number formats (△ through the format, cells stay numeric), column widths
 * (never narrowing a column another table on the sheet needs) and 맑은 고딕 (a viewer without it falls back to its
 * own Korean font). Returns the first row below the table.
 */
export function renderReport(ws: ExcelJS.Worksheet, table: ReportTable, at: At): number {
  const width = columnCount(table);
  let row = at.row;
  if (table.title !== undefined) line(ws, row++, at.col, table.title, { bold: true, size: 11 }, 'left');
  if (table.subject !== undefined) line(ws, row++, at.col, table.subject, {}, 'left');
  if (table.caption !== undefined) line(ws, row++, at.col + width - 1, table.caption, {}, 'right');
  const top = row;
  [...table.header, ...table.body].forEach((cells, r) => {
    for (let c = 0; c < width; c += 1) writeCell(ws.getCell(top + r, at.col + c), cells[c] ?? { value: null });
  });
  for (const m of table.merges) ws.mergeCells(top + m.top, at.col + m.left, top + m.bottom, at.col + m.right);
  rowLines(table).forEach((n, r) => {
    if (n > 1) ws.getRow(top + r).height = n * LINE_HEIGHT + ROW_PADDING;
  });
  table.widths.forEach((w, c) => {
    const column = ws.getColumn(at.col + c);
    column.width = Math.max(column.width ?? 0, w);
  });
  return top + table.header.length + table.body.length;
}

/** Several tables down one sheet, a blank row between them; returns the first row below the last. */
export function renderReports(ws: ExcelJS.Worksheet, tables: ReadonlyArray<ReportTable>, at: At): number {
  return tables.reduce((row, table, i) => renderReport(ws, table, { row: i === 0 ? row : row + 1, col: at.col }), at.row);
}

/**
 * A new sheet holding `tables` from B2 on, set up to print as the documents do: A4, fitted to the page width, no
 * grid lines, the area marked as perfplan's report (so a later check reads it apart from the plan). Returns the
 * sheet's name (made unique).
 */
export function addReportWorksheet(workbook: ExcelJS.Workbook, name: string, tables: ReadonlyArray<ReportTable>): string {
  const sheet = freeSheetName(
    workbook.worksheets.map((w) => w.name),
    name,
  );
  const ws = workbook.addWorksheet(sheet, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    },
  });
  ws.getColumn(1).width = 2;
  const below = renderReports(ws, tables, { row: 2, col: 2 });
  const area = { top: 1, left: 1, bottom: below - 2, right: Math.max(...tables.map(columnCount)) };
  workbook.definedNames.add(markReference(sheet, area), freeMarkName(workbook.definedNames.model.map((n) => n.name)));
  return sheet;
}

export type AddedSheet = { readonly ok: true; readonly bytes: Uint8Array; readonly sheet: string } | { readonly ok: false };

/**
 * The workbook with one more sheet holding `tables`, written by exceljs into a copy: the original sheets' values,
 * formats and merges come along, but parts exceljs does not model (charts, pivot caches) are lost. `{ok: false}`
 * when exceljs cannot open the file.
 */
export async function addReportSheet(
  original: Uint8Array,
  sheetName: string,
  tables: ReadonlyArray<ReportTable>,
): Promise<AddedSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(original as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false };
  }
  const sheet = addReportWorksheet(workbook, sheetName, tables);
  // Links to cells stay inside the workbook whatever viewer opens it (exceljs makes them external relationships).
  return { ok: true, bytes: await internalLinks(new Uint8Array(await workbook.xlsx.writeBuffer())), sheet };
}
