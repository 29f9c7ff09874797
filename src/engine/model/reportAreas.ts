import type { RangeRef } from '../grid/cellRef';
import type { Cell, Sheet } from '../grid/sheet';

const inside = (area: RangeRef, row: number, col: number): boolean =>
  row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;

const overlaps = (a: RangeRef, b: RangeRef): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The sheet with only the cells (and merges) for which `keep` holds; positions stay where they are. */
function filtered(sheet: Sheet, keep: (row: number, col: number) => boolean, merges: ReadonlyArray<RangeRef>): Sheet {
  const rows = sheet.rows.map((line, r) => line?.map((cell, c): Cell | undefined => (keep(r, c) ? cell : undefined)));
  const { reports: _reports, ...rest } = sheet;
  return { ...rest, rows, merges };
}

/**
 * The workbook split where perfplan marked its report areas: `source` is every sheet without them (the plan the
 * user wrote), `areas` one sheet per area holding only that area's cells, at their own addresses so findings point
 * to the real cells. A merge belongs to the area it overlaps.
 */
export function splitReportAreas(sheets: ReadonlyArray<Sheet>): { source: Sheet[]; areas: Sheet[] } {
  const source = sheets.map((sheet) => {
    const areas = sheet.reports ?? [];
    if (areas.length === 0) return sheet;
    const outside = (r: number, c: number) => !areas.some((a) => inside(a, r, c));
    return filtered(
      sheet,
      outside,
      sheet.merges.filter((m) => !areas.some((a) => overlaps(a, m))),
    );
  });
  const areas = sheets.flatMap((sheet) =>
    (sheet.reports ?? []).map((area) =>
      filtered(
        sheet,
        (r, c) => inside(area, r, c),
        sheet.merges.filter((m) => overlaps(area, m)),
      ),
    ),
  );
  return { source, areas };
}
