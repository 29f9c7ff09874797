import { parseRangeA1 } from '../../src/engine/grid/a1';
import type { RangeRef } from '../../src/engine/grid/cellRef';
import type {
  XlApplication,
  XlContext,
  XlHost,
  XlLoadable,
  XlNamedItems,
  XlRange,
  XlRunner,
  XlRunOptions,
  XlWorkbook,
  XlWorksheet,
  XlWorksheets,
} from '../../src/workbook/office/excelApi';
import { FakeExcelError, FakeRange, sheetNamed, type Session } from './excelObjects';
import { FakeNames } from './excelNames';
import { blankSheet, sheetOf, usedRect, type FakeWorkbook } from './excelWorkbook';

export { FakeExcelError } from './excelObjects';
export * from './excelWorkbook';

/** What each sync carried, for tests that hold the adapter to one sync per direction and to the payload limit. */
export type SyncLog = { request: number; response: number; writes: number; calcSuspended: boolean; screenSuspended: boolean };
export type Meter = { syncs: number; log: SyncLog[]; runs: XlRunOptions[] };

/** Excel on the web answers at most 5 MB per request and per response. */
export const EXCEL_WEB_LIMIT = 5_000_000;

const A1: RangeRef = { top: 0, left: 0, bottom: 0, right: 0 };
const WHOLE: RangeRef = { top: 0, left: 0, bottom: 1048575, right: 16383 };

class FakeWorksheet implements XlWorksheet {
  constructor(
    private readonly session: Session,
    readonly name: string,
  ) {}
  get names(): XlNamedItems {
    return new FakeNames(this.session, () => sheetNamed(this.session, this.name).names, this.name);
  }
  get protection(): XlLoadable & { protected: boolean } {
    const protectedNow = sheetOf(this.session.wb, this.name)?.protected ?? false;
    return { load: () => undefined, protected: protectedNow };
  }
  load(): unknown {
    return this;
  }
  getRange(address?: string): XlRange {
    const rect = address === undefined ? WHOLE : parseRangeA1(address);
    if (!rect) throw new FakeExcelError('InvalidArgument');
    return new FakeRange(this.session, this.name, () => rect);
  }
  getUsedRange(): XlRange {
    return new FakeRange(this.session, this.name, () => usedRect(sheetNamed(this.session, this.name)) ?? A1);
  }
  activate(): void {
    this.session.queue.push({ run: () => ((this.session.wb.active = this.name), 0) });
  }
  /** Deleting needs an unlocked workbook, not an unprotected sheet: the write is workbook-level (''). */
  delete(): void {
    this.session.queue.push({
      write: { sheet: '', bytes: 60 },
      run: () => {
        const wb = this.session.wb;
        sheetNamed(this.session, this.name);
        wb.sheets = wb.sheets.filter((s) => s.name !== this.name);
        if (wb.active === this.name) wb.active = wb.sheets[0]?.name ?? '';
        if (wb.selection?.sheet === this.name) wb.selection = undefined;
        return 0;
      },
    });
  }
  get showGridlines(): boolean {
    return sheetNamed(this.session, this.name).showGridlines;
  }
  set showGridlines(on: boolean) {
    this.session.queue.push({
      write: { sheet: this.name, bytes: 60 },
      run: () => ((sheetNamed(this.session, this.name).showGridlines = on), 0),
    });
  }
}

class FakeWorksheets implements XlWorksheets {
  private loadedItems: XlWorksheet[] | undefined;
  constructor(private readonly session: Session) {}
  load(): unknown {
    this.session.queue.push({
      run: () => {
        this.loadedItems = this.session.wb.sheets.map((s) => new FakeWorksheet(this.session, s.name));
        return JSON.stringify(this.session.wb.sheets.map((s) => ({ name: s.name, protected: s.protected }))).length;
      },
    });
    return this;
  }
  get items(): XlWorksheet[] {
    if (!this.loadedItems) throw new Error('PropertyNotLoaded: items');
    return this.loadedItems;
  }
  getItem(name: string): XlWorksheet {
    return new FakeWorksheet(this.session, name);
  }
  getActiveWorksheet(): XlWorksheet {
    return new FakeWorksheet(this.session, this.session.wb.active);
  }
  /** Excel compares sheet names without case. */
  add(name: string = `Sheet${this.session.wb.sheets.length + 1}`): XlWorksheet {
    this.session.queue.push({
      write: { sheet: '', bytes: 60 },
      run: () => {
        if (this.session.wb.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw new FakeExcelError('ItemAlreadyExists');
        this.session.wb.sheets.push(blankSheet(name));
        return 0;
      },
    });
    return new FakeWorksheet(this.session, name);
  }
}

/** The selection Excel reports: the user's (`wb.selection`), else A1 of the active sheet. */
function selectedRange(session: Session): XlRange {
  const at = session.wb.selection ?? { sheet: session.wb.active, address: 'A1' };
  return new FakeRange(session, at.sheet, () => parseRangeA1(at.address) ?? A1);
}

class FakeContext implements XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  private readonly session: Session;
  private flags = { calc: false, screen: false };
  private readOnlyLoaded: boolean | undefined;

  constructor(
    wb: FakeWorkbook,
    private readonly meter: Meter,
    private readonly limit: number,
  ) {
    this.session = { wb, queue: [], worksheet: (name) => new FakeWorksheet(this.session, name) };
    const session = this.session;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the workbook's getters below answer for this context
    const context = this;
    this.workbook = {
      worksheets: new FakeWorksheets(session),
      names: new FakeNames(session, () => wb.names, ''),
      get readOnly(): boolean {
        if (context.readOnlyLoaded === undefined) throw new Error('PropertyNotLoaded: readOnly');
        return context.readOnlyLoaded;
      },
      load: () => session.queue.push({ run: () => ((context.readOnlyLoaded = wb.readOnly), 16) }),
      getSelectedRange: () => selectedRange(session),
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => void (this.flags.calc = true),
      suspendScreenUpdatingUntilNextSync: () => void (this.flags.screen = true),
    };
  }

  async sync(): Promise<void> {
    this.meter.syncs++;
    const ops = this.session.queue.splice(0);
    const flags = this.flags;
    this.flags = { calc: false, screen: false };
    const { wb } = this.session;
    if (wb.cellEditMode) throw new FakeExcelError('InvalidOperationInCellEditMode');
    const writes = ops.flatMap((op) => (op.write ? [op.write] : []));
    if (writes.some((w) => wb.readOnly || sheetOf(wb, w.sheet)?.protected)) throw new FakeExcelError('AccessDenied');
    const request = writes.reduce((sum, w) => sum + w.bytes, 0);
    if (request > this.limit) throw new FakeExcelError('RequestPayloadSizeLimitExceeded');
    const response = ops.reduce((sum, op) => sum + op.run(), 0);
    if (response > this.limit) throw new FakeExcelError('ResponsePayloadSizeLimitExceeded');
    this.meter.log.push({ request, response, writes: writes.length, calcSuspended: flags.calc, screenSuspended: flags.screen });
  }
}

/** Excel.run over the in-memory workbook: a fresh context per batch, as Office.js gives. */
class FakeRunner implements XlRunner {
  constructor(
    private readonly wb: FakeWorkbook,
    private readonly meter: Meter,
    private readonly limit: number,
  ) {}
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  run<T>(options: XlRunOptions, batch: (context: XlContext) => Promise<T>): Promise<T>;
  async run<T>(
    first: XlRunOptions | ((context: XlContext) => Promise<T>),
    second?: (context: XlContext) => Promise<T>,
  ): Promise<T> {
    const options = typeof first === 'function' ? {} : first;
    const batch = typeof first === 'function' ? first : second!;
    if (options.mergeUndoGroup && (this.wb.apiVersion < 20 || this.wb.refuseUndoMerge))
      throw new FakeExcelError('UndoNotSupported');
    this.meter.runs.push(options);
    return batch(new FakeContext(this.wb, this.meter, this.limit));
  }
}

/** `ExcelApi` `1.x` is supported when x is at most the workbook's claimed minor version. */
const supports =
  (wb: FakeWorkbook) =>
  (name: string, version: string): boolean =>
    name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= wb.apiVersion;

export type FakeExcel = { host: XlHost; meter: Meter };

export function fakeExcel(wb: FakeWorkbook, options: { limit?: number } = {}): FakeExcel {
  const meter: Meter = { syncs: 0, log: [], runs: [] };
  return { host: { excel: new FakeRunner(wb, meter, options.limit ?? EXCEL_WEB_LIMIT), isSetSupported: supports(wb) }, meter };
}

/**
 * Install the fake as the `Excel` and `Office` globals the real host code reads (officeHost, index.tsx), so the
 * same fake can back a browser page. Returns the meter and a function that removes the globals again.
 */
export function installExcelFake(
  wb: FakeWorkbook,
  options: { limit?: number; displayLanguage?: string } = {},
): FakeExcel & { uninstall: () => void } {
  const fake = fakeExcel(wb, options);
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.Excel = fake.host.excel;
  globals.Office = {
    context: { displayLanguage: options.displayLanguage ?? 'ko-KR', requirements: { isSetSupported: fake.host.isSetSupported } },
    onReady: (callback?: (info: { host: string }) => void) => {
      callback?.({ host: 'Excel' });
      return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
    },
  };
  return { ...fake, uninstall: () => void (delete globals.Excel, delete globals.Office) };
}
