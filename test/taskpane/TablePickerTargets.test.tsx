/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import * as engine from '../../src/engine/index';
import { TablePicker } from '../../src/taskpane/components/TablePicker';
import { stringsFor } from '../../src/taskpane/strings';
import { useInsertTable, type LoadReports } from '../../src/taskpane/useInsertTable';
import { OfficePort } from '../../src/workbook/office/port';
import type { PanePort } from '../../src/workbook/port';
import { XlsxPort } from '../../src/workbook/xlsx/browserPort';
import { sheetsToWorkbook } from '../../src/workbook/xlsx/fromSheets';
import { fakeExcel, fakeWorkbook } from '../fakes/excel';
import { specOf } from '../fakes/fromSheets';
import { buildWorkbook } from '../fixtures/build';
import { SEED } from '../fixtures/seed';

const source = buildWorkbook([SEED], 'document').sheets;
const loadReports: LoadReports = () => Promise.resolve(engine);
const words = stringsFor('ko').picker;

function Harness({ port }: { port: PanePort }) {
  const [state, actions] = useInsertTable(port, loadReports, 'ko');
  return (
    <>
      <button onClick={() => void actions.open()}>open</button>
      {state.open && <TablePicker state={state} actions={actions} strings={stringsFor('ko')} lang="ko" />}
    </>
  );
}

async function pickerOn(port: PanePort): Promise<string[]> {
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness port={port} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'open' }));
  await screen.findByRole('combobox', { name: words.kind });
  return [words.atSelection, words.onNewSheet].filter((name) => screen.queryByRole('button', { name }) !== null);
}

describe('table picker: where the port can insert', () => {
  it.each<[string, () => Promise<PanePort>, string[]]>([
    [
      'Excel: at the selection and on a new sheet',
      async () => new OfficePort(fakeExcel(fakeWorkbook(source.map(specOf))).host),
      [words.atSelection, words.onNewSheet],
    ],
    [
      'a file in the browser: on a new sheet only',
      async () => new XlsxPort(new Uint8Array(await sheetsToWorkbook(source).xlsx.writeBuffer()), 'plan.xlsx'),
      [words.onNewSheet],
    ],
  ])('offers %s', async (_, makePort, offered) => {
    await expect(pickerOn(await makePort())).resolves.toEqual(offered);
  });
});
