import { rangeA1, type RangeRef, type Align, type ReportCell } from '../../engine/edge';
import { BORDER_RGB, FILL_RGB, LINK_RGB } from '../reportColours';
import type { XlRange, XlScalar, XlWorksheet } from './excelApi';
import { runsOf, type ReportGrid } from '../reportGrid';

const BORDER_COLOUR = `#${BORDER_RGB}`;
const LINK_COLOUR = `#${LINK_RGB}`;
const BORDER_LINES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];
const ALIGN: Readonly<Record<Align, string>> = { left: 'Left', center: 'Center', right: 'Right' };

/**
 * Text goes in as text (`@`): Excel would otherwise turn a header such as `2014` or `1,104` into a number. Numbers
 * keep the report's format (△ through the format, the cell stays numeric); a blank cell is General.
 */
const formatOf = (cell: ReportCell | undefined): string =>
  typeof cell?.value === 'string' ? '@' : typeof cell?.value === 'number' && cell.numFmt !== undefined ? cell.numFmt : 'General';

export const valuesOf = (grid: ReportGrid): XlScalar[][] =>
  Array.from({ length: grid.rows }, (_, r) => Array.from({ length: grid.cols }, (_, c) => grid.cells[r]?.[c]?.value ?? ''));

const formatsOf = (grid: ReportGrid): string[][] =>
  Array.from({ length: grid.rows }, (_, r) => Array.from({ length: grid.cols }, (_, c) => formatOf(grid.cells[r]?.[c])));

/** Excel's width unit is the default font's digit; 7 px a digit plus 5 px padding, at 0.75 pt a pixel. */
export const widthPoints = (chars: number): number => Math.trunc(chars * 7 + 5) * 0.75;

/** The width each grid column needs, in points: the widest table's width there. */
export function neededWidths(grid: ReportGrid): number[] {
  const chars = Array.from({ length: grid.cols }, () => 0);
  for (const { table } of grid.placed) table.widths.forEach((w, c) => (chars[c] = Math.max(chars[c], w)));
  return chars.map((w) => (w > 0 ? widthPoints(w) : 0));
}

export type Origin = { readonly row: number; readonly col: number };

/**
 * Queue everything that draws the grid at `origin` of `sheet`, to go in one sync: formats then values for the whole
 * area in one call each, then borders, merges, fills, fonts and alignment one call per rectangle that shares them,
 * links per cell (Excel sets them no other way), and widths per column that must grow (`widths`: what they are now).
 */
export function drawGrid(sheet: XlWorksheet, origin: Origin, grid: ReportGrid, widths: ReadonlyArray<number>): XlRange {
  const at = (r: RangeRef): XlRange =>
    sheet.getRange(
      rangeA1({ top: origin.row + r.top, left: origin.col + r.left, bottom: origin.row + r.bottom, right: origin.col + r.right }),
    );
  const area = at({ top: 0, left: 0, bottom: grid.rows - 1, right: grid.cols - 1 });
  area.numberFormat = formatsOf(grid);
  area.values = valuesOf(grid);
  for (const { table, body } of grid.placed) {
    const range = at(body);
    for (const line of BORDER_LINES) {
      const border = range.format.borders.getItem(line);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = BORDER_COLOUR;
    }
    range.format.verticalAlignment = 'Center';
    for (const m of table.merges)
      at({ top: body.top + m.top, left: m.left, bottom: body.top + m.bottom, right: m.right }).merge(false);
    if ([...table.header, ...table.body].some((row) => row.some((cell) => cell.wrap))) range.format.autofitRows();
  }
  for (const { rect, key } of runsOf(grid, (cell) => cell?.fill)) at(rect).format.fill.color = `#${FILL_RGB[key]}`;
  for (const { rect } of runsOf(grid, (cell) => (cell?.bold ? true : undefined))) at(rect).format.font.bold = true;
  for (const { rect, key } of runsOf(grid, (cell) => cell?.align)) at(rect).format.horizontalAlignment = ALIGN[key];
  for (const { rect } of runsOf(grid, (cell) => (cell?.wrap ? true : undefined))) at(rect).format.wrapText = true;
  for (const { rect } of runsOf(grid, (cell) => (cell?.hyperlink !== undefined ? true : undefined))) {
    const font = at(rect).format.font;
    font.color = LINK_COLOUR;
    font.underline = 'Single';
  }
  grid.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell?.hyperlink === undefined) return;
      at({ top: r, left: c, bottom: r, right: c }).hyperlink = {
        documentReference: cell.hyperlink.replace(/^#/, ''),
        textToDisplay: String(cell.value ?? ''),
      };
    }),
  );
  // Never narrow a column: another table or the user's own data may need its width.
  neededWidths(grid).forEach((points, c) => {
    if (points > (widths[c] ?? 0)) area.getColumn(c).format.columnWidth = points;
  });
  return area;
}
