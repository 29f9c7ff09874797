/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as engine from '../../src/engine/index';
import { App } from '../../src/taskpane/App';
import { ko } from '../../src/taskpane/strings/ko';
import { OfficePort } from '../../src/workbook/office/port';
import { fakeExcel, fakeWorkbook, sheetOf } from '../fakes/excel';
import { specOf } from '../fakes/fromSheets';
import { buildWorkbook } from '../fixtures/build';
import { SEED } from '../fixtures/seed';
import { stubEngine } from './stubEngine';

describe('the pane’s 표 삽입', () => {
  it('opens the picker from the toolbar, inserts, and the toolbar’s undo takes the tables out', async () => {
    const wb = fakeWorkbook([{ name: '빈 시트', rows: [] }, ...buildWorkbook([SEED], 'document').sheets.map(specOf)]);
    render(
      <FluentProvider theme={webLightTheme}>
        <App
          port={new OfficePort(fakeExcel(wb).host)}
          loadEngine={() => Promise.resolve(stubEngine)}
          loadReports={() => Promise.resolve(engine)}
          lang="ko"
        />
      </FluentProvider>,
    );
    const toggle = screen.getByRole('button', { name: ko.insertTable });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    await screen.findByRole('combobox', { name: ko.picker.kind }); // the workbook is read and the engine loaded
    fireEvent.click(screen.getByRole('button', { name: ko.picker.onNewSheet }));
    await screen.findByText(/시트 B2:/);
    expect(wb.sheets.map((s) => s.name)).toContain(engine.REPORT_NAMES.t1.ko);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(ko.undo) }));
    await waitFor(() => expect(sheetOf(wb, engine.REPORT_NAMES.t1.ko)).toBeUndefined());
    // The picker no longer offers to take back an insertion that is gone.
    expect(screen.queryByText(/시트 B2:/)).toBeNull();
    expect(screen.queryByRole('button', { name: ko.picker.undoInsert })).toBeNull();
  });

  it('leaves the button off where the port cannot insert', () => {
    const port = new OfficePort(fakeExcel(fakeWorkbook([])).host);
    const withoutInsert = Object.assign(Object.create(port), { insert: undefined });
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={withoutInsert} loadEngine={() => Promise.resolve(stubEngine)} lang="ko" />
      </FluentProvider>,
    );
    expect(screen.queryByRole('button', { name: ko.insertTable })).toBeNull();
  });
});
