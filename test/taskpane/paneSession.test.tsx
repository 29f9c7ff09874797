/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import * as engine from '../../src/engine/index';
import { App } from '../../src/taskpane/App';
import { ko } from '../../src/taskpane/strings/ko';
import { useTaskRunner, type Ran } from '../../src/taskpane/useTaskRunner';
import { OfficePort } from '../../src/workbook/office/port';
import type { PanePort } from '../../src/workbook/port';
import { cellOf, fakeExcel, fakeWorkbook, sheetOf, typeInto, type FakeWorkbook } from '../fakes/excel';
import { budgetSheet } from '../workbook/office/sheets';
import { stubEngine } from './stubEngine';

const SHEET = '정보홍보실';
const FINDINGS_SHEET = engine.REPORT_NAMES.findings.ko;

/** A workbook whose 계 (B4) was typed as 1,800 while its rows sum to 1,723. */
function brokenWorkbook(): FakeWorkbook {
  const wb = fakeWorkbook([budgetSheet(SHEET)]);
  typeInto(wb, SHEET, 'B4', 1800);
  return wb;
}

/** Resolves when told to: a task that stays under way while the test looks at the pane. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/**
 * The Office port, counting the Excel tasks under way at once; while `hold` is set, a read waits for it. Every call of
 * the pane that reaches Excel (read, apply, insert, undo) is counted.
 */
function countingPort(wb: FakeWorkbook) {
  const real = new OfficePort(fakeExcel(wb).host);
  const seen = { inFlight: 0, most: 0, calls: [] as string[], hold: undefined as Promise<void> | undefined };
  const counted =
    <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      seen.calls.push(name);
      seen.inFlight += 1;
      seen.most = Math.max(seen.most, seen.inFlight);
      try {
        if (name === 'read' && seen.hold) await seen.hold;
        return await call(...args);
      } finally {
        seen.inFlight -= 1;
      }
    };
  const port: PanePort = Object.assign(Object.create(real) as OfficePort, {
    read: counted('read', () => real.read()),
    apply: counted('apply', (edits: Parameters<PanePort['apply']>[0]) => real.apply(edits)),
    insert: counted('insert', (...args: Parameters<OfficePort['insert']>) => real.insert(...args)),
    undo: counted('undo', (...args: Parameters<OfficePort['undo']>) => real.undo(...args)),
  });
  return { port, seen };
}

function renderPane(port: PanePort) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} loadEngine={() => Promise.resolve(stubEngine)} loadReports={() => Promise.resolve(engine)} lang="ko" />
    </FluentProvider>,
  );
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const click = (name: string | RegExp) => fireEvent.click(button(name));
const undoButton = () => button(new RegExp(`^${ko.undo}$`));

/** Opens the picker from the toolbar on the 점검 결과 table: the one a lone 예산현황 gives. */
async function openPicker() {
  click(ko.insertTable);
  const kind = await screen.findByRole('combobox', { name: ko.picker.kind });
  fireEvent.change(kind, { target: { value: 'findings' } });
  await screen.findByText(ko.picker.tableCount(1));
}

describe('the task runner', () => {
  it('runs one task at a time: a second call while one runs is refused and its work never starts', async () => {
    const { result } = renderHook(() => useTaskRunner<'a' | 'b'>());
    const held = gate();
    let second = 0;
    let first: Promise<Ran<string>> | undefined;
    let refused: Ran<number> | undefined;
    await act(async () => {
      first = result.current.run('a', async () => (await held.wait, 'first'));
      refused = await result.current.run('b', async () => (second += 1));
    });
    expect([refused, second, result.current.busy]).toEqual([{ kind: 'refused' }, 0, 'a']);
    await act(async () => held.open());
    await expect(first).resolves.toEqual({ kind: 'done', value: 'first' });
    expect(result.current.busy).toBeUndefined();
  });

  it('returns a failure as a value, and drops the result of a task the user left', async () => {
    const { result } = renderHook(() => useTaskRunner<'open' | 'check'>());
    let failed: Ran<never> | undefined;
    await act(async () => void (failed = await result.current.run('check', () => Promise.reject(new Error('no')))));
    expect(failed).toEqual({ kind: 'failed', error: new Error('no') });
    const held = gate();
    let dropped: Promise<Ran<string>> | undefined;
    act(() => {
      dropped = result.current.run('open', async () => (await held.wait, 'sheets'));
      result.current.drop('check'); // not the task running: changes nothing
      result.current.drop('open');
    });
    await act(async () => held.open());
    await expect(dropped).resolves.toEqual({ kind: 'stale' });
  });
});

describe('the pane’s one undo stack', () => {
  it('takes back a recompute and then the table inserted before it, newest first', async () => {
    const wb = brokenWorkbook();
    renderPane(new OfficePort(fakeExcel(wb).host));
    await openPicker();
    click(ko.picker.onNewSheet);
    await screen.findByText(new RegExp(`^${FINDINGS_SHEET} 시트 B2:`));
    expect(button(ko.picker.undoInsert)).toBeTruthy();

    click(ko.recompute);
    fireEvent.click(await screen.findByRole('button', { name: ko.apply }));
    await screen.findByText(ko.applied(1, 0));
    expect(cellOf(wb, SHEET, 'B4')?.value).toBe(1723);
    // The insertion is no longer the newest change: its notice no longer offers to take it back.
    expect(screen.queryByRole('button', { name: ko.picker.undoInsert })).toBeNull();

    fireEvent.click(undoButton());
    await screen.findByText(ko.undone(1));
    expect([cellOf(wb, SHEET, 'B4')?.value, sheetOf(wb, FINDINGS_SHEET) !== undefined]).toEqual([1800, true]);

    fireEvent.click(undoButton());
    await screen.findByText(ko.picker.undone);
    expect([cellOf(wb, SHEET, 'B4')?.value, sheetOf(wb, FINDINGS_SHEET)]).toEqual([1800, undefined]);
    expect(undoButton()).toHaveProperty('disabled', true);
  });

  it('takes an insertion back from the picker’s 삽입 취소 as from 되돌리기, and asks first about cells typed into since', async () => {
    const wb = brokenWorkbook();
    wb.selection = { sheet: SHEET, address: 'J2' };
    renderPane(new OfficePort(fakeExcel(wb).host));
    await openPicker();
    click(ko.picker.atSelection);
    await screen.findByText(new RegExp(`^${SHEET} 시트 J2:`));
    const title = cellOf(wb, SHEET, 'J2')?.value;
    typeInto(wb, SHEET, 'J2', '내 메모');
    click(ko.picker.undoInsert);
    await screen.findByText(ko.undoConflict(`${SHEET}!J2`));
    click(ko.undoKeep);
    await screen.findByText(ko.picker.undone);
    expect([typeof title, cellOf(wb, SHEET, 'J2')?.value, undoButton()]).toEqual([
      'string',
      '내 메모',
      expect.objectContaining({ disabled: true }),
    ]);
  });
});

describe('the pane’s one task queue', () => {
  it('starts no insertion while a check is reading the workbook: one Excel task at a time', async () => {
    const { port, seen } = countingPort(brokenWorkbook());
    renderPane(port);
    await openPicker();
    const held = gate();
    seen.hold = held.wait;
    seen.calls = [];
    click(ko.check);
    await waitFor(() => expect(seen.calls).toEqual(['read']));
    expect(button(ko.picker.onNewSheet)).toHaveProperty('disabled', true);
    expect(button(ko.recompute)).toHaveProperty('disabled', true);
    click(ko.picker.onNewSheet);
    click(ko.picker.atSelection);
    await act(async () => held.open());
    await screen.findByText(ko.derivedFix);
    expect(seen.calls).toEqual(['read']);
    expect(seen.most).toBe(1);
  });
});
