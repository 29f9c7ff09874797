import type { TextCell } from '../model/plan';
import type { Anchor } from './anchors';
import { textAt, textOr } from './cells';
import { tableInfo, type DetectContext, type Detected } from './detected';
import { is, type LabelName } from './labels';

/** The labels of a T6 block, in the model's field names. */
const FIELDS: ReadonlyArray<readonly [LabelName, 'content' | 'period' | 'supportType' | 'supportTerms' | 'implementer']> = [
  ['content', 'content'],
  ['period', 'period'],
  ['supportType', 'supportType'],
  ['supportTerms', 'supportTerms'],
  ['implementer', 'implementer'],
];

/**
 * T6 관련 예산사업 개요: label/value rows under 사업명. The block runs while the label column holds one of its
 * labels; the value is the first visible column right of the label (merged across the rest, at most).
 */
export function detectT6(ctx: DetectContext, anchor: Anchor): Detected {
  const { ix } = ctx;
  let valueCol = anchor.col + 1;
  while (ix.hidden.has(valueCol)) valueCol++;
  const fields: Partial<Record<(typeof FIELDS)[number][1], TextCell>> = {};
  let bottom = anchor.row;
  let right = valueCol;
  for (let r = anchor.row + 1; ; r++) {
    const key = ix.textAt(r, anchor.col)?.key ?? '';
    const field = FIELDS.find(([label]) => is(label, key));
    if (!field || fields[field[1]]) break;
    const value = textAt(ix, r, valueCol);
    if (value) fields[field[1]] = value;
    bottom = r;
    right = Math.max(right, ix.mergeAt(r, valueCol)?.right ?? valueCol);
  }
  right = Math.max(right, ix.mergeAt(anchor.row, valueCol)?.right ?? valueCol);
  const range = { top: anchor.row, left: anchor.col, bottom, right };
  return { kind: 'T6', info: tableInfo(ctx, 'T6', range, []), overview: { name: textOr(ix, anchor.row, valueCol), ...fields } };
}
