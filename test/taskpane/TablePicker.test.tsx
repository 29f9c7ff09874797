/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { rangeA1 } from '../../src/engine/grid/a1';
import * as engine from '../../src/engine/index';
import type { Lang } from '../../src/engine/findings/finding';
import { stringsFor } from '../../src/taskpane/strings';
import type { LoadReports } from '../../src/taskpane/useInsertTable';
import { OfficePort } from '../../src/workbook/office/port';
import { layoutReports } from '../../src/workbook/reportGrid';
import { fakeExcel, fakeWorkbook, sheetOf, typeInto, type FakeWorkbook } from '../fakes/excel';
import { specOf } from '../fakes/fromSheets';
import { buildWorkbook } from '../fixtures/build';
import { SEED } from '../fixtures/seed';
import { PickerHarness } from './PickerHarness';

const source = buildWorkbook([SEED], 'document').sheets;
const DEPT = engine.check(source).plan.departments[0].name;
const loadReports: LoadReports = () => Promise.resolve(engine);

/** The seed's sheets in the fake Excel plus an empty sheet selected at B2, and the picker open. */
async function opened(lang: Lang = 'ko') {
  const wb = fakeWorkbook([{ name: '빈 시트', rows: [] }, ...source.map(specOf)]);
  wb.selection = { sheet: '빈 시트', address: 'B2' };
  const port = new OfficePort(fakeExcel(wb).host);
  render(
    <FluentProvider theme={webLightTheme}>
      <PickerHarness port={port} lang={lang} loadReports={loadReports} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'open' }));
  await screen.findByRole('combobox', { name: stringsFor(lang).picker.kind });
  return { wb, port, words: stringsFor(lang).picker };
}

const choose = (label: string, value: string) =>
  fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value } });
const expectedTables = (id: engine.ReportId, options: engine.ReportOptions = {}) => {
  const r = engine.regenerate(source);
  return engine.buildReport(r.plan, id, { sheets: r.sheets, findings: r.findings, ...options });
};
const filled = (wb: FakeWorkbook, sheet: string) =>
  [...sheetOf(wb, sheet)!.cells.values()].filter((c) => c.value !== undefined && c.value !== '');

describe('table picker', () => {
  it('labels every control and names the kinds as the documents do', async () => {
    const { words } = await opened();
    const kinds = within(screen.getByRole('combobox', { name: words.kind }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(kinds).toEqual(engine.reportIds.map((id) => engine.REPORT_NAMES[id].ko));
    expect(screen.getByRole('combobox', { name: words.department })).toHaveProperty('value', DEPT);
    for (const name of [words.atSelection, words.onNewSheet, words.close])
      expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('previews the chosen table with its merged header and figures as Excel shows them', async () => {
    const { words } = await opened();
    choose(words.kind, 't2');
    const preview = await screen.findByRole('region', { name: words.preview });
    const [t2] = expectedTables('t2', { department: DEPT });
    const merged = t2.merges.find((m) => m.right > m.left)!;
    const headerCell = within(preview).getByText(String(t2.header[merged.top][merged.left].value));
    expect(headerCell.getAttribute('colspan')).toBe(String(merged.right - merged.left + 1));
    const figure = t2.body.flat().find((c) => typeof c.value === 'number')!;
    expect(within(preview).getAllByText(engine.shownText(figure)).length).toBeGreaterThan(0);
  });

  it('narrows T4 to one goal of the department', async () => {
    const { words } = await opened();
    choose(words.kind, 't4');
    const goals = within(screen.getByRole('combobox', { name: words.item.goal }))
      .getAllByRole('option')
      .slice(1);
    expect(goals.map((o) => o.textContent)).toEqual(SEED.goals.map((g) => g.name));
    choose(words.item.goal, '1');
    expect(await screen.findByText(words.tableCount(1))).toBeTruthy();
  });

  it('inserts at the selected cell, and the fake holds the table; undo takes it out', async () => {
    const { wb, words } = await opened();
    choose(words.kind, 't3');
    fireEvent.click(screen.getByRole('button', { name: words.atSelection }));
    const tables = expectedTables('t3', { department: DEPT });
    const grid = layoutReports(tables);
    await screen.findByText(words.inserted('빈 시트', rangeA1({ top: 1, left: 1, bottom: grid.rows, right: grid.cols })));
    expect(filled(wb, '빈 시트').length).toBe(grid.cells.flat().filter((c) => c?.value !== undefined && c.value !== null).length);
    fireEvent.click(screen.getByRole('button', { name: words.undoInsert }));
    await screen.findByText(words.undone);
    expect(filled(wb, '빈 시트')).toEqual([]);
  });

  it('asks before overwriting, and writes only when told to', async () => {
    const { wb, words } = await opened();
    typeInto(wb, '빈 시트', 'C4', 'keep me?');
    choose(words.kind, 't1');
    fireEvent.click(screen.getByRole('button', { name: words.atSelection }));
    await screen.findByText(words.overwrite(1));
    expect(filled(wb, '빈 시트')).toEqual([{ value: 'keep me?' }]);
    fireEvent.click(screen.getByRole('button', { name: words.overwriteYes }));
    await screen.findByText(/B2:/);
    expect(filled(wb, '빈 시트').some((c) => c.value === 'keep me?')).toBe(false);
  });

  it('inserts on a new sheet named for the table, in English too', async () => {
    const { wb, words } = await opened('en');
    choose(words.kind, 'funding');
    fireEvent.click(screen.getByRole('button', { name: words.onNewSheet }));
    await waitFor(() => expect(wb.sheets.map((s) => s.name)).toContain(engine.REPORT_NAMES.funding.en));
    expect(filled(wb, engine.REPORT_NAMES.funding.en).length).toBeGreaterThan(0);
  });

  it('shows Excel’s refusal on a protected sheet as the Korean message', async () => {
    const { wb, words } = await opened();
    sheetOf(wb, '빈 시트')!.protected = true;
    fireEvent.click(screen.getByRole('button', { name: words.atSelection }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/보호된 시트/);
  });
});
