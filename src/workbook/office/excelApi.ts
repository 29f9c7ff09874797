/**
 * The part of Office.js's Excel API this adapter uses, as plain structural types. The real `Excel` namespace
 * satisfies them (checked where `officeHost` is built), and so does the in-memory fake in test/fakes/excel.ts:
 * neither side needs a cast, and the compiler tells us when the adapter starts using something the fake lacks.
 */

/** What a cell's value may be on the wire: Excel sends '' for a blank cell and the error text for an error. */
export type XlScalar = string | number | boolean;

export interface XlLoadable {
  load(propertyNames: string | string[]): unknown;
}

export interface XlFill extends XlLoadable {
  color: string;
  clear(): void;
}

/** One edge or the inner lines of a range; Excel names them `EdgeTop` … `InsideHorizontal`. */
export interface XlBorder {
  style: string;
  weight: string;
  color: string;
}

export interface XlBorders {
  getItem(index: string): XlBorder;
}

export interface XlFont {
  bold: boolean;
  color: string;
  underline: string;
}

export interface XlRangeFormat extends XlLoadable {
  readonly fill: XlFill;
  readonly font: XlFont;
  readonly borders: XlBorders;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  /** In points; set on a range, it widens or narrows every column the range touches. */
  columnWidth: number;
  autofitRows(): void;
}

/** A link inside the workbook: `documentReference` is `'시트'!D7`. */
export type XlHyperlink = { documentReference?: string; textToDisplay?: string };

export interface XlRange extends XlLoadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: XlScalar[][];
  numberFormat: XlScalar[][];
  formulas: XlScalar[][];
  readonly rowHidden: boolean;
  readonly columnHidden: boolean;
  readonly format: XlRangeFormat;
  hyperlink: XlHyperlink;
  readonly worksheet: XlWorksheet;
  getRow(row: number): XlRange;
  getCell(row: number, column: number): XlRange;
  /** The range grown (or shrunk) by rows and columns from its bottom-right corner. */
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange;
  merge(across?: boolean): void;
  unmerge(): void;
  /** `applyTo`: 'All', 'Formats', 'Contents' … */
  clear(applyTo?: string): void;
  getColumn(column: number): XlRange;
  getMergedAreasOrNullObject(): XlRangeAreas;
  getVisibleView(): XlRangeView;
  select(): void;
}

/** The visible cells of a range: what tells hidden rows and columns apart without one request per row. */
export interface XlRangeView extends XlLoadable {
  readonly cellAddresses: string[][];
}

export interface XlRangeAreas extends XlLoadable {
  readonly isNullObject: boolean;
  readonly areas: { readonly items: XlRange[] };
}

/** A defined name; `formula` is what it refers to (`='표'!$B$2:$H$30`). */
export interface XlNamedItem extends XlLoadable {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly formula: string;
  delete(): void;
}

/** The names of a workbook or of one sheet (ExcelApi 1.4). */
export interface XlNamedItems extends XlLoadable {
  readonly items: XlNamedItem[];
  add(name: string, reference: XlRange | string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlWorksheet extends XlLoadable {
  readonly name: string;
  readonly names: XlNamedItems;
  readonly protection: XlLoadable & { readonly protected: boolean };
  getRange(address?: string): XlRange;
  getUsedRange(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
  showGridlines: boolean;
}

/** What Excel tells of a change of cells on a worksheet (ExcelApi 1.7): `address` is on that sheet, `B4` or `B4:C9`. */
export type XlChangedEvent = { readonly worksheetId: string; readonly address: string };

export interface XlEventSource<E> {
  add(handler: (event: E) => Promise<void>): unknown;
}

export interface XlWorksheets extends XlLoadable {
  readonly items: XlWorksheet[];
  /** Absent on a host (or fake) without events: then nothing is marked stale. */
  readonly onChanged?: XlEventSource<XlChangedEvent>;
  getItem(name: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorkbook extends XlLoadable {
  readonly readOnly: boolean;
  readonly names: XlNamedItems;
  readonly worksheets: XlWorksheets;
  getSelectedRange(): XlRange;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<void>;
}

export type XlRunOptions = { mergeUndoGroup?: boolean };

export interface XlRunner {
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  run<T>(options: XlRunOptions, batch: (context: XlContext) => Promise<T>): Promise<T>;
}

/** Excel plus the one Office question the adapter asks: which requirement sets this host supports. */
export type XlHost = {
  readonly excel: XlRunner;
  isSetSupported(name: string, version: string): boolean;
};
