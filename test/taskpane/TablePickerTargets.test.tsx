/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import * as engine from '../../src/engine/index';
import { stringsFor } from '../../src/taskpane/strings';
import type { LoadReports } from '../../src/taskpane/useInsertTable';
import { OfficePort } from '../../src/workbook/office/port';
import type { PanePort } from '../../src/workbook/port';
import { XlsxPort } from '../../src/workbook/xlsx/browserPort';
import { sheetsToWorkbook } from '../../src/workbook/xlsx/fromSheets';
import { fakeExcel, fakeWorkbook } from '../fakes/excel';
import { specOf } from '../fakes/fromSheets';
import { buildWorkbook } from '../fixtures/build';
import { SEED } from '../fixtures/seed';
import { PickerHarness } from './PickerHarness';

const source = buildWorkbook([SEED], 'document').sheets;
const loadReports: LoadReports = () => Promise.resolve(engine);
const words = stringsFor('ko').picker;

async function pickerOn(port: PanePort): Promise<string[]> {
  render(
    <FluentProvider theme={webLightTheme}>
      <PickerHarness port={port} lang="ko" loadReports={loadReports} />
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
