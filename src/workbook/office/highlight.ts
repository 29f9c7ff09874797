import { refA1, type CellRef } from '../../engine/edge';
import type { XlHost } from './excelApi';

/** The fill that marks a cell with an error finding (Excel's own "bad" red). */
export const ERROR_FILL = '#FFC7CE';

/** Excel reports an unfilled cell as white; restoring that means clearing the fill, not painting it white. */
const NO_FILL = '#FFFFFF';

export type FillMemo = ReadonlyArray<{ readonly ref: CellRef; readonly color: string }>;

/** Paint the cells and remember what they had: one sync to read the old fills, one to paint. */
export async function paint(host: XlHost, refs: ReadonlyArray<CellRef>): Promise<FillMemo> {
  if (refs.length === 0) return [];
  return host.excel.run(async (context) => {
    const fills = refs.map((ref) => ({
      ref,
      fill: context.workbook.worksheets.getItem(ref.sheet).getRange(refA1(ref)).format.fill,
    }));
    fills.forEach(({ fill }) => fill.load('color'));
    await context.sync();
    const memo = fills.map(({ ref, fill }) => ({ ref, color: fill.color }));
    fills.forEach(({ fill }) => (fill.color = ERROR_FILL));
    await context.sync();
    return memo;
  });
}

/** Put back the fills `paint` replaced, in one sync. */
export async function unpaint(host: XlHost, memo: FillMemo): Promise<void> {
  if (memo.length === 0) return;
  await host.excel.run(async (context) => {
    for (const { ref, color } of memo) {
      const fill = context.workbook.worksheets.getItem(ref.sheet).getRange(refA1(ref)).format.fill;
      if (color.toUpperCase() === NO_FILL) fill.clear();
      else fill.color = color;
    }
    await context.sync();
  });
}
