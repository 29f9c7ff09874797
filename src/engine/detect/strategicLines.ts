import type { Mark } from './marks';
import type { SheetIndex } from './sheetIndex';

/** `전략목표`, `[전략목표]`, `전략목표 1`, `전략목표 Ⅱ :` (a 총괄표's 전략목표수 and a `전략목표별 …` heading are no line). */
const LABEL = /^[([]?\s*전략\s*목표\s*(\d+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+)?\s*[)\]]?\s*[:：.\-–]?\s*/;

/** The goal a line names: the rest of its cell, else the next cell of the row that holds something. */
function goalName(ix: SheetIndex, row: number, col: number, rest: string): string | undefined {
  if (rest !== '') return rest;
  return ix
    .cellsOf(row)
    .filter((c) => c.col > col)
    .map((c) => c.text.trim())
    .find((t) => t !== '');
}

/** The `전략목표` lines of a sheet with the goal each names, in reading order; a label naming nothing is no line. */
export function findStrategicLines(ix: SheetIndex): Mark[] {
  const lines: Mark[] = [];
  for (const r of ix.rowNumbers) {
    const first = ix.cellsOf(r)[0];
    const label = first?.text.match(LABEL);
    if (!first || !label || /^전략목표(수|별|개수)/.test(first.key)) continue;
    const name = goalName(ix, r, first.col, first.text.slice(label[0].length).trim());
    if (name) lines.push({ order: [ix.order, r, first.col], key: name.replace(/\s/g, ''), text: name });
  }
  return lines;
}
