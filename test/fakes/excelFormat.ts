import type { RangeRef } from '../../src/engine/grid/cellRef';
import type { XlBorder, XlBorders, XlFill, XlFont, XlRangeFormat } from '../../src/workbook/office/excelApi';
import { cellsOf, FakeExcelError, FakeObject, queueCells, sheetNamed, type Session } from './excelBase';
import { DEFAULT_COLUMN_WIDTH, key, type FakeBorder, type FakeCell, type Side } from './excelWorkbook';

/** A format property set on a range: the same change queued for every cell of it. */
abstract class FakePart extends FakeObject {
  constructor(
    session: Session,
    protected readonly sheet: string,
    protected readonly rect: () => RangeRef,
  ) {
    super(session);
  }
  protected set(change: (cell: FakeCell, row: number, col: number) => FakeCell): void {
    queueCells(this.session, this.sheet, this.rect, 80, change);
  }
  /** One value when every cell of the range has it, null otherwise (as Excel answers a mixed range). */
  protected same<T>(of: (cell: FakeCell | undefined) => T): T | null {
    const cells = sheetNamed(this.session, this.sheet).cells;
    const seen = new Set(cellsOf(this.rect()).map(({ row, col }) => of(cells.get(key(row, col)))));
    return seen.size === 1 ? [...seen][0] : null;
  }
}

export class FakeFill extends FakePart implements XlFill {
  protected fetch(): unknown {
    return this.same((cell) => cell?.fill ?? '#FFFFFF');
  }
  get color(): string {
    return this.got('color');
  }
  set color(colour: string) {
    this.set((cell) => ({ ...cell, fill: colour }));
  }
  clear(): void {
    this.set((cell) => ({ ...cell, fill: undefined }));
  }
}

class FakeFont extends FakePart implements XlFont {
  protected fetch(name: string): unknown {
    return this.same((cell) =>
      name === 'bold' ? (cell?.bold ?? false) : name === 'color' ? (cell?.fontColor ?? '#000000') : (cell?.underline ?? 'None'),
    );
  }
  get bold(): boolean {
    return this.got('bold');
  }
  set bold(on: boolean) {
    this.set((cell) => ({ ...cell, bold: on }));
  }
  get color(): string {
    return this.got('color');
  }
  set color(colour: string) {
    this.set((cell) => ({ ...cell, fontColor: colour }));
  }
  get underline(): string {
    return this.got('underline');
  }
  set underline(style: string) {
    this.set((cell) => ({ ...cell, underline: style }));
  }
}

/** Which sides of which cells a border index draws: the outer edges, or the lines between cells inside. */
const SIDES: Record<string, (rect: RangeRef, row: number, col: number) => Side[]> = {
  EdgeTop: (r, row) => (row === r.top ? ['top'] : []),
  EdgeBottom: (r, row) => (row === r.bottom ? ['bottom'] : []),
  EdgeLeft: (r, _row, col) => (col === r.left ? ['left'] : []),
  EdgeRight: (r, _row, col) => (col === r.right ? ['right'] : []),
  InsideHorizontal: (r, row) => [...(row > r.top ? (['top'] as const) : []), ...(row < r.bottom ? (['bottom'] as const) : [])],
  InsideVertical: (r, _row, col) => [
    ...(col > r.left ? (['left'] as const) : []),
    ...(col < r.right ? (['right'] as const) : []),
  ],
};

class FakeBorderLine implements XlBorder {
  constructor(private readonly part: (change: Partial<FakeBorder>) => void) {}
  get style(): string {
    throw new Error('PropertyNotLoaded: style');
  }
  set style(style: string) {
    this.part({ style });
  }
  get weight(): string {
    throw new Error('PropertyNotLoaded: weight');
  }
  set weight(weight: string) {
    this.part({ weight });
  }
  get color(): string {
    throw new Error('PropertyNotLoaded: color');
  }
  set color(color: string) {
    this.part({ color });
  }
}

class FakeBorders extends FakePart implements XlBorders {
  protected fetch(): unknown {
    return undefined;
  }
  getItem(index: string): XlBorder {
    const sides = SIDES[index];
    if (!sides) throw new FakeExcelError('InvalidArgument');
    return new FakeBorderLine((change) =>
      this.set((cell, row, col) => {
        const borders = { ...cell.borders };
        for (const side of sides(this.rect(), row, col)) borders[side] = { ...borders[side], ...change };
        return { ...cell, borders };
      }),
    );
  }
}

export class FakeFormat extends FakePart implements XlRangeFormat {
  protected fetch(name: string): unknown {
    if (name === 'columnWidth') {
      const widths = sheetNamed(this.session, this.sheet).colWidths;
      const r = this.rect();
      const seen = new Set(
        Array.from({ length: r.right - r.left + 1 }, (_, i) => widths.get(r.left + i) ?? DEFAULT_COLUMN_WIDTH),
      );
      return seen.size === 1 ? [...seen][0] : null;
    }
    if (name === 'horizontalAlignment') return this.same((cell) => cell?.hAlign ?? 'General');
    if (name === 'verticalAlignment') return this.same((cell) => cell?.vAlign ?? 'Bottom');
    if (name === 'wrapText') return this.same((cell) => cell?.wrap ?? false);
    return undefined;
  }
  get fill(): XlFill {
    return new FakeFill(this.session, this.sheet, this.rect);
  }
  get font(): XlFont {
    return new FakeFont(this.session, this.sheet, this.rect);
  }
  get borders(): XlBorders {
    return new FakeBorders(this.session, this.sheet, this.rect);
  }
  get horizontalAlignment(): string {
    return this.got('horizontalAlignment');
  }
  set horizontalAlignment(align: string) {
    this.set((cell) => ({ ...cell, hAlign: align }));
  }
  get verticalAlignment(): string {
    return this.got('verticalAlignment');
  }
  set verticalAlignment(align: string) {
    this.set((cell) => ({ ...cell, vAlign: align }));
  }
  get wrapText(): boolean {
    return this.got('wrapText');
  }
  set wrapText(on: boolean) {
    this.set((cell) => ({ ...cell, wrap: on }));
  }
  get columnWidth(): number {
    return this.got('columnWidth');
  }
  set columnWidth(points: number) {
    this.session.queue.push({
      write: { sheet: this.sheet, bytes: 80 },
      run: () => {
        const r = this.rect();
        for (let col = r.left; col <= r.right; col++) sheetNamed(this.session, this.sheet).colWidths.set(col, points);
        return 0;
      },
    });
  }
  /** Row heights are not modelled: the call is metered like any other write. */
  autofitRows(): void {
    this.session.queue.push({ write: { sheet: this.sheet, bytes: 60 }, run: () => 0 });
  }
}
