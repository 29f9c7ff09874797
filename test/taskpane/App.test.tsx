/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Lang } from '../../src/engine/findings/finding';
import { OfficePort } from '../../src/workbook/office/port';
import { App } from '../../src/taskpane/App';
import { en } from '../../src/taskpane/strings/en';
import { ko } from '../../src/taskpane/strings/ko';
import { cellOf, fakeExcel, fakeWorkbook, typeInto, type FakeWorkbook } from '../fakes/excel';
import { budgetSheet } from '../workbook/office/sheets';
import { unusable } from '../../src/workbook/xlsx/unusable';
import { stubEngine } from './stubEngine';

const SHEET = '정보홍보실';

/** A workbook whose 계 (B4) was typed as 1,800 while its rows sum to 1,723. */
function brokenWorkbook(): FakeWorkbook {
  const wb = fakeWorkbook([budgetSheet(SHEET)]);
  typeInto(wb, SHEET, 'B4', 1800);
  return wb;
}

function renderPane(wb: FakeWorkbook, lang: Lang = 'ko', loadEngine = () => Promise.resolve(stubEngine)) {
  const port = new OfficePort(fakeExcel(wb).host);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} loadEngine={loadEngine} lang={lang} />
    </FluentProvider>,
  );
}

const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
/** The finding whose message is `text`, as the button the user clicks. */
const findingButton = async (text: string) => (await screen.findByText(text)).closest('button')!;

describe('task pane', () => {
  it('checks the workbook and lists findings by sheet and table, errors first', async () => {
    renderPane(brokenWorkbook());
    click(ko.check);
    const group = await screen.findByRole('heading', { name: `${SHEET} · ${ko.tables.T3} (A3:G9)` });
    const items = within(group.closest('li')!).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      expect.stringContaining(`${ko.severity.error}B4계가 항목의 합과 다릅니다${ko.stated} 1,800 · ${ko.expected} 1,723`),
      expect.stringContaining(`${ko.severity.info}C5반올림 차이만 있습니다`),
    ]);
    expect(screen.getByText(ko.findingCounts(1, 0, 1))).toBeTruthy();
  });

  it('selects the cell of a finding in Excel when it is clicked', async () => {
    const wb = brokenWorkbook();
    renderPane(wb);
    click(ko.check);
    fireEvent.click(await findingButton('계가 항목의 합과 다릅니다'));
    await waitFor(() => expect(wb.selection).toEqual({ sheet: SHEET, address: 'B4' }));
  });

  it('paints only the cells of error findings on request, and takes the paint off again', async () => {
    const wb = brokenWorkbook();
    renderPane(wb);
    click(ko.check);
    fireEvent.click(await screen.findByRole('button', { name: ko.highlightErrors }));
    await screen.findByRole('button', { name: ko.clearHighlight });
    expect([cellOf(wb, SHEET, 'B4')?.fill, cellOf(wb, SHEET, 'C5')?.fill]).toEqual(['#FFC7CE', undefined]);
    fireEvent.click(screen.getByRole('button', { name: ko.clearHighlight }));
    await screen.findByRole('button', { name: ko.highlightErrors });
    expect(cellOf(wb, SHEET, 'B4')?.fill).toBeUndefined();
  });

  it('previews a recompute, applies it, then undoes it', async () => {
    const wb = brokenWorkbook();
    renderPane(wb);
    click(ko.recompute);
    expect(await screen.findByText(ko.previewCount(1))).toBeTruthy();
    expect(screen.getByText(`${SHEET}!B4`).nextElementSibling?.textContent).toMatch(/^1,800 → 1,723 · 계가 항목의 합과 다릅니다/);
    expect(cellOf(wb, SHEET, 'B4')?.value).toBe(1800);
    click(ko.apply);
    expect(await screen.findByText(ko.applied(1, 0))).toBeTruthy();
    expect(cellOf(wb, SHEET, 'B4')).toMatchObject({ value: 1723, numberFormat: '#,##0' });
    expect(screen.getByText(ko.findingCounts(0, 0, 1))).toBeTruthy(); // the check after apply: B4 is right now
    click(new RegExp(ko.undo));
    expect(await screen.findByText(ko.undone(1))).toBeTruthy();
    expect(cellOf(wb, SHEET, 'B4')?.value).toBe(1800);
    // The findings follow the undo: B4's error is back, not the "no error" of the applied workbook.
    expect(screen.getByText(ko.findingCounts(1, 0, 1))).toBeTruthy();
  });

  it('says no plan table was found, for 점검 and 재계산 alike, instead of "every table adds up"', async () => {
    const notes = fakeWorkbook([
      {
        name: '참고',
        rows: [
          ['이름', '값'],
          ['가', 1],
          ['나', 2],
        ],
      },
    ]);
    renderPane(notes, 'ko', () => import('../../src/engine'));
    const told = unusable('noPlanTable').ko;
    click(ko.check);
    expect(await screen.findByText(told)).toBeTruthy();
    expect(screen.queryByText(ko.noFindings)).toBeNull();
    click(ko.recompute);
    await waitFor(() => expect(screen.getAllByText(told)).toHaveLength(2)); // the findings line and the notice
  });

  it('asks before undoing over a cell the user edited after the recompute', async () => {
    const wb = brokenWorkbook();
    renderPane(wb);
    click(ko.recompute);
    fireEvent.click(await screen.findByRole('button', { name: ko.apply }));
    await screen.findByText(ko.applied(1, 0));
    typeInto(wb, SHEET, 'B4', 1725);
    click(new RegExp(ko.undo));
    expect(await screen.findByText(ko.undoConflict(`${SHEET}!B4`))).toBeTruthy();
    click(ko.undoKeep);
    expect(await screen.findByText(ko.undone(0))).toBeTruthy();
    expect(cellOf(wb, SHEET, 'B4')?.value).toBe(1725);
  });

  it('recomputes again instead of applying when the workbook changed after the preview', async () => {
    const wb = brokenWorkbook();
    renderPane(wb);
    click(ko.recompute);
    await screen.findByText(ko.previewCount(1));
    typeInto(wb, SHEET, 'B5', 1500);
    click(ko.apply);
    expect(await screen.findByText(ko.previewRefreshed)).toBeTruthy();
    expect(cellOf(wb, SHEET, 'B4')?.value).toBe(1800);
    click(ko.apply);
    await screen.findByText(ko.applied(1, 0));
    expect(cellOf(wb, SHEET, 'B4')?.value).toBe(1724);
  });

  it('shows Excel’s refusal as a message, in Korean', async () => {
    const wb = brokenWorkbook();
    wb.cellEditMode = true;
    renderPane(wb);
    click(ko.check);
    expect((await screen.findByRole('alert')).textContent).toContain('셀 편집을 마친 뒤 다시 시도하세요');
  });

  it('says so when the engine cannot be loaded', async () => {
    renderPane(brokenWorkbook(), 'ko', () => Promise.reject(new Error('chunk failed')));
    click(ko.check);
    expect((await screen.findByRole('alert')).textContent).toContain(ko.engineFailed);
  });

  it('speaks English when Office does', async () => {
    renderPane(brokenWorkbook(), 'en');
    expect(screen.getByRole('button', { name: en.insertTable })).toHaveProperty('disabled', false);
    click(en.check);
    expect(await screen.findByText(en.findingCounts(1, 0, 1))).toBeTruthy();
    expect((await findingButton('The total differs from the sum of its rows')).textContent).toContain(`${en.stated} 1,800`);
  });
});
