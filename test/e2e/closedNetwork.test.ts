import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { OFFICE_WAIT_MS } from '../../src/taskpane/officeJs';
import { ko } from '../../src/taskpane/strings/ko';
import { officeUnavailableEn, officeUnavailableKo } from '../../src/taskpane/strings/officeUnavailable';
import { seriousViolations } from './support/axe';
import type { Guard } from './support/guard';
import { sheetsOf, verdictOf } from './support/plan';
import { SCREENSHOTS, startSession, type Session } from './support/session';

/** The address Excel on Windows opens the pane at: Office adds its host, platform, version and language. */
const AS_EXCEL_OPENS_IT = 'taskpane.html?_host_Info=Excel$Win32$16.01$ko-KR$$$$0';
/** The acceptance bound: the clerk reads what failed within this, never a blank pane. */
const MESSAGE_WITHIN_MS = 10_000;
const PANE = { viewport: { width: 360, height: 900 } };
const SECONDS = OFFICE_WAIT_MS / 1000;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Nothing of the standalone page: no example, no file name, no request for the example or its chunk. */
async function neverTheExample(page: Page, guard: Guard) {
  expect(await page.getByText(ko.fileLabel('seed.xlsx')).count()).toBe(0);
  expect(guard.requests.filter((url) => /seed\.xlsx|standalone\./.test(url))).toEqual([]);
}

/** Every request the page made is under the add-in's own host and path. */
const offBase = (guard: Guard, base: string): string[] => guard.requests.filter((url) => !url.startsWith(base));

describe('inside Excel without Office.js (a closed network)', () => {
  let session: Session;
  beforeAll(async () => void (session = await startSession()));
  afterAll(async () => session?.close());

  /** Opens the pane as Excel does, with `office` deciding what becomes of the request for office-js/office.js. */
  const openAsExcel = (office: (route: Route) => Promise<void> | void) =>
    session.open({
      ...PANE,
      page: AS_EXCEL_OPENS_IT,
      waitUntil: 'commit', // a hanging script holds the page's load event: Excel shows the pane regardless
      before: async (page) => void (await page.route('**/office-js/office.js', office)),
    });

  it('says what failed and what IT should check when the request is refused, and never shows the example', async () => {
    const { page, guard } = await openAsExcel((route) => route.abort('connectionrefused'));
    const url = `${session.base}office-js/office.js`;
    await page.getByText(officeUnavailableKo.failed('notLoaded', url, SECONDS)).waitFor({ timeout: MESSAGE_WITHIN_MS });
    await page.getByText(officeUnavailableEn.failed('notLoaded', url, SECONDS)).waitFor();
    for (const check of officeUnavailableKo.checks(url, false)) await page.getByText(check).waitFor();
    await button(page, `${officeUnavailableKo.retry} / ${officeUnavailableEn.retry}`).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'office-js-refused.png') });
    await neverTheExample(page, guard);
    expect(await seriousViolations(page)).toEqual([]);
    expect(offBase(guard, session.base)).toEqual([]);
    expect(guard.consoleErrors).toEqual(['Failed to load resource: net::ERR_CONNECTION_REFUSED']); // the refused office.js
  });

  it('says so within seconds when the request hangs (packets dropped), and never shows the example', async () => {
    const hanging: Route[] = [];
    const { page, guard } = await openAsExcel((route) => void hanging.push(route));
    const url = `${session.base}office-js/office.js`;
    await page.getByText(officeUnavailableKo.failed('noAnswer', url, SECONDS)).waitFor({ timeout: MESSAGE_WITHIN_MS });
    expect(hanging).toHaveLength(1); // still unanswered: the message did not wait for it
    await neverTheExample(page, guard);
    expect(guard.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('loads the local Office.js and everything it needs from its own host, never off it', async () => {
    // Office.js served as built: with no Excel behind the page it never calls onReady, and the pane says so.
    const { page, guard } = await openAsExcel((route) => route.continue());
    const url = `${session.base}office-js/office.js`;
    await page.getByText(officeUnavailableKo.failed('noAnswer', url, SECONDS)).waitFor({ timeout: MESSAGE_WITHIN_MS });
    const loaded = guard.requests.filter((u) => u.startsWith(`${session.base}office-js/`));
    expect(loaded).toEqual(expect.arrayContaining([url, `${session.base}office-js/excel-win32-16.01.js`]));
    expect(offBase(guard, session.base)).toEqual([]);
    expect(guard.offsite).toEqual([]);
    await neverTheExample(page, guard);
    expect(guard.consoleErrors).toEqual([]);
  });
});

describe('the built pane under a sub-path (https://intranet/plan/)', () => {
  let session: Session;
  beforeAll(async () => void (session = await startSession('/plan/')));
  afterAll(async () => session?.close());

  it('loads every script from under the path and checks the example in a plain browser', async () => {
    const { page, guard } = await session.open({ viewport: { width: 1280, height: 800 } });
    await page.getByText(ko.fileLabel('seed.xlsx')).waitFor();
    const sheets = await sheetsOf(readFileSync(join(__dirname, '..', '..', 'examples', 'seed.xlsx')));
    await button(page, ko.check).click();
    const verdict = page.locator('[data-verdict="clean"]');
    await verdict.waitFor();
    await expect(verdict.textContent()).resolves.toBe(verdictOf(sheets));
    await session.shot(page, 'subpath-checked');
    expect(guard.requests.filter((url) => /\.js$/.test(url)).length).toBeGreaterThan(1); // the entry and its chunks
    expect(offBase(guard, session.base)).toEqual([]);
    // A plain browser loads no Office.js: outside Office it would only try to reach Microsoft's telemetry.
    expect(guard.requests.filter((url) => url.endsWith('/office.js'))).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });
});
