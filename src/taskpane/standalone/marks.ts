import { type Finding, type Lang, type Severity, type CellRef, type Sheet, severityRank } from '../../engine/edge';
import type { Strings } from '../strings';

/** A finding drawn on its cell: the worst severity there and the messages to show on hover. */
export type CellMark = { readonly severity: Severity; readonly text: string };

/** Marks by `sheet!row,col`. */
export const markKey = (ref: CellRef): string => `${ref.sheet}!${ref.row},${ref.col}`;

/**
 * The cell the grid draws for `ref`: the top-left of a merge covering it (the grid draws a merge as that one cell,
 * so C22 inside B22:C22 is marked and selected at B22), else `ref` itself.
 */
export function shownCell(sheets: ReadonlyArray<Sheet>, ref: CellRef): CellRef {
  const merge = sheets
    .find((s) => s.name === ref.sheet)
    ?.merges.find((m) => m.top <= ref.row && ref.row <= m.bottom && m.left <= ref.col && ref.col <= m.right);
  return merge ? { sheet: ref.sheet, row: merge.top, col: merge.left } : ref;
}

/** Each finding's cell (as the grid draws it) with the worst severity found there and every message about it. */
export function marksOf(
  findings: ReadonlyArray<Finding>,
  lang: Lang,
  strings: Strings,
  sheets: ReadonlyArray<Sheet> = [],
): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const f of findings) {
    const key = markKey(shownCell(sheets, f.ref));
    const before = marks.get(key);
    const text = `${strings.severity[f.severity]}: ${f.message[lang]}`;
    const severity = before && severityRank(before.severity) <= severityRank(f.severity) ? before.severity : f.severity;
    marks.set(key, { severity, text: before ? `${before.text} / ${text}` : text });
  }
  return marks;
}
