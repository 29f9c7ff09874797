import type { Finding, Lang, Severity } from '../../engine/findings/finding';
import type { CellRef } from '../../engine/grid/cellRef';
import type { Strings } from '../strings';

/** A finding drawn on its cell: the worst severity there and the messages to show on hover. */
export type CellMark = { readonly severity: Severity; readonly text: string };

/** Marks by `sheet!row,col`. */
export const markKey = (ref: CellRef): string => `${ref.sheet}!${ref.row},${ref.col}`;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Each finding's cell with the worst severity found there and every message about it, for the grid to draw. */
export function marksOf(findings: ReadonlyArray<Finding>, lang: Lang, strings: Strings): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const f of findings) {
    const key = markKey(f.ref);
    const before = marks.get(key);
    const text = `${strings.severity[f.severity]}: ${f.message[lang]}`;
    const severity = before && RANK[before.severity] <= RANK[f.severity] ? before.severity : f.severity;
    marks.set(key, { severity, text: before ? `${before.text} / ${text}` : text });
  }
  return marks;
}
