import { rangeA1 } from '../../src/engine/grid/a1';
import type { XlNamedItem, XlNamedItems, XlRange } from '../../src/workbook/office/excelApi';
import { FakeExcelError, quoted, type Session } from './excelBase';
import { FakeRange } from './excelObjects';

/** `$B$2:$H$30`: the absolute form Excel gives a name's reference. */
const absolute = (a1: string): string => a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/**
 * The defined names of one scope: `names` is the map it lives in (a sheet's, or the workbook's). Adding a name the
 * scope holds fails as Excel does; a range becomes `=Sheet!$B$2:$H$30`.
 */
export class FakeNames implements XlNamedItems {
  private loaded: XlNamedItem[] | undefined;
  constructor(
    private readonly session: Session,
    private readonly names: () => Map<string, string>,
    private readonly writeSheet: string,
  ) {}
  load(): unknown {
    this.session.queue.push({
      run: () => {
        this.loaded = [...this.names()].map(([name, formula]) => this.item(name, formula));
        return JSON.stringify(this.loaded.map(({ name, formula }) => ({ name, formula }))).length;
      },
    });
    return this;
  }
  get items(): XlNamedItem[] {
    if (!this.loaded) throw new Error('PropertyNotLoaded: items');
    return this.loaded;
  }
  add(name: string, reference: XlRange | string): XlNamedItem {
    if (typeof reference !== 'string' && !(reference instanceof FakeRange)) throw new FakeExcelError('InvalidArgument');
    const formula =
      typeof reference === 'string' ? reference : `=${quoted(reference.sheet)}!${absolute(rangeA1(reference.rect()))}`;
    this.session.queue.push({
      write: { sheet: this.writeSheet, bytes: 80 },
      run: () => {
        const names = this.names();
        if ([...names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new FakeExcelError('ItemAlreadyExists');
        names.set(name, formula);
        return 0;
      },
    });
    return this.item(name, formula);
  }
  /** Loaded, it says whether the scope holds the name at sync time. */
  getItemOrNullObject(name: string): XlNamedItem {
    let missing: boolean | undefined;
    return {
      ...this.item(name, ''),
      load: () => this.session.queue.push({ run: () => ((missing = !this.names().has(name)), 16) }),
      get isNullObject(): boolean {
        if (missing === undefined) throw new Error('PropertyNotLoaded: isNullObject');
        return missing;
      },
    };
  }
  private item(name: string, formula: string): XlNamedItem {
    return {
      isNullObject: false,
      load: () => undefined,
      name,
      formula,
      delete: () =>
        this.session.queue.push({ write: { sheet: this.writeSheet, bytes: 40 }, run: () => (this.names().delete(name), 0) }),
    };
  }
}
