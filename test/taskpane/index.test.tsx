/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { en } from '../../src/taskpane/strings/en';
import { langFor, stringsFor } from '../../src/taskpane/strings';
import { ko } from '../../src/taskpane/strings/ko';
import { fakeWorkbook, installExcelFake } from '../fakes/excel';
import { budgetSheet } from '../workbook/office/sheets';

/** Loads the pane's entry as Office would, after installing the fake Excel and Office globals. */
async function start(displayLanguage: string) {
  document.body.innerHTML = '<div id="root"></div>';
  const fake = installExcelFake(fakeWorkbook([budgetSheet('정보홍보실')]), { displayLanguage });
  await jest.isolateModulesAsync(async () => void (await import('../../src/taskpane/index')));
  return fake;
}

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
      document.body.innerHTML = '<div id="root"></div>';
      if (office !== undefined) globals.Office = office;
      await jest.isolateModulesAsync(async () => void (await import('../../src/taskpane/index')));
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
});
