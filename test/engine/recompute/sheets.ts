import { sameCell, type CellRef, type RangeRef } from '../../../src/engine/grid/cellRef';
import { readCell } from '../../../src/engine/grid/readNumber';
import { cellAt, type Cell, type Sheet } from '../../../src/engine/grid/sheet';
import { readPlan } from '../../../src/engine/read/readPlan';
import { derivedRelations } from '../../../src/engine/recompute/derived';
import type { Relation } from '../../../src/engine/relations/relation';

/** Every derived cell recompute owns in these sheets that holds a figure, once each, with its relation. */
export function derivedCells(sheets: ReadonlyArray<Sheet>): { ref: CellRef; relation: Relation }[] {
  const out: { ref: CellRef; relation: Relation }[] = [];
  for (const relation of derivedRelations(readPlan(sheets))) {
    const ref = relation.stated.cell.ref;
    if (relation.stated.cell.reading.kind === 'number' && !out.some((d) => sameCell(d.ref, ref))) out.push({ ref, relation });
  }
  return out;
}

/** The sheets with one cell replaced (undefined removes it), the given sheets untouched. */
export function withCells(
  sheets: ReadonlyArray<Sheet>,
  changes: ReadonlyArray<{ ref: CellRef; cell: Cell | undefined }>,
): Sheet[] {
  return sheets.map((sheet) => {
    const mine = changes.filter((c) => c.ref.sheet === sheet.name);
    if (mine.length === 0) return sheet;
    const rows = sheet.rows.map((row) => (row ? [...row] : row));
    for (const { ref, cell } of mine) (rows[ref.row] ??= [])[ref.col] = cell;
    return { ...sheet, rows };
  });
}

/** Every cell address holding something in either list of sheets. */
export function everyCell(a: ReadonlyArray<Sheet>, b: ReadonlyArray<Sheet>): CellRef[] {
  const refs = new Map<string, CellRef>();
  for (const sheet of [...a, ...b])
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => cell && refs.set(`${sheet.name}!${r}:${c}`, { sheet: sheet.name, row: r, col: c })),
    );
  return [...refs.values()];
}

export const cellIn = (sheets: ReadonlyArray<Sheet>, ref: CellRef): Cell | undefined => {
  const sheet = sheets.find((s) => s.name === ref.sheet);
  return sheet && cellAt(sheet, ref.row, ref.col);
};

/** What the cell shows in the reader's units (86.97 for 0.8697 under `0.00%`), and to how many decimals. */
export function shown(sheets: ReadonlyArray<Sheet>, ref: CellRef): { value: number; decimals: number } | undefined {
  const reading = readCell(cellIn(sheets, ref));
  return reading.kind === 'number' ? { value: reading.value, decimals: reading.decimals } : undefined;
}

/** The sheets with cells merged as Excel does it (only the top-left cell keeps its value), the given sheets untouched. */
export function withMerge(sheets: ReadonlyArray<Sheet>, sheet: string, merge: RangeRef): Sheet[] {
  const covered: CellRef[] = [];
  for (let row = merge.top; row <= merge.bottom; row += 1)
    for (let col = merge.left; col <= merge.right; col += 1)
      if (row !== merge.top || col !== merge.left) covered.push({ sheet, row, col });
  const cleared = withCells(
    sheets,
    covered.map((ref) => ({ ref, cell: undefined })),
  );
  return cleared.map((s) => (s.name === sheet ? { ...s, merges: [...s.merges, merge] } : s));
}

/** The sheets with one row of a table taken out: the rows below it, down to `bottom`, move up one; the rest stay. */
export function withRowRemoved(sheets: ReadonlyArray<Sheet>, sheet: string, row: number, bottom: number): Sheet[] {
  return sheets.map((s) => {
    if (s.name !== sheet) return s;
    const rows = [...s.rows];
    for (let r = row; r < bottom; r++) rows[r] = rows[r + 1];
    rows[bottom] = [];
    return { ...s, rows };
  });
}
