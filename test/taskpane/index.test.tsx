/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { en } from '../../src/taskpane/strings/en';
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
});
