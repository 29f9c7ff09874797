import { DEPARTMENT_LINE } from './labels';
import type { SheetIndex } from './sheetIndex';

/** A line outside tables that links them: a `[소관실국] 정보홍보실` line, or a lone heading (a goal's name). */
export type Mark = { readonly order: readonly [number, number, number]; readonly key: string; readonly text: string };

export type SheetMarks = {
  /** 소관실국 lines with the department's name (`text`). */
  readonly departments: ReadonlyArray<Mark>;
  /** Rows holding a single cell: headings such as a goal's name above its sections. */
  readonly lone: ReadonlyArray<Mark>;
};

const LABEL = /^[([（]?\s*소관\s*실\s*국\s*[)\]）]?/;
/** What may stand between the label and the name: `[소관실국] : 세무과`, `소관실국 - 세무과`. */
const SEPARATOR = /^[\s:：\-–—·]+/;

/** The department named on a 소관실국 line: the rest of its cell, else the next cell of the row that names one. */
function departmentName(ix: SheetIndex, row: number, col: number): string | undefined {
  const cells = ix.cellsOf(row);
  const name = (text: string) => text.replace(SEPARATOR, '').trim();
  const rest = name(cells.find((c) => c.col === col)?.text.replace(LABEL, '') ?? '');
  if (rest !== '') return rest;
  return cells
    .filter((c) => c.col > col)
    .map((c) => name(c.text))
    .find((text) => text !== '');
}

/** Department lines and lone headings of a sheet, in reading order. */
export function findMarks(ix: SheetIndex): SheetMarks {
  const departments: Mark[] = [];
  const lone: Mark[] = [];
  for (const r of ix.rowNumbers) {
    if (ix.countOf(r) === 1) {
      const [cell] = ix.cellsOf(r);
      lone.push({ order: [ix.order, r, cell.col], key: cell.key, text: cell.text });
    }
    // Departments written side by side have their lines on one row; such a line is text, never a number.
    for (const line of ix.labelsOf(r).filter((c) => DEPARTMENT_LINE.test(c.key))) {
      const name = departmentName(ix, r, line.col);
      if (name) departments.push({ order: [ix.order, r, line.col], key: line.key, text: name });
    }
  }
  return { departments, lone };
}
