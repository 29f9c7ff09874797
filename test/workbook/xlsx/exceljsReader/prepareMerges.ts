import { columnIndex, columnName } from '../../../../src/engine/edge';

/**
 * exceljs makes a cell object for every cell a merge covers: one `A1:XFD1048576` merge (a hostile file, or a
 * sheet merged whole by mistake) exhausts the heap and kills the process. A merge larger than this is clipped
 * to the cells the sheet holds; beyond them it covers nothing a table could read.
 */
const MAX_MERGE_CELLS = 100_000;

const CELL = /^([A-Z]{1,3})(\d+)$/;

/** The last row and column (1-based) that any `<c r>` or `<row r>` of the sheet names. */
function extent(sheetXml: string): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const m of sheetXml.matchAll(/<c\b[^>]*?\br="([A-Z]{1,3})(\d+)"/g)) {
    cols = Math.max(cols, columnIndex(m[1]) + 1);
    rows = Math.max(rows, Number(m[2]));
  }
  for (const m of sheetXml.matchAll(/<row\b[^>]*?\br="(\d+)"/g)) rows = Math.max(rows, Number(m[1]));
  return { rows, cols };
}

/** A worksheet's XML with every oversized merge clipped (see above); undefined when nothing needs changing. */
export function clipMerges(sheetXml: string): string | undefined {
  if (!sheetXml.includes('<mergeCell')) return undefined;
  let limit: { rows: number; cols: number } | undefined;
  let changed = false;
  const out = sheetXml.replace(
    /(<mergeCell\b[^>]*?\bref=")([A-Z]{1,3}\d+):([A-Z]{1,3}\d+)"/g,
    (all, head: string, from: string, to: string) => {
      const [a, b] = [CELL.exec(from), CELL.exec(to)];
      if (!a || !b) return all;
      const [left, top, right, bottom] = [columnIndex(a[1]) + 1, Number(a[2]), columnIndex(b[1]) + 1, Number(b[2])];
      if ((bottom - top + 1) * (right - left + 1) <= MAX_MERGE_CELLS) return all;
      limit ??= extent(sheetXml);
      changed = true;
      const clip = { right: Math.max(left, Math.min(right, limit.cols)), bottom: Math.max(top, Math.min(bottom, limit.rows)) };
      return `${head}${from}:${columnName(clip.right - 1)}${clip.bottom}"`;
    },
  );
  return changed ? out : undefined;
}
