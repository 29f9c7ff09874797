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
  readonly format: { readonly fill: XlFill };
  getRow(row: number): XlRange;
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

export interface XlWorksheet extends XlLoadable {
  readonly name: string;
  readonly protection: XlLoadable & { readonly protected: boolean };
  getRange(address?: string): XlRange;
  getUsedRange(valuesOnly?: boolean): XlRange;
  activate(): void;
}

export interface XlWorksheets extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(name: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
}

export interface XlWorkbook extends XlLoadable {
  readonly readOnly: boolean;
  readonly worksheets: XlWorksheets;
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
