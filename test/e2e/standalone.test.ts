import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { refA1 } from '../../src/engine/grid/a1';
import { cellAt } from '../../src/engine/grid/sheet';
import { REPORT_NAMES } from '../../src/engine/reports/catalog';
import { shownText } from '../../src/taskpane/standalone/shownText';
import { en } from '../../src/taskpane/strings/en';
import { unusable } from '../../src/workbook/xlsx/unusable';
import { ko } from '../../src/taskpane/strings/ko';
import { seriousViolations } from './support/axe';
import { hygiene } from './support/guard';
import { tabThroughButtons, tabTo } from './support/keyboard';
import { check } from '../../src/engine/index';
import { brokenSheets, cleanSheets, count, expectedFor, sheetsOf, verdictOf, xlsxBytes } from './support/plan';
import { startSession, type Session } from './support/session';

const FILE = 'broken-plan.xlsx';
const WIDE = { viewport: { width: 1280, height: 800 } };

let session: Session;
beforeAll(async () => void (session = await startSession()));
afterAll(async () => session?.close());

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const gridCell = (page: Page, address: string) => page.locator(`[data-cell="${address}"]`);
/** Waits for the grid to draw `text` in the cell: the grid redraws after the pane's own work has finished. */
const cellShows = (page: Page, address: string, text: string) =>
  page
    .locator(`[data-cell="${address}"]`)
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .waitFor();

/** The page once the bundled example is open and its grid drawn. */
async function openStandalone(options = WIDE) {
  const opened = await session.open(options);
  await opened.page.getByText(ko.fileLabel('seed.xlsx')).waitFor();
  await gridCell(opened.page, 'A1').waitFor();
  return opened;
}

async function upload(page: Page, bytes: Buffer) {
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: FILE, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
  await page.getByText(ko.fileLabel(FILE)).waitFor();
}

async function downloaded(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, ko.download).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

async function cellValues(bytes: Buffer, sheet: string, addresses: string[]): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return addresses.map((a) => wb.getWorksheet(sheet)!.getCell(a).value);
}

describe('standalone pane on an .xlsx file', () => {
  it('says "문제 없음" for the seed, the rounding notes counted, and shows no finding until they are asked for', async () => {
    const { page, guard } = await openStandalone();
    const sheets = await sheetsOf(readFileSync(join(__dirname, '../../examples/seed.xlsx')));
    const findings = check(sheets).findings;
    expect(count(findings, 'error') + count(findings, 'warning')).toBe(0);
    await button(page, ko.check).click();
    const line = page.locator('[data-verdict="clean"]');
    await line.waitFor();
    await expect(line.textContent()).resolves.toBe(verdictOf(sheets));
    expect(verdictOf(sheets)).toMatch(/반올림 차이 \d+건은 정상/);
    await expect(page.locator('[data-card]').count()).resolves.toBe(0);
    await expect(page.locator('[data-cell][data-finding]').count()).resolves.toBe(0); // no outline on the grid either
    await session.shot(page, 'standalone-0-seed-clean');
    await page.locator('[data-severity="info"][aria-pressed="false"]').click();
    await page.locator('[data-card]').first().waitFor();
    await expect(page.locator('[data-card]').count()).resolves.toBe(count(findings, 'info'));
    await session.shot(page, 'standalone-0-seed-notes');
    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });

  it('checks an uploaded plan, marks the error, recomputes, downloads the fix and undoes it', async () => {
    const { page, guard } = await openStandalone();
    await session.shot(page, 'standalone-1-example');

    const bytes = await xlsxBytes(brokenSheets());
    const sheets = await sheetsOf(bytes); // what the page reads from the same bytes
    const expected = expectedFor(sheets);
    expect(expected.errors).toHaveLength(1); // the fixture's one typo
    const [error] = expected.errors;
    const address = refA1(error.ref);

    await upload(page, bytes);
    await button(page, ko.check).click();
    await page
      .locator('[data-verdict="problems"]')
      .filter({ hasText: verdictOf(sheets) })
      .waitFor();
    const item = page.getByRole('button').filter({ hasText: error.message.ko });
    await expect(item.textContent()).resolves.toContain(address);
    await expect(gridCell(page, address).getAttribute('data-finding')).resolves.toBe('error');
    await session.shot(page, 'standalone-2-checked');

    await item.click();
    await expect(gridCell(page, address).getAttribute('data-selected')).resolves.toBe('true');
    await expect(gridCell(page, address).isVisible()).resolves.toBe(true);
    await session.shot(page, 'standalone-3-finding-selected');

    await button(page, ko.recompute).click();
    await page.getByText(ko.previewCount(expected.edits.length)).waitFor();
    await session.shot(page, 'standalone-4-preview');
    await button(page, ko.apply).click();
    await page.getByText(ko.applied(expected.edits.length, expected.errorsAfter)).waitFor();
    const fixed = cellAt(cleanSheets()[0], error.ref.row, error.ref.col);
    await cellShows(page, address, shownText(fixed));
    await session.shot(page, 'standalone-5-applied');

    const result = await downloaded(page);
    expect(result.name).toBe(ko.downloadName('broken-plan'));
    const edited = expected.edits.map((e) => refA1(e.ref));
    await expect(cellValues(result.bytes, error.ref.sheet, edited)).resolves.toEqual(expected.edits.map((e) => e.value));
    await expect(cellValues(result.bytes, error.ref.sheet, [address])).resolves.toEqual([fixed?.value]);
    expect(expectedFor(await sheetsOf(result.bytes)).errors).toEqual([]);

    await button(page, ko.undo).click();
    await page.getByText(ko.undone(expected.edits.length)).waitFor();
    await cellShows(page, address, shownText(cellAt(sheets[0], error.ref.row, error.ref.col)));
    const undone = await downloaded(page);
    expect(undone.name).toBe(FILE);
    await expect(cellValues(undone.bytes, error.ref.sheet, [address])).resolves.toEqual([error.stated]);

    await button(page, ko.otherLanguage).click();
    await button(page, en.check).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await button(page, en.check).click();
    await page.getByRole('button').filter({ hasText: error.message.en }).waitFor();
    await session.shot(page, 'standalone-6-english');
    expect(await seriousViolations(page)).toEqual([]);
    await button(page, en.otherLanguage).click();
    await button(page, ko.check).waitFor();

    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });

  it('has no serious accessibility violation with findings, a preview and the grid on screen', async () => {
    const { page, guard } = await openStandalone();
    await upload(page, await xlsxBytes(brokenSheets()));
    await button(page, ko.check).click();
    await page.locator('[data-finding="error"]').first().waitFor();
    await button(page, ko.recompute).click();
    await button(page, ko.apply).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });

  it('reaches every button with Tab in reading order, and Enter and Space press them', async () => {
    const { page, guard } = await openStandalone();
    const bytes = await xlsxBytes(brokenSheets());
    const expected = expectedFor(await sheetsOf(bytes));
    const [error] = expected.errors;
    await upload(page, bytes);
    expect(await tabTo(page, ko.check)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('button').filter({ hasText: error.message.ko }).waitFor();

    const { reached, buttons } = await tabThroughButtons(page);
    expect(buttons).toBeGreaterThan(5);
    expect(reached).toEqual(Array.from({ length: buttons }, (_, i) => i));

    expect(await tabTo(page, error.message.ko)).toBe(true);
    await page.keyboard.press('Space');
    await expect(page.locator('[data-selected="true"]').getAttribute('data-cell')).resolves.toBe(refA1(error.ref));

    expect(await tabTo(page, ko.recompute)).toBe(true);
    await page.keyboard.press('Space');
    await button(page, ko.apply).waitFor();
    expect(await tabTo(page, ko.apply)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(ko.applied(expected.edits.length, expected.errorsAfter)).waitFor();
    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });

  it('inserts 예산현황 on a new sheet, shows its tab, and takes it out again', async () => {
    const { page, guard } = await openStandalone();
    const name = REPORT_NAMES.t3.ko;
    const tabs = page.getByRole('group', { name: ko.sheetTabs });
    await button(page, ko.insertTable).click();
    const kind = page.getByRole('combobox', { name: ko.picker.kind });
    await kind.selectOption('t3');
    await expect(button(page, ko.picker.atSelection).count()).resolves.toBe(0); // the file in memory has no selection to draw at
    await button(page, ko.picker.onNewSheet).click();
    await button(page, ko.picker.undoInsert).waitFor(); // offered with the notice of the insertion
    await tabs.getByRole('button', { name, pressed: true }).waitFor();
    await page.getByRole('group', { name: ko.sheetGrid(name) }).waitFor();
    await session.shot(page, 'standalone-7-table-inserted');
    expect(await seriousViolations(page)).toEqual([]);

    await button(page, ko.picker.undoInsert).click();
    await page.getByText(ko.picker.undone).waitFor();
    await expect(tabs.getByRole('button', { name }).count()).resolves.toBe(0);
    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });

  it('opens a workbook dropped on the page', async () => {
    const { page, guard } = await openStandalone();
    const bytes = await xlsxBytes(brokenSheets());
    const [error] = expectedFor(await sheetsOf(bytes)).errors;
    const dataTransfer = await page.evaluateHandle(
      ({ data, name }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], name));
        return transfer;
      },
      { data: [...bytes], name: FILE },
    );
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await page.getByText(ko.dropHere).waitFor();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await page.getByText(ko.fileLabel(FILE)).waitFor();
    await cellShows(page, refA1(error.ref), shownText(cellAt(brokenSheets()[0], error.ref.row, error.ref.col)));
    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });

  it('refuses a file that is not a workbook and keeps the open one', async () => {
    const { page, guard } = await openStandalone();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('구분,예산액\n계,1723\n') });
    await page
      .getByRole('alert')
      .filter({ hasText: unusable('text').ko })
      .waitFor();
    await expect(page.getByText(ko.fileLabel('seed.xlsx')).isVisible()).resolves.toBe(true);
    expect(hygiene(guard)).toEqual({ consoleErrors: [], sentOffsite: [] });
  });
});
