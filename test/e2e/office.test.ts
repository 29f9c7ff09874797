import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { refA1 } from '../../src/engine/grid/a1';
import { ko } from '../../src/taskpane/strings/ko';
import type { FakeWorkbook } from '../fakes/excel';
import { seriousViolations } from './support/axe';
import { hygiene, OFFICE_JS } from './support/guard';
import { brokenSheets, cleanSheets, count, expectedFor } from './support/plan';
import { builtPaths, startSession, type Session } from './support/session';
import { sheetSpecs } from './support/sheetSpecs';

/** Excel's task pane is about 350 px wide. */
const PANE = { viewport: { width: 360, height: 900 } };

let session: Session;
beforeAll(async () => void (session = await startSession()));
afterAll(async () => session?.close());

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** The fake workbook's cell as the page holds it, after the pane's writes. */
const fakeCell = (page: Page, sheet: string, row: number, col: number) =>
  page.evaluate(
    ([s, r, c]) =>
      (window as unknown as { perfplanFake: { wb: FakeWorkbook } }).perfplanFake.wb.sheets
        .find((x) => x.name === s)
        ?.cells.get(`${r},${c}`),
    [sheet, row, col] as const,
  );
const fakeSelection = (page: Page) =>
  page.evaluate(() => (window as unknown as { perfplanFake: { wb: FakeWorkbook } }).perfplanFake.wb.selection);

describe('task pane in Office (the fake Excel in Chromium in place of Office.js)', () => {
  it('checks the workbook, selects the cell of a finding in Excel, recomputes and undoes', async () => {
    const sheets = brokenSheets();
    const expected = expectedFor(sheets);
    const [error] = expected.errors;
    const fakeScript = readFileSync(builtPaths().officeFake, 'utf8');
    const { page, guard } = await session.open({
      ...PANE,
      before: async (p) => {
        await p.addInitScript(`window.perfplanFakeSpecs = ${JSON.stringify(sheetSpecs(sheets))};`);
        await p.addInitScript(fakeScript);
      },
    });

    await button(page, ko.check).click();
    await page
      .getByText(
        ko.findingCounts(
          count(expected.findings, 'error'),
          count(expected.findings, 'warning'),
          count(expected.findings, 'info'),
        ),
      )
      .waitFor();
    await session.shot(page, 'office-1-checked');
    await page.getByRole('button').filter({ hasText: error.message.ko }).click();
    await page.waitForFunction(
      () => (window as unknown as { perfplanFake: { wb: FakeWorkbook } }).perfplanFake.wb.selection !== undefined,
    );
    await expect(fakeSelection(page)).resolves.toEqual({ sheet: error.ref.sheet, address: refA1(error.ref) });
    const before = (await fakeCell(page, error.ref.sheet, error.ref.row, error.ref.col))?.fill;
    await button(page, ko.highlightErrors).click();
    await button(page, ko.clearHighlight).waitFor();
    expect((await fakeCell(page, error.ref.sheet, error.ref.row, error.ref.col))?.fill).not.toBe(before);
    await button(page, ko.clearHighlight).click();
    await button(page, ko.highlightErrors).waitFor();
    expect((await fakeCell(page, error.ref.sheet, error.ref.row, error.ref.col))?.fill).toBe(before);

    await button(page, ko.recompute).click();
    await page.getByText(ko.previewCount(expected.edits.length)).waitFor();
    await session.shot(page, 'office-2-preview');
    expect(await seriousViolations(page)).toEqual([]);
    await button(page, ko.apply).click();
    await page.getByText(ko.applied(expected.edits.length, expected.errorsAfter)).waitFor();
    const clean = cleanSheets()[0].rows[error.ref.row]?.[error.ref.col]?.value;
    expect((await fakeCell(page, error.ref.sheet, error.ref.row, error.ref.col))?.value).toBe(clean);
    await session.shot(page, 'office-3-applied');

    await button(page, ko.undo).click();
    await page.getByText(ko.undone(expected.edits.length)).waitFor();
    expect((await fakeCell(page, error.ref.sheet, error.ref.row, error.ref.col))?.value).toBe(error.stated);

    // The fake is Office: with the Office global already there the pane loads no Office.js, local or CDN.
    expect(guard.requests.filter((url) => OFFICE_JS.test(url) || url.endsWith('/office.js'))).toEqual([]);
    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });
});
