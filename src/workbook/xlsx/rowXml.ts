import { a1, parseA1, type Edit } from '../../engine/edge';
import { holdsFormula, spanningFormula, writeCell, type CellElement } from './cellXml';
import { attr, elementEnd, findTag, innerOf, withAttr, writeStartTag, type Tag } from './xmlTag';

/** Why a row could not be patched; `cell` is the A1 address concerned. */
export type RowProblem = { readonly reason: 'noCellAddress' | 'spanningFormula' | 'noStyle'; readonly cell: string };

export type RowContext = {
  readonly prefix: string;
  /** The style a new cell in this column inherits (`<col style>`), 0 when none. */
  readonly columnStyle: (col: number) => number;
  readonly styleFor: (base: number, numFmt: string) => number | undefined;
};

/** What a patch did to formulas: the workbook then recalculates on load, or drops a calculation chain naming a cell that lost its formula. */
export type FormulaChange = { readonly wroteFormula: boolean; readonly removedFormula: boolean };

export type RowPatch = ({ readonly ok: true; readonly xml: string } & FormulaChange) | ({ readonly ok: false } & RowProblem);

type Located = CellElement & { readonly col: number; readonly start: number; readonly end: number };

/** The `<c>` elements of a row, each with its 0-based column; undefined when a cell has no `r` (its place would be implicit). */
function cellsOf(xml: string, row: Tag, rowEnd: number, p: string): Located[] | 'noCellAddress' {
  const found: Located[] = [];
  if (row.selfClosing) return found;
  for (let tag = findTag(xml, `${p}c`, row.end, rowEnd); tag; tag = findTag(xml, `${p}c`, tag.end, rowEnd)) {
    const end = elementEnd(xml, tag);
    const at = parseA1(attr(tag, 'r') ?? '');
    if (!at || end < 0) return 'noCellAddress';
    found.push({ tag, inner: innerOf(xml, tag, end), col: at.col, start: tag.start, end });
  }
  return found;
}

/** `spans="2:8"` is a hint of the row's first and last column (1-based); widened so it never excludes a written cell. */
function widenSpans(spans: string | undefined, cols: ReadonlyArray<number>): string | undefined {
  const m = /^(\d+):(\d+)$/.exec(spans ?? '');
  if (!m) return spans;
  return `${Math.min(Number(m[1]), ...cols.map((c) => c + 1))}:${Math.max(Number(m[2]), ...cols.map((c) => c + 1))}`;
}

const isOn = (value: string | undefined): boolean => value === '1' || value === 'true';

/**
 * One row with `edits` (by 0-based column) written: existing cells replaced in place, new cells inserted in column
 * order, every other cell and the text between them kept byte for byte. `row` is undefined for a row to create.
 */
export function patchRow(
  xml: string,
  row: Tag | undefined,
  rowIndex: number,
  edits: ReadonlyMap<number, Edit>,
  ctx: RowContext,
): RowPatch {
  const p = ctx.prefix;
  const rowEnd = row ? elementEnd(xml, row) : -1;
  const cells = row ? cellsOf(xml, row, rowEnd, p) : [];
  if (cells === 'noCellAddress') return { ok: false, reason: 'noCellAddress', cell: `${rowIndex + 1}` };
  const rowStyle = row && isOn(attr(row, 'customFormat')) ? Number(attr(row, 's') ?? 0) : undefined;
  const cols = [...edits.keys()].sort((a, b) => a - b);
  const body: string[] = [];
  let cursor = row && !row.selfClosing ? row.end : -1;
  let wroteFormula = false;
  let removedFormula = false;
  for (const col of cols) {
    const edit = edits.get(col)!;
    const address = a1(rowIndex, col);
    const existing = cells.find((c) => c.col === col);
    if (existing && spanningFormula(existing, p)) return { ok: false, reason: 'spanningFormula', cell: address };
    const base = existing ? Number(attr(existing.tag, 's') ?? 0) : (rowStyle ?? ctx.columnStyle(col));
    const style = edit.numFmt !== undefined ? ctx.styleFor(base, edit.numFmt) : existing ? undefined : base;
    if (style === undefined && edit.numFmt !== undefined) return { ok: false, reason: 'noStyle', cell: address };
    wroteFormula ||= edit.formula !== undefined;
    removedFormula ||= edit.formula === undefined && holdsFormula(existing, p);
    const text = writeCell(existing, address, edit, style, p);
    const at =
      existing?.start ??
      cells.find((c) => c.col > col)?.start ??
      (row && !row.selfClosing ? rowEnd - `</${p}row>`.length : cursor);
    if (cursor >= 0) body.push(xml.slice(cursor, at));
    body.push(text);
    cursor = existing ? existing.end : at;
  }
  const close = `</${p}row>`;
  if (row && !row.selfClosing) body.push(xml.slice(cursor, rowEnd - close.length));
  const attrs = row
    ? withAttr(row.attrs, 'spans', widenSpans(attr(row, 'spans'), cols))
    : [{ name: 'r', value: String(rowIndex + 1), quote: '"' as const }];
  return { ok: true, xml: `${writeStartTag(`${p}row`, attrs)}${body.join('')}${close}`, wroteFormula, removedFormula };
}
