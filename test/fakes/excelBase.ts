import type { RangeRef } from '../../src/engine/grid/cellRef';
import type { XlWorksheet } from '../../src/workbook/office/excelApi';
import { key, sheetOf, type FakeCell, type FakeSheet, type FakeWorkbook } from './excelWorkbook';

/** How the fake fails: like OfficeExtension.Error, a `code` the adapter can read. */
export class FakeExcelError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * Queued work of one RequestContext; `run` returns the bytes its answer adds to the response. A write names its
 * sheet ('' for a workbook-level change such as adding a sheet) so the sync can refuse it on a protected sheet.
 */
export type Op = { readonly write?: { readonly sheet: string; readonly bytes: number }; readonly run: () => number };

/** One batch's queue, and how its objects reach a worksheet object without importing its class (no import cycle). */
export type Session = { readonly wb: FakeWorkbook; readonly queue: Op[]; readonly worksheet: (name: string) => XlWorksheet };

/** Until a property is loaded and synced, reading it fails, as with PropertyNotLoaded in Office.js. */
export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly session: Session) {}

  /** The values of the named properties as Excel would send them at sync time. */
  protected abstract fetch(name: string): unknown;

  load(names: string | string[]): this {
    // Office.js answers isNullObject with any load of the object.
    const top = [
      ...new Set(['isNullObject', ...(Array.isArray(names) ? names : names.split(',')).map((n) => n.trim().split('/')[0])]),
    ];
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

export const quoted = (name: string): string => (/^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

export function sheetNamed(session: Session, name: string): FakeSheet {
  const sheet = sheetOf(session.wb, name);
  if (!sheet) throw new FakeExcelError('ItemNotFound');
  return sheet;
}

export function cellsOf(rect: RangeRef): Array<{ row: number; col: number; r: number; c: number }> {
  const out = [];
  for (let row = rect.top; row <= rect.bottom; row++)
    for (let col = rect.left; col <= rect.right; col++) out.push({ row, col, r: row - rect.top, c: col - rect.left });
  return out;
}

export function matrix<T>(rect: RangeRef, at: (row: number, col: number) => T): T[][] {
  return Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
    Array.from({ length: rect.right - rect.left + 1 }, (_, c) => at(rect.top + r, rect.left + c)),
  );
}

/** Queue a change to every cell of a rectangle, sized as Excel would meter the request. */
export function queueCells(
  session: Session,
  sheet: string,
  rect: () => RangeRef,
  bytes: number,
  change: (cell: FakeCell, row: number, col: number) => FakeCell,
): void {
  session.queue.push({
    write: { sheet, bytes },
    run: () => {
      const cells = sheetNamed(session, sheet).cells;
      for (const { row, col } of cellsOf(rect())) cells.set(key(row, col), change(cells.get(key(row, col)) ?? {}, row, col));
      return 0;
    },
  });
}
