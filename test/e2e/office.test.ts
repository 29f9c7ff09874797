import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { refA1 } from '../../src/engine/grid/a1';
import { ko } from '../../src/taskpane/strings/ko';
import type { FakeWorkbook } from '../fakes/excel';
import { seriousViolations } from './support/axe';
import { hygiene, OFFICE_JS } from './support/guard';
import { check, rebalanceAt } from '../../src/engine/index';
import type { CellRef } from '../../src/engine/grid/cellRef';
import type { Sheet } from '../../src/engine/grid/sheet';
import { buildWorkbook, variant } from '../fixtures/build';
import { SEED } from '../fixtures/seed';
import { tabTo } from './support/keyboard';
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

/** The pane in the fake Excel over `sheets`. */
async function openOffice(sheets: ReadonlyArray<Sheet>, options: { viewport: { width: number; height: number } } = PANE) {
  const fakeScript = readFileSync(builtPaths().officeFake, 'utf8');
  return session.open({
    ...options,
    before: async (p) => {
      await p.addInitScript(`window.perfplanFakeSpecs = ${JSON.stringify(sheetSpecs(sheets))};`);
      await p.addInitScript(fakeScript);
    },
  });
}

/** The seed with three typos in three tables: 예산현황 계, a 정원 계 and a 단위사업 total. */
const threeErrors = () =>
  buildWorkbook(
    [
      variant(SEED, (p) => {
        p.budget.계.budget = 1800;
        p.staffing.rows[0].quota = 18;
        p.goals[1].unitProjects[0].totals[2] = 405;
      }),
    ],
    'document',
  ).sheets;

describe('task pane in Office: what a clerk can act on', () => {
  it('shows the first error without scrolling at 350 px, under the verdict line', async () => {
    const sheets = threeErrors();
    const errors = check(sheets).findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBe(3);
    const { page, guard } = await openOffice(sheets, { viewport: { width: 350, height: 700 } });
    await button(page, ko.check).click();
    const first = page.locator('[data-card][data-severity="error"]').first();
    await first.waitFor();
    await expect(page.locator('[data-verdict="problems"]').textContent()).resolves.toBe('오류 3');
    const box = (await first.boundingBox())!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    await session.shot(page, 'office-4-errors-350');
    expect(await seriousViolations(page)).toEqual([]);
    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });

  it('filters the findings by severity from the keyboard', async () => {
    const sheets = brokenSheets();
    const notes = count(check(sheets).findings, 'info');
    const { page, guard } = await openOffice(sheets);
    await button(page, ko.check).click();
    await page.locator('[data-verdict="problems"]').waitFor();
    const infoCards = page.locator('[data-card][data-severity="info"]');
    await expect(infoCards.count()).resolves.toBe(0);
    const toggle = ko.filterButton(ko.severity.info, notes);
    expect(await tabTo(page, toggle)).toBe(true);
    await page.keyboard.press('Space');
    await infoCards.first().waitFor();
    await expect(infoCards.count()).resolves.toBe(notes);
    await expect(page.locator('[data-severity="info"][aria-pressed]').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await infoCards.first().waitFor({ state: 'detached' });
    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });

  it('fixes a weights error from the pane (가중치 재조정, largest remainder) and undoes it', async () => {
    const sheets = buildWorkbook(
      [variant(SEED, (p) => void (p.goals[0].indicators[0].weight = (p.goals[0].indicators[0].weight as number) + 7))],
      'document',
    ).sheets;
    const { plan, findings } = check(sheets);
    const weights = findings.find((f) => f.rule === 't4.weights')!;
    const edits = rebalanceAt(plan, weights.ref);
    expect(edits.length).toBeGreaterThan(0);
    const { page, guard } = await openOffice(sheets);
    const valueAt = (ref: CellRef) => fakeCell(page, ref.sheet, ref.row, ref.col).then((c) => c?.value);
    const before = await Promise.all(edits.map((e) => valueAt(e.ref)));

    await button(page, ko.check).click();
    await button(page, ko.rebalance).click();
    const preview = page.locator('[data-weights-preview]');
    await preview.waitFor();
    await expect(preview.locator('li').count()).resolves.toBe(edits.length);
    await session.shot(page, 'office-5-weights-preview');
    await preview.getByRole('button', { name: ko.apply, exact: true }).click();
    await page.getByText(ko.fixed(edits.length)).waitFor();
    await expect(Promise.all(edits.map((e) => valueAt(e.ref)))).resolves.toEqual(edits.map((e) => e.value));
    await expect(page.locator('[data-card="t4.weights"]').count()).resolves.toBe(0);
    await session.shot(page, 'office-6-weights-fixed');

    await button(page, ko.undo).click();
    await page.getByText(ko.undone(edits.length)).waitFor();
    await expect(Promise.all(edits.map((e) => valueAt(e.ref)))).resolves.toEqual(before);
    await page.locator('[data-card="t4.weights"]').waitFor();
    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });
});

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
    await page.locator('[data-verdict="problems"]').waitFor();
    await expect(page.locator('[data-card][data-severity="error"]').count()).resolves.toBe(count(expected.findings, 'error'));
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
