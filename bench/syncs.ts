import { recompute, type Sheet } from '../src/engine';
import { OfficePort } from '../src/workbook/office/port';
import { fakeExcel, fakeWorkbook } from '../test/fakes/excel';
import { specOf } from '../test/fakes/fromSheets';

/**
 * The Office.js round trips (context.sync) of a check (read) and of a recompute (read, then write), counted on the
 * in-memory Excel of the tests: what Excel on the web pays per round trip, independent of the machine.
 */
export async function countSyncs(sheets: ReadonlyArray<Sheet>): Promise<{ check: number; recompute: number }> {
  const checking = fakeExcel(fakeWorkbook(sheets.map(specOf)));
  await new OfficePort(checking.host).read();
  const writing = fakeExcel(fakeWorkbook(sheets.map(specOf)));
  const port = new OfficePort(writing.host);
  const { edits } = recompute(await port.read());
  await port.apply(edits);
  return { check: checking.meter.syncs, recompute: writing.meter.syncs };
}
