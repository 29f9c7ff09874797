import { fakeWorkbook, installExcelFake, type FakeExcel, type FakeWorkbook, type SheetSpec } from '../../fakes/excel';

/**
 * Runs in the page before the pane's own scripts (playwright's addInitScript): installs the in-memory Excel as the
 * Office and Excel globals over the sheets the test put in `window.perfplanFakeSpecs`, and leaves the workbook and
 * meter on `window.perfplanFake` for the test to look at.
 */
type FakeWindow = { perfplanFakeSpecs?: SheetSpec[]; perfplanFake?: { wb: FakeWorkbook; meter: FakeExcel['meter'] } };

const page = window as unknown as FakeWindow;
const wb = fakeWorkbook(page.perfplanFakeSpecs ?? []);
page.perfplanFake = { wb, meter: installExcelFake(wb, { displayLanguage: 'ko-KR' }).meter };
