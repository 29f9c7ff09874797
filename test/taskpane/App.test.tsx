/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
/** The verdict line a check opens with: its kind and its words. */
const verdict = async () => {
  const line = await waitFor(() => {
    const found = document.querySelector<HTMLElement>('[data-verdict]');
    expect(found).not.toBeNull();
    return found!;
  });
  return [line.dataset.verdict, line.textContent];
};
/** The severity filter's toggle for one kind of finding. */
const filterToggle = (severity: string) => document.querySelector<HTMLButtonElement>(`[data-severity="${severity}"]`)!;

describe('task pane', () => {
  it('checks the workbook: the verdict first, then findings by sheet and table, the notes folded until asked for', async () => {
    renderPane(brokenWorkbook());
    click(ko.check);
    const group = await screen.findByRole('heading', { name: `${SHEET} · ${ko.tables.T3} (A3:G9)` });
    expect(await verdict()).toEqual(['problems', '오류 1']);
    const cards = () => [...group.closest('li')!.querySelectorAll<HTMLElement>('[data-card]')].map((c) => c.dataset.severity);
    expect(cards()).toEqual(['error']);
    expect(group.closest('li')!.querySelector('[data-card]')!.textContent).toContain(
      `${ko.severity.error}B4계가 항목의 합과 다릅니다${ko.stated} 1,800 · ${ko.expected} 1,723`,
    );
    expect(filterToggle('info').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(filterToggle('info'));
    expect(cards()).toEqual(['error', 'info']);
    fireEvent.click(filterToggle('error'));
    expect(cards()).toEqual(['info']);
  });

  it('offers to recompute just the derived cell of an error, and undoes it', async () => {
    const wb = brokenWorkbook();
    renderPane(wb);
    click(ko.check);
    await screen.findByText(ko.derivedFix);
    click(ko.fixCell('B4', '1,723'));
    expect(await screen.findByText(ko.fixed(1))).toBeTruthy();
    expect(cellOf(wb, SHEET, 'B4')?.value).toBe(1723);
    expect((await verdict())[0]).toBe('clean');
    click(new RegExp(ko.undo));
    expect(await screen.findByText(ko.undone(1))).toBeTruthy();
    expect(cellOf(wb, SHEET, 'B4')?.value).toBe(1800);
    expect(await verdict()).toEqual(['problems', '오류 1']);
  });

  it('marks the findings stale when the workbook changes after the check, and checks again in one click', async () => {
    const wb = brokenWorkbook();
    const port = new OfficePort(fakeExcel(wb).host);
    let changed: () => void = () => undefined;
    port.onChanged = (listener) => ((changed = listener), () => undefined);
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={port} loadEngine={() => Promise.resolve(stubEngine)} lang="ko" />
      </FluentProvider>,
    );
    click(ko.check);
    await screen.findByText(ko.derivedFix);
    expect(screen.queryByText(ko.stale)).toBeNull();
    typeInto(wb, SHEET, 'B4', 1723);
    act(() => changed());
    expect(await screen.findByText(ko.stale)).toBeTruthy();
    expect(screen.getByRole('button', { name: ko.fixCell('B4', '1,723') })).toHaveProperty('disabled', true);
    click(ko.checkAgain);
    await waitFor(() => expect(screen.queryByText(ko.stale)).toBeNull());
    expect((await verdict())[0]).toBe('clean');
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
    expect((await verdict())[0]).toBe('clean'); // the check after apply: B4 is right now
    click(new RegExp(ko.undo));
    expect(await screen.findByText(ko.undone(1))).toBeTruthy();
    expect(cellOf(wb, SHEET, 'B4')?.value).toBe(1800);
    // The findings follow the undo: B4's error is back, not the "no error" of the applied workbook.
    expect(await verdict()).toEqual(['problems', '오류 1']);
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
    expect(document.querySelector('[data-verdict]')).toBeNull();
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

  it('breaks Korean text between words only (keep-all), never inside 계산값 or 정보홍보실', () => {
    renderPane(brokenWorkbook());
    expect(getComputedStyle(screen.getByRole('main')).wordBreak).toBe('keep-all');
  });

  it('speaks English when Office does', async () => {
    renderPane(brokenWorkbook(), 'en');
    expect(screen.getByRole('button', { name: en.insertTable })).toHaveProperty('disabled', false);
    click(en.check);
    expect(await verdict()).toEqual(['problems', '1 error']);
    expect((await findingButton('The total differs from the sum of its rows')).textContent).toContain(`${en.stated} 1,800`);
  });
});
