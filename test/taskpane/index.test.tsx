/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { en } from '../../src/taskpane/strings/en';
import { langFor, stringsFor } from '../../src/taskpane/strings';
import { ko } from '../../src/taskpane/strings/ko';
import { officeUnavailableEn, officeUnavailableKo } from '../../src/taskpane/strings/officeUnavailable';
import { fakeWorkbook, installExcelFake } from '../fakes/excel';
import { budgetSheet } from '../workbook/office/sheets';

/**
 * Loads the pane's entry in its own module registry and stays in it until the entry has drawn something: the entry
 * decides after a promise (Office.onReady), and the chunk it then imports must come from the same registry (one React).
 */
async function loadEntry() {
  document.body.innerHTML = '<div id="root"></div>';
  await jest.isolateModulesAsync(async () => {
    await import('../../src/taskpane/index');
    await waitFor(() => expect(document.getElementById('root')!.childElementCount).toBeGreaterThan(0), { timeout: 15_000 });
  });
}

/** Loads the pane's entry as Office would, after installing the fake Excel and Office globals. */
async function start(displayLanguage: string) {
  const fake = installExcelFake(fakeWorkbook([budgetSheet('정보홍보실')]), { displayLanguage });
  await loadEntry();
  return fake;
}

// Each start compiles and loads the pane afresh (isolated modules): seconds on a busy machine.
jest.setTimeout(30_000);

describe('task pane entry', () => {
  // Each start loads its own copy of react-dom (isolated modules), which testing-library's act cannot wrap: render
  // as a browser does, outside act, and wait for the result.
  beforeAll(() => void ((globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false));

  it.each([
    ['ko-KR', ko, 'ko'],
    ['en-US', en, 'en'],
  ])('renders the pane after Office.onReady in Office’s language (%s)', async (display, strings, lang) => {
    const fake = await start(display);
    try {
      await waitFor(() => expect(screen.getByRole('button', { name: strings.check })).toBeTruthy());
      expect(document.documentElement.lang).toBe(lang);
    } finally {
      fake.uninstall();
    }
  });

  describe('outside Office', () => {
    const globals = globalThis as unknown as Record<string, unknown>;
    afterEach(() => void delete globals.Office);

    /** Loads the entry with `office` as the Office global (undefined: Office.js never arrived). */
    async function startWithout(office: unknown) {
      if (office !== undefined) globals.Office = office;
      await loadEntry();
    }

    it.each([
      ['Office.js did not load', undefined],
      [
        'Office.js reports no host',
        { onReady: (callback: (info: { host: null }) => void) => (callback({ host: null }), Promise.resolve()) },
      ],
    ])('draws the standalone page when %s, offering to open a file', async (_, office) => {
      await startWithout(office);
      // In the browser's language (jsdom's is en-US); jsdom has no fetch: the bundled example cannot load, and the
      // page says so and still offers a file.
      const strings = stringsFor(langFor(navigator.language));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(strings.exampleFailed));
      expect(screen.getByRole('button', { name: strings.openFile })).toBeTruthy();
    });
  });

  describe('opened by Office without Office.js', () => {
    afterEach(() => window.history.replaceState(null, '', '/'));

    it('says Office.js could not load and what to check, in Korean and English, never the standalone page', async () => {
      window.history.replaceState(null, '', '/taskpane.html?_host_Info=Excel$Win32$16.01$ko-KR$$$$0');
      await loadEntry(); // the page names no Office.js: as if its request failed
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(officeUnavailableKo.title));
      expect(screen.getByRole('alert').textContent).toContain(officeUnavailableEn.failed('notLoaded', null, 4));
      expect(screen.queryByRole('button', { name: ko.openFile })).toBeNull();
      expect(screen.queryByRole('button', { name: en.openFile })).toBeNull();
    });
  });
});
