import fc from 'fast-check';
import type { RangeRef } from '../../../src/engine/grid/cellRef';
import { coveringMerge } from '../../../src/engine/grid/mergeIndex';
import type { Sheet } from '../../../src/engine/grid/sheet';

/** The plain definition: the first merge holding the cell that does not start at it. */
const scan = (merges: ReadonlyArray<RangeRef>, row: number, col: number): RangeRef | undefined =>
  merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));

const sheetOf = (merges: RangeRef[]): Sheet => ({ name: 'S', cells: new Map(), merges }) as unknown as Sheet;

describe('coveringMerge', () => {
  const merge = fc
    .tuple(fc.nat(40), fc.nat(10), fc.oneof(fc.nat(5), fc.constant(5000)), fc.nat(4))
    .map(([top, left, height, width]): RangeRef => ({ top, left, bottom: top + height, right: left + width }));

  it('finds what a scan of every merge finds, tall merges (kept apart) included', () => {
    fc.assert(
      fc.property(fc.array(merge, { maxLength: 30 }), fc.nat(60), fc.nat(16), (merges, row, col) => {
        expect(coveringMerge(sheetOf(merges), row, col)).toEqual(scan(merges, row, col));
      }),
    );
  });

  it('never names the merge a cell starts', () => {
    const m = { top: 2, left: 1, bottom: 3, right: 2 };
    const sheet = sheetOf([m]);
    expect(coveringMerge(sheet, 2, 1)).toBeUndefined();
    expect(coveringMerge(sheet, 3, 2)).toBe(m);
  });
});
