import { a1, rangeA1 } from '../../src/engine/grid/a1';
import type { RangeRef } from '../../src/engine/grid/cellRef';
import type {
  XlHyperlink,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlRangeView,
  XlScalar,
  XlWorksheet,
} from '../../src/workbook/office/excelApi';
import { cellsOf, FakeExcelError, FakeObject, matrix, queueCells, quoted, sheetNamed, type Session } from './excelBase';
import { FakeFormat } from './excelFormat';
import { FORMAT_KEYS, key, type FakeCell } from './excelWorkbook';

export { FakeExcelError, sheetNamed, type Op, type Session } from './excelBase';

const overlaps = (a: RangeRef, b: RangeRef): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** What each `clear(applyTo)` takes off a cell; 'All' leaves nothing. */
const CLEARS: Record<string, (cell: FakeCell) => FakeCell> = {
  All: () => ({}),
  Contents: ({ value: _v, formula: _f, ...rest }) => rest,
  Formats: (cell) =>
    Object.fromEntries(Object.entries(cell).filter(([k]) => !(FORMAT_KEYS as ReadonlyArray<string>).includes(k))),
  Hyperlinks: ({ hyperlink: _h, ...rest }) => rest,
};

class FakeView extends FakeObject implements XlRangeView {
  constructor(
    session: Session,
    private readonly sheet: string,
    private readonly rect: () => RangeRef,
  ) {
    super(session);
  }
  protected fetch(): unknown {
    const s = sheetNamed(this.session, this.sheet);
    const rect = this.rect();
    return matrix(rect, (row, col) => ({ row, col }))
      .filter((line) => !s.hiddenRows.has(line[0].row))
      .map((line) =>
        line.filter(({ col }) => !s.hiddenCols.has(col)).map(({ row, col }) => `${quoted(this.sheet)}!${a1(row, col)}`),
      )
      .filter((line) => line.length > 0);
  }
  get cellAddresses(): string[][] {
    return this.got('cellAddresses');
  }
}

class FakeAreas extends FakeObject implements XlRangeAreas {
  constructor(
    session: Session,
    private readonly sheet: string,
    private readonly rect: () => RangeRef,
  ) {
    super(session);
  }
  private within(): RangeRef[] {
    const r = this.rect();
    // Excel lists every merged area the range touches, not only those inside it.
    return sheetNamed(this.session, this.sheet).merges.filter((m) => overlaps(m, r));
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
    return {
      items: addresses.map((address, i) =>
        new FakeRange(this.session, this.sheet, () => this.within()[i]).preload('address', address),
      ),
    };
  }
}

export class FakeRange extends FakeObject implements XlRange {
  constructor(
    session: Session,
    readonly sheet: string,
    readonly rect: () => RangeRef,
  ) {
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
      formulas: () =>
        matrix(rect, (row, col) =>
          cell(row, col)?.formula !== undefined ? `=${cell(row, col)!.formula}` : (cell(row, col)?.value ?? ''),
        ),
      rowHidden: () => cellsOf(rect).every(({ row }) => sheetNamed(this.session, this.sheet).hiddenRows.has(row)),
      hyperlink: () =>
        cell(rect.top, rect.left)?.hyperlink === undefined ? {} : { documentReference: cell(rect.top, rect.left)!.hyperlink },
      columnHidden: () => cellsOf(rect).every(({ col }) => sheetNamed(this.session, this.sheet).hiddenCols.has(col)),
    };
    return fetchers[name]?.();
  }
  get isNullObject(): boolean {
    return this.got('isNullObject');
  }
  get address(): string {
    return this.got('address');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get rowHidden(): boolean {
    return this.got('rowHidden');
  }
  get columnHidden(): boolean {
    return this.got('columnHidden');
  }
  get values(): XlScalar[][] {
    return this.got('values');
  }
  set values(v: XlScalar[][]) {
    this.write(v, (cell, x) =>
      typeof x === 'string' && x.startsWith('=')
        ? { ...cell, formula: x.slice(1), value: undefined }
        : { ...cell, formula: undefined, value: x },
    );
  }
  get numberFormat(): XlScalar[][] {
    return this.got('numberFormat');
  }
  set numberFormat(v: XlScalar[][]) {
    this.write(v, (cell, x) => ({ ...cell, numberFormat: String(x) }));
  }
  get formulas(): XlScalar[][] {
    return this.got('formulas');
  }
  set formulas(v: XlScalar[][]) {
    this.values = v;
  }
  get format(): XlRangeFormat {
    return new FakeFormat(this.session, this.sheet, this.rect);
  }
  get hyperlink(): XlHyperlink {
    return this.got('hyperlink');
  }
  set hyperlink(link: XlHyperlink) {
    queueCells(this.session, this.sheet, this.rect, 120, (cell) => ({ ...cell, hyperlink: link.documentReference }));
  }
  get worksheet(): XlWorksheet {
    return this.session.worksheet(this.sheet);
  }

  getRow(row: number): XlRange {
    return new FakeRange(this.session, this.sheet, () => ({
      ...this.rect(),
      top: this.rect().top + row,
      bottom: this.rect().top + row,
    }));
  }
  getColumn(column: number): XlRange {
    return new FakeRange(this.session, this.sheet, () => ({
      ...this.rect(),
      left: this.rect().left + column,
      right: this.rect().left + column,
    }));
  }
  getCell(row: number, column: number): XlRange {
    return new FakeRange(this.session, this.sheet, () => ({
      top: this.rect().top + row,
      left: this.rect().left + column,
      bottom: this.rect().top + row,
      right: this.rect().left + column,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange {
    return new FakeRange(this.session, this.sheet, () => {
      const r = this.rect();
      const grown = { ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns };
      if (grown.bottom < grown.top || grown.right < grown.left) throw new FakeExcelError('InvalidArgument');
      return grown;
    });
  }
  /** Excel refuses to merge over part of another merged area: the adapter must unmerge first. */
  merge(across = false): void {
    this.session.queue.push({
      write: { sheet: this.sheet, bytes: 80 },
      run: () => {
        const s = sheetNamed(this.session, this.sheet);
        const rect = this.rect();
        if (across) throw new FakeExcelError('NotImplemented');
        if (s.merges.some((m) => overlaps(m, rect))) throw new FakeExcelError('InvalidOperation');
        s.merges.push(rect);
        return 0;
      },
    });
  }
  unmerge(): void {
    this.session.queue.push({
      write: { sheet: this.sheet, bytes: 60 },
      run: () => {
        const s = sheetNamed(this.session, this.sheet);
        s.merges = s.merges.filter((m) => !overlaps(m, this.rect()));
        return 0;
      },
    });
  }
  clear(applyTo = 'All'): void {
    const clearing = CLEARS[applyTo];
    if (!clearing) throw new FakeExcelError('InvalidArgument');
    queueCells(this.session, this.sheet, this.rect, 60, clearing);
  }
  getMergedAreasOrNullObject(): XlRangeAreas {
    return new FakeAreas(this.session, this.sheet, this.rect);
  }
  getVisibleView(): XlRangeView {
    return new FakeView(this.session, this.sheet, this.rect);
  }
  select(): void {
    this.session.queue.push({
      run: () => ((this.session.wb.selection = { sheet: this.sheet, address: rangeA1(this.rect()) }), 0),
    });
  }

  private write(v: XlScalar[][], set: (cell: object, x: XlScalar) => object): void {
    this.session.queue.push({
      write: { sheet: this.sheet, bytes: JSON.stringify(v).length + 100 },
      run: () => {
        const rect = this.rect();
        if (v.length !== rect.bottom - rect.top + 1 || v.some((line) => line.length !== rect.right - rect.left + 1))
          throw new FakeExcelError('InvalidArgument');
        const cells = sheetNamed(this.session, this.sheet).cells;
        for (const { row, col, r, c } of cellsOf(rect)) cells.set(key(row, col), set(cells.get(key(row, col)) ?? {}, v[r][c]));
        return 0;
      },
    });
  }
}
