import { parseRangeA1, rangeA1, type Edit } from '../../engine/edge';
import { patchRow, type FormulaChange, type RowProblem } from './rowXml';
import { attr, elementEnd, findTag, rootPrefix, withAttr, writeStartTag, type Tag } from './xmlTag';

/** Edits of one worksheet: 0-based row → 0-based column → edit (the last edit of a cell wins). */
export type SheetEdits = ReadonlyMap<number, ReadonlyMap<number, Edit>>;

export type SheetProblem = RowProblem | { readonly reason: 'noSheetData'; readonly cell?: undefined };

export type SheetPatch = ({ readonly ok: true; readonly xml: string } & FormulaChange) | ({ readonly ok: false } & SheetProblem);

/** `<col min max style>` ranges (1-based, inclusive) → the style a new cell in a 0-based column inherits. */
function columnStyles(xml: string, p: string, before: number): (col: number) => number {
  const ranges: { min: number; max: number; style: number }[] = [];
  for (let tag = findTag(xml, `${p}col`, 0, before); tag; tag = findTag(xml, `${p}col`, tag.end, before)) {
    ranges.push({ min: Number(attr(tag, 'min')), max: Number(attr(tag, 'max')), style: Number(attr(tag, 'style') ?? 0) });
  }
  return (col) => ranges.find((r) => col + 1 >= r.min && col + 1 <= r.max)?.style ?? 0;
}

type RowAt = { readonly tag: Tag; readonly index: number; readonly end: number };

/** The `<row>` elements inside sheetData with their 0-based index; undefined when a row has no `r`. */
function rowsOf(xml: string, p: string, from: number, to: number): RowAt[] | undefined {
  const rows: RowAt[] = [];
  for (let tag = findTag(xml, `${p}row`, from, to); tag; tag = findTag(xml, `${p}row`, rows[rows.length - 1].end, to)) {
    const r = Number(attr(tag, 'r'));
    const end = elementEnd(xml, tag);
    if (!Number.isInteger(r) || r < 1 || end < 0) return undefined;
    rows.push({ tag, index: r - 1, end });
  }
  return rows;
}

/** `<dimension ref>` grown to cover the written cells, so readers that trust it see them. */
function widenDimension(xml: string, p: string, edits: SheetEdits): string {
  const tag = findTag(xml, `${p}dimension`, 0);
  const range = tag && parseRangeA1(attr(tag, 'ref') ?? '');
  if (!tag || !range) return xml;
  const rows = [...edits.keys()];
  const cols = [...edits.values()].flatMap((m) => [...m.keys()]);
  const grown = {
    top: Math.min(range.top, ...rows),
    bottom: Math.max(range.bottom, ...rows),
    left: Math.min(range.left, ...cols),
    right: Math.max(range.right, ...cols),
  };
  const ref = rangeA1(grown);
  if (ref === attr(tag, 'ref')) return xml;
  return xml.slice(0, tag.start) + writeStartTag(tag.name, withAttr(tag.attrs, 'ref', ref), tag.selfClosing) + xml.slice(tag.end);
}

/**
 * A worksheet part with `edits` written: only the touched rows are rewritten (rows created in order where missing),
 * and the text before, between and after them is kept byte for byte.
 */
export function patchSheetXml(
  xml: string,
  edits: SheetEdits,
  styleFor: (base: number, numFmt: string) => number | undefined,
): SheetPatch {
  const p = rootPrefix(xml, 'worksheet') ?? '';
  const sheetData = findTag(xml, `${p}sheetData`, 0);
  const end = sheetData && elementEnd(xml, sheetData);
  if (!sheetData || end === undefined || end < 0) return { ok: false, reason: 'noSheetData' };
  const innerEnd = sheetData.selfClosing ? end : end - `</${p}sheetData>`.length;
  const rows = rowsOf(xml, p, sheetData.end, innerEnd);
  if (!rows) return { ok: false, reason: 'noCellAddress', cell: '' };
  const ctx = { prefix: p, columnStyle: columnStyles(xml, p, sheetData.start), styleFor };
  const out: string[] = [
    sheetData.selfClosing ? writeStartTag(sheetData.name, sheetData.attrs) : xml.slice(sheetData.start, sheetData.end),
  ];
  let cursor = sheetData.selfClosing ? innerEnd : sheetData.end;
  let wroteFormula = false;
  let removedFormula = false;
  for (const index of [...edits.keys()].sort((a, b) => a - b)) {
    const existing = rows.find((r) => r.index === index);
    const at = existing?.tag.start ?? rows.find((r) => r.index > index)?.tag.start ?? innerEnd;
    const row = patchRow(xml, existing?.tag, index, edits.get(index)!, ctx);
    if (!row.ok) return row;
    wroteFormula ||= row.wroteFormula;
    removedFormula ||= row.removedFormula;
    out.push(xml.slice(cursor, at), row.xml);
    cursor = existing ? existing.end : at;
  }
  out.push(xml.slice(cursor, innerEnd), sheetData.selfClosing ? `</${p}sheetData>` : '');
  const patched = xml.slice(0, sheetData.start) + out.join('') + xml.slice(sheetData.selfClosing ? end : innerEnd);
  return { ok: true, xml: widenDimension(patched, p, edits), wroteFormula, removedFormula };
}
