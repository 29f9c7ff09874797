/**
 * Excel on the web refuses a request or response above 5 MB. We keep every sync under a 4 MB estimate, so a
 * workbook below that is read and written in one sync each, and a bigger one in row blocks whose number grows with
 * its payload only (never with its sheets, tables or findings): blocks are packed across sheets.
 */
export const PAYLOAD_BUDGET = 4_000_000;

/** A cell's share of a response when only the used range's size is known: value, format and formula in JSON. */
export const BYTES_PER_CELL = 96;

/** What a row adds besides its cells: its visibility flag and the array's brackets. */
const BYTES_PER_ROW = 24;

/** A written cell's share of a request: the sheet and range lookups and two property sets (value, format). */
const BYTES_PER_WRITE = 320;

/** A used range known only by its size: rows `top`…`top + rows - 1` of `sheet`, `cols` wide. */
export type Extent = { readonly sheet: string; readonly top: number; readonly rows: number; readonly cols: number };

/** Rows `top`…`bottom` (0-based, inclusive) of one sheet, read in the same sync as the rest of its block. */
export type Piece = { readonly sheet: string; readonly top: number; readonly bottom: number };

export const extentBytes = (e: Extent): number => e.rows * (e.cols * BYTES_PER_CELL + BYTES_PER_ROW);

/** Row pieces packed into blocks of at most `budget` estimated bytes (a single over-wide row still gets a block). */
export function readBlocks(extents: ReadonlyArray<Extent>, budget: number = PAYLOAD_BUDGET): Piece[][] {
  const blocks: Piece[][] = [];
  let current: Piece[] = [];
  let used = 0;
  for (const e of extents) {
    const rowBytes = e.cols * BYTES_PER_CELL + BYTES_PER_ROW;
    let row = e.top;
    const end = e.top + e.rows;
    while (row < end) {
      const fit = Math.min(end - row, Math.floor((budget - used) / rowBytes));
      if (fit <= 0 && current.length > 0) {
        blocks.push(current);
        current = [];
        used = 0;
        continue;
      }
      const take = Math.max(fit, 1);
      current.push({ sheet: e.sheet, top: row, bottom: row + take - 1 });
      used += take * rowBytes;
      row += take;
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

export const writeBytes = (value: unknown, numFmt: string | undefined): number =>
  BYTES_PER_WRITE + JSON.stringify(value).length + (numFmt?.length ?? 0);

/** Items packed in order into blocks of at most `budget` estimated bytes. */
export function packBlocks<T>(items: ReadonlyArray<T>, bytes: (item: T) => number, budget: number = PAYLOAD_BUDGET): T[][] {
  const blocks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = bytes(item);
    if (current.length > 0 && used + size > budget) {
      blocks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}
