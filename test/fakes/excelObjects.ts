import { a1, rangeA1 } from '../../src/engine/grid/a1';
import type { RangeRef } from '../../src/engine/grid/cellRef';
import type { XlFill, XlRange, XlRangeAreas, XlRangeView, XlScalar } from '../../src/workbook/office/excelApi';
import { key, sheetOf, type FakeSheet, type FakeWorkbook } from './excelWorkbook';

/** How the fake fails: like OfficeExtension.Error, a `code` the adapter can read. */
export class FakeExcelError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Queued work of one RequestContext; `run` returns the bytes its answer adds to the response. */
export type Op = { readonly write?: { readonly sheet: string; readonly bytes: number }; readonly run: () => number };

export type Session = { readonly wb: FakeWorkbook; readonly queue: Op[] };

/** Until a property is loaded and synced, reading it fails, as with PropertyNotLoaded in Office.js. */
abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly session: Session) {}

  /** The values of the named properties as Excel would send them at sync time. */
  protected abstract fetch(name: string): unknown;

  load(names: string | string[]): this {
    // Office.js answers isNullObject with any load of the object.
    const top = [...new Set(['isNullObject', ...(Array.isArray(names) ? names : names.split(',')).map((n) => n.trim().split('/')[0])])];
    this.session.queue.push({
      run: () => {
        const answer = Object.fromEntries(top.map((n) => [n, this.fetch(n)]));
        Object.entries(answer).forEach(([n, v]) => this.loaded.set(n, v));
        return JSON.stringify(answer).length;
      },
    });
    return this;
  }

  preload(name: string, value: unknown): this {
    this.loaded.set(name, value);
    return this;
  }

  protected got<T>(name: string): T {
    if (!this.loaded.has(name)) throw new Error(`PropertyNotLoaded: ${name}`);
    return this.loaded.get(name) as T;
  }
}

const quoted = (name: string): string => (/^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

export function sheetNamed(session: Session, name: string): FakeSheet {
  const sheet = sheetOf(session.wb, name);
  if (!sheet) throw new FakeExcelError('ItemNotFound');
  return sheet;
}

function cellsOf(rect: RangeRef): Array<{ row: number; col: number; r: number; c: number }> {
  const out = [];
  for (let row = rect.top; row <= rect.bottom; row++) for (let col = rect.left; col <= rect.right; col++) out.push({ row, col, r: row - rect.top, c: col - rect.left });
  return out;
}

function matrix<T>(rect: RangeRef, at: (row: number, col: number) => T): T[][] {
  return Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) => Array.from({ length: rect.right - rect.left + 1 }, (_, c) => at(rect.top + r, rect.left + c)));
}

class FakeFill extends FakeObject implements XlFill {
  constructor(session: Session, private readonly sheet: string, private readonly rect: () => RangeRef) {
    super(session);
  }
  protected fetch(): unknown {
    const cells = sheetNamed(this.session, this.sheet).cells;
    const colours = new Set(cellsOf(this.rect()).map(({ row, col }) => cells.get(key(row, col))?.fill ?? '#FFFFFF'));
    return colours.size === 1 ? [...colours][0] : null;
  }
  get color(): string {
    return this.got('color');
  }
  set color(colour: string) {
    this.paint(colour);
  }
  clear(): void {
    this.paint(undefined);
  }
  private paint(colour: string | undefined): void {
    this.session.queue.push({
      write: { sheet: this.sheet, bytes: 80 },
      run: () => {
        const cells = sheetNamed(this.session, this.sheet).cells;
        for (const { row, col } of cellsOf(this.rect())) cells.set(key(row, col), { ...cells.get(key(row, col)), fill: colour });
        return 0;
      },
    });
  }
}

class FakeView extends FakeObject implements XlRangeView {
  constructor(session: Session, private readonly sheet: string, private readonly rect: () => RangeRef) {
    super(session);
  }
  protected fetch(): unknown {
    const s = sheetNamed(this.session, this.sheet);
    const rect = this.rect();
    return matrix(rect, (row, col) => ({ row, col }))
      .filter((line) => !s.hiddenRows.has(line[0].row))
      .map((line) => line.filter(({ col }) => !s.hiddenCols.has(col)).map(({ row, col }) => `${quoted(this.sheet)}!${a1(row, col)}`))
      .filter((line) => line.length > 0);
  }
  get cellAddresses(): string[][] {
    return this.got('cellAddresses');
  }
}

class FakeAreas extends FakeObject implements XlRangeAreas {
  constructor(session: Session, private readonly sheet: string, private readonly rect: () => RangeRef) {
    super(session);
  }
  private within(): RangeRef[] {
    const r = this.rect();
    return sheetNamed(this.session, this.sheet).merges.filter((m) => m.top >= r.top && m.bottom <= r.bottom && m.left >= r.left && m.right <= r.right);
  }
  protected fetch(name: string): unknown {
    if (name === 'isNullObject') return this.within().length === 0;
    return this.within().map((m) => `${quoted(this.sheet)}!${rangeA1(m)}`);
  }
  get isNullObject(): boolean {
    return this.got('isNullObject');
  }
  get areas(): { items: XlRange[] } {
    const addresses = this.got<string[]>('areas');
    return { items: addresses.map((address, i) => new FakeRange(this.session, this.sheet, () => this.within()[i]).preload('address', address)) };
  }
}

export class FakeRange extends FakeObject implements XlRange {
  constructor(session: Session, readonly sheet: string, private readonly rect: () => RangeRef) {
    super(session);
  }
  protected fetch(name: string): unknown {
    const rect = this.rect();
    const cells = sheetNamed(this.session, this.sheet).cells;
    const cell = (row: number, col: number) => cells.get(key(row, col));
    const fetchers: Record<string, () => unknown> = {
      isNullObject: () => false,
      address: () => `${quoted(this.sheet)}!${rangeA1(rect)}`,
      rowIndex: () => rect.top,
      columnIndex: () => rect.left,
      rowCount: () => rect.bottom - rect.top + 1,
      columnCount: () => rect.right - rect.left + 1,
      values: () => matrix(rect, (row, col) => cell(row, col)?.value ?? ''),
      numberFormat: () => matrix(rect, (row, col) => cell(row, col)?.numberFormat ?? 'General'),
      formulas: () => matrix(rect, (row, col) => (cell(row, col)?.formula !== undefined ? `=${cell(row, col)!.formula}` : (cell(row, col)?.value ?? ''))),
      rowHidden: () => cellsOf(rect).every(({ row }) => sheetNamed(this.session, this.sheet).hiddenRows.has(row)),
      columnHidden: () => cellsOf(rect).every(({ col }) => sheetNamed(this.session, this.sheet).hiddenCols.has(col)),
    };
    return fetchers[name]?.();
  }
  get isNullObject(): boolean { return this.got('isNullObject'); }
  get address(): string { return this.got('address'); }
  get rowIndex(): number { return this.got('rowIndex'); }
  get columnIndex(): number { return this.got('columnIndex'); }
  get rowCount(): number { return this.got('rowCount'); }
  get columnCount(): number { return this.got('columnCount'); }
  get rowHidden(): boolean { return this.got('rowHidden'); }
  get columnHidden(): boolean { return this.got('columnHidden'); }
  get values(): XlScalar[][] { return this.got('values'); }
  set values(v: XlScalar[][]) { this.write(v, (cell, x) => (typeof x === 'string' && x.startsWith('=') ? { ...cell, formula: x.slice(1), value: undefined } : { ...cell, formula: undefined, value: x })); }
  get numberFormat(): XlScalar[][] { return this.got('numberFormat'); }
  set numberFormat(v: XlScalar[][]) { this.write(v, (cell, x) => ({ ...cell, numberFormat: String(x) })); }
  get formulas(): XlScalar[][] { return this.got('formulas'); }
  set formulas(v: XlScalar[][]) { this.values = v; }
  get format(): { fill: XlFill } { return { fill: new FakeFill(this.session, this.sheet, this.rect) }; }

  getRow(row: number): XlRange {
    return new FakeRange(this.session, this.sheet, () => ({ ...this.rect(), top: this.rect().top + row, bottom: this.rect().top + row }));
  }
  getColumn(column: number): XlRange {
    return new FakeRange(this.session, this.sheet, () => ({ ...this.rect(), left: this.rect().left + column, right: this.rect().left + column }));
  }
  getMergedAreasOrNullObject(): XlRangeAreas { return new FakeAreas(this.session, this.sheet, this.rect); }
  getVisibleView(): XlRangeView { return new FakeView(this.session, this.sheet, this.rect); }
  select(): void {
    this.session.queue.push({ run: () => ((this.session.wb.selection = { sheet: this.sheet, address: rangeA1(this.rect()) }), 0) });
  }

  private write(v: XlScalar[][], set: (cell: object, x: XlScalar) => object): void {
    this.session.queue.push({
      write: { sheet: this.sheet, bytes: JSON.stringify(v).length + 100 },
      run: () => {
        const rect = this.rect();
        if (v.length !== rect.bottom - rect.top + 1 || v.some((line) => line.length !== rect.right - rect.left + 1)) throw new FakeExcelError('InvalidArgument');
        const cells = sheetNamed(this.session, this.sheet).cells;
        for (const { row, col, r, c } of cellsOf(rect)) cells.set(key(row, col), set(cells.get(key(row, col)) ?? {}, v[r][c]));
        return 0;
      },
    });
  }
}
