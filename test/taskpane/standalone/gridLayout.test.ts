import { parseRangeA1 } from '../../../src/engine/grid/a1';
import type { Cell, Sheet } from '../../../src/engine/grid/sheet';
import { gridLayout, MAX_ROWS, windowStart } from '../../../src/taskpane/standalone/gridLayout';

const cell = (value: Cell['value']): Cell => ({ value });

/** A sheet of `rows` × `cols` numbered cells; readers leave holes in rows, so every other row here is a hole. */
function sheet(rows: number, cols: number, merges: string[] = []): Sheet {
  const grid: (Cell | undefined)[][] = [];
  for (let r = 0; r < rows; r += 2) grid[r] = Array.from({ length: cols }, (_, c) => cell(r * cols + c));
  grid.length = rows;
  return { name: '예산', rows: grid, merges: merges.map((m) => parseRangeA1(m)!) };
}

/** The drawn cells as A1-like text: `row:col(rowSpan×colSpan)` with the source row when it differs. */
const drawn = (s: Sheet, focus?: number, maxRows?: number, maxCols?: number) =>
  gridLayout(s, focus, maxRows, maxCols).rows.flatMap(({ row, cells }) =>
    cells.map(
      (c) =>
        `${row}:${c.col}${c.rowSpan * c.colSpan > 1 ? `(${c.rowSpan}x${c.colSpan})` : ''}${c.sourceRow !== row ? `<${c.sourceRow}` : ''}`,
    ),
  );

describe('grid layout', () => {
  it('draws every cell of a small sheet, holes in the rows included', () => {
    const layout = gridLayout(sheet(3, 2));
    expect(layout.rows.map((r) => r.row)).toEqual([0, 1, 2]);
    expect([layout.cols, layout.totalRows, layout.totalCols]).toEqual([2, 3, 2]);
  });

  it('spans a merge from its master and leaves out the cells it covers', () => {
    expect(drawn(sheet(3, 3, ['A1:B2']))).toEqual(['0:0(2x2)', '0:2', '1:2', '2:0', '2:1', '2:2']);
  });

  it('counts a merge past the last cell in the extent', () => {
    expect(gridLayout(sheet(1, 1, ['B3:C4']))).toMatchObject({ totalRows: 4, totalCols: 3 });
  });

  it('starts a merge that begins above the window at the window’s first row, with the master’s value', () => {
    expect(drawn(sheet(10, 1, ['A2:A6']), 6, 4)).toEqual(['4:0(2x1)<1', '6:0', '7:0']);
  });

  it('clips a merge at the last column drawn', () => {
    expect(drawn(sheet(1, 4, ['B1:D1']), undefined, 10, 3)).toEqual(['0:0', '0:1(1x2)']);
  });

  it.each([
    // [total rows, row to show, first row drawn]
    [50, undefined, 0],
    [50, 49, 0],
    [MAX_ROWS * 3, 10, 0],
    [MAX_ROWS * 3, MAX_ROWS, MAX_ROWS / 2],
    [MAX_ROWS * 3, MAX_ROWS * 3 - 1, MAX_ROWS * 2],
  ])('draws a window of at most MAX_ROWS rows holding the row to show (%i rows, row %s → from %i)', (total, focus, first) => {
    expect(windowStart(total, focus)).toBe(first);
    const layout = gridLayout(sheet(total, 1), focus);
    expect(layout.rows.length).toBe(Math.min(total, MAX_ROWS));
    expect(layout.rows[0].row).toBe(first);
    if (focus !== undefined) expect(layout.rows.some((r) => r.row === focus)).toBe(true);
  });
});
