import { rangeA1, parseRangeA1, type RangeRef, type Sheet } from '../engine/edge';

/**
 * How perfplan marks the area it drew a report into: a defined name `perfplan.report.N` referring to that area.
 * A name survives saving, moves with inserted rows and a renamed sheet, is invisible in the grid, and both adapters
 * can write and read it (exceljs `definedNames`; Office.js `names`, ExcelApi 1.4). Each area gets its own name,
 * since one name over areas of several sheets is not a valid reference.
 */
const PREFIX = 'perfplan.report.';
const MARK = /^perfplan\.report\.\d+$/i;

export const isReportMark = (name: string): boolean => MARK.test(name);

/** The first `perfplan.report.N` not among `taken` (Excel compares names without case). */
export function freeMarkName(taken: ReadonlyArray<string>): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let n = 1;
  while (used.has(`${PREFIX}${n}`)) n += 1;
  return `${PREFIX}${n}`;
}

/** `'표 (2)'!$B$2:$H$30`: the sheet always quoted (its quotes doubled), the cells absolute. */
export function markReference(sheet: string, area: RangeRef): string {
  const absolute = rangeA1(area).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

export type MarkedArea = { readonly sheet: string; readonly area: RangeRef };

/**
 * The areas a name's reference (`='표'!$B$2:$H$30`, `Sheet1!$B$2:$H$30`, several joined by commas) points to;
 * nothing for what is not a plain range (`#REF!` after the sheet was deleted, a formula).
 */
export function markedAreas(reference: string): MarkedArea[] {
  const parts = reference.replace(/^=/, '').match(/('(?:[^']|'')+'|[^'!,]+)![$A-Za-z0-9:]+/g) ?? [];
  return parts.flatMap((part) => {
    const bang = part.lastIndexOf('!');
    const quoted = part.slice(0, bang);
    const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
    const area = parseRangeA1(part.slice(bang + 1).replace(/\$/g, ''));
    return area ? [{ sheet, area }] : [];
  });
}

/** The sheets with the marked areas that lie on each (Excel compares sheet names without case). */
export function withReportAreas(sheets: ReadonlyArray<Sheet>, marked: ReadonlyArray<MarkedArea>): Sheet[] {
  return sheets.map((sheet) => {
    const reports = marked.filter((m) => m.sheet.toLowerCase() === sheet.name.toLowerCase()).map((m) => m.area);
    return reports.length > 0 ? { ...sheet, reports } : sheet;
  });
}
