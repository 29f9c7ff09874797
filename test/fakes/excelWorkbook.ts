import { a1, parseA1, parseRangeA1 } from '../../src/engine/grid/a1';
import type { RangeRef } from '../../src/engine/grid/cellRef';
import type { XlScalar } from '../../src/workbook/office/excelApi';

/** One side of a cell's border as the adapter set it (`Continuous`, `Thin`, `#808080`). */
export type FakeBorder = { style?: string; weight?: string; color?: string };
export type Side = 'top' | 'bottom' | 'left' | 'right';

/** One cell of the in-memory workbook; a formula's `value` is the result Excel last calculated. */
export type FakeCell = {
  value?: XlScalar;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  underline?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders?: Partial<Record<Side, FakeBorder>>;
  /** A link's `documentReference` (`'시트'!D7`). */
  hyperlink?: string;
};

/** What `clear('Formats')` removes: everything but the content and the link. */
export const FORMAT_KEYS = [
  'numberFormat',
  'fill',
  'bold',
  'fontColor',
  'underline',
  'hAlign',
  'vAlign',
  'wrap',
  'borders',
] as const satisfies ReadonlyArray<keyof FakeCell>;

/** Excel's default column width in points (8.43 characters of the default font). */
export const DEFAULT_COLUMN_WIDTH = 48;

export type FakeSheet = {
  name: string;
  cells: Map<string, FakeCell>;
  merges: RangeRef[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  protected: boolean;
  /** Columns whose width differs from DEFAULT_COLUMN_WIDTH, in points. */
  colWidths: Map<number, number>;
  showGridlines: boolean;
  /** The sheet's own defined names: name → what it refers to (`='표'!$B$2:$H$30`). */
  names: Map<string, string>;
};

/** The whole state the fake Excel works on; tests change it directly to play the user. */
export type FakeWorkbook = {
  sheets: FakeSheet[];
  active: string;
  selection?: { sheet: string; address: string };
  readOnly: boolean;
  /** While true, every sync fails as Excel does when the user is typing in a cell. */
  cellEditMode: boolean;
  /** The minor ExcelApi version the host claims: 20 for 1.20, which brings mergeUndoGroup. */
  apiVersion: number;
  /** A host that claims 1.20 yet refuses mergeUndoGroup (seen on some builds): run fails with UndoNotSupported. */
  refuseUndoMerge: boolean;
  /** Workbook-wide defined names: name → what it refers to. */
  names: Map<string, string>;
};

export type SheetSpec = {
  name: string;
  /** Row-major from A1; null leaves a cell blank. A string starting with '=' is a formula (with `results`). */
  rows: ReadonlyArray<ReadonlyArray<XlScalar | null>>;
  formats?: ReadonlyArray<ReadonlyArray<string | null>>;
  /** Calculated results of formula cells, by A1 address. */
  results?: Readonly<Record<string, XlScalar>>;
  merges?: ReadonlyArray<string>;
  hiddenRows?: ReadonlyArray<number>;
  hiddenCols?: ReadonlyArray<number>;
  protected?: boolean;
};

export const key = (row: number, col: number): string => `${row},${col}`;

function buildSheet(spec: SheetSpec): FakeSheet {
  const cells = new Map<string, FakeCell>();
  spec.rows.forEach((line, r) =>
    line.forEach((v, c) => {
      const numberFormat = spec.formats?.[r]?.[c] ?? undefined;
      if (v === null && numberFormat === undefined) return;
      const cell: FakeCell = numberFormat === undefined ? {} : { numberFormat };
      if (typeof v === 'string' && v.startsWith('='))
        Object.assign(cell, { formula: v.slice(1), value: spec.results?.[a1(r, c)] });
      else if (v !== null) cell.value = v;
      cells.set(key(r, c), cell);
    }),
  );
  return {
    name: spec.name,
    cells,
    merges: (spec.merges ?? []).map((m) => parseRangeA1(m)!),
    hiddenRows: new Set(spec.hiddenRows),
    hiddenCols: new Set(spec.hiddenCols),
    protected: spec.protected ?? false,
    colWidths: new Map(),
    showGridlines: true,
    names: new Map(),
  };
}

/** A new, empty sheet, as worksheets.add makes it. */
export const blankSheet = (name: string): FakeSheet => buildSheet({ name, rows: [] });

export function fakeWorkbook(specs: ReadonlyArray<SheetSpec>, options: Partial<Omit<FakeWorkbook, 'sheets'>> = {}): FakeWorkbook {
  return {
    sheets: specs.map(buildSheet),
    active: specs[0]?.name ?? '',
    readOnly: false,
    cellEditMode: false,
    apiVersion: 20,
    refuseUndoMerge: false,
    names: new Map(),
    ...options,
  };
}

export const sheetOf = (wb: FakeWorkbook, name: string): FakeSheet | undefined => wb.sheets.find((s) => s.name === name);

/** The cell at an A1 address, for tests that look at or play the user on the workbook. */
export function cellOf(wb: FakeWorkbook, sheet: string, address: string): FakeCell | undefined {
  const at = parseA1(address)!;
  return sheetOf(wb, sheet)?.cells.get(key(at.row, at.col));
}

/** Type into a cell as the user would: a constant replaces any formula. */
export function typeInto(wb: FakeWorkbook, sheet: string, address: string, value: XlScalar): void {
  const at = parseA1(address)!;
  const cells = sheetOf(wb, sheet)!.cells;
  const { formula: _dropped, ...rest } = cells.get(key(at.row, at.col)) ?? {};
  cells.set(key(at.row, at.col), { ...rest, value });
}

/** The smallest range holding every value or formula (Excel's getUsedRange(true)); A1 on a blank sheet. */
export function usedRect(sheet: FakeSheet): RangeRef | undefined {
  let rect: RangeRef | undefined;
  for (const [k, cell] of sheet.cells) {
    if ((cell.value === undefined || cell.value === '') && cell.formula === undefined) continue;
    const [row, col] = k.split(',').map(Number);
    rect = rect
      ? {
          top: Math.min(rect.top, row),
          left: Math.min(rect.left, col),
          bottom: Math.max(rect.bottom, row),
          right: Math.max(rect.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return rect;
}
