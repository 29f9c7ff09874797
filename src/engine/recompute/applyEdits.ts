import type { Cell, Sheet } from '../grid/sheet';
import type { Edit } from './edit';

/** The cell an edit leaves: its value (the cached result when it writes a formula), its format, no error. */
function edited(before: Cell | undefined, edit: Edit): Cell {
  const numFmt = edit.numFmt ?? before?.numFmt;
  return {
    value: edit.value,
    ...(edit.formula !== undefined ? { formula: edit.formula } : {}),
    ...(numFmt !== undefined ? { numFmt } : {}),
  };
}

/** The sheets as they will be once `edits` are written: a copy, the given sheets stay as they are. */
export function applyEdits(sheets: ReadonlyArray<Sheet>, edits: ReadonlyArray<Edit>): Sheet[] {
  return sheets.map((sheet) => {
    const mine = edits.filter((e) => e.ref.sheet === sheet.name);
    if (mine.length === 0) return sheet;
    const rows = sheet.rows.map((row) => (row ? [...row] : row));
    for (const edit of mine) {
      const { row, col } = edit.ref;
      const cells = rows[row] ?? [];
      cells[col] = edited(cells[col], edit);
      rows[row] = cells;
    }
    return { ...sheet, rows };
  });
}
