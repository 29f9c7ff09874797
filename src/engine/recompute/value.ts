import { generalDecimals } from '../interval/general';
import { excelRound } from '../interval/round';
import type { FormatInfo } from '../interval/fromFormat';
import { evaluate, type Expr, type Term } from '../relations/relation';

/** The figure a derived cell gets, in the units the reader sees, and the decimals it was rounded to. */
export type Derived = { readonly value: number; readonly decimals: number };

/** General shows what it holds; a ratio in it is written to 2 dp as the documents do, an amount to whole units. */
const shownDecimals = (info: FormatInfo, ratio: boolean): number => (info.general ? (ratio ? 2 : 0) : info.decimals);

/** The finest digit the inputs of a sum hold (1104.321 백만원 kept from 천원 → 3), so a total keeps every 천원. */
const heldDecimals = (terms: ReadonlyArray<Term>): number =>
  Math.max(0, ...terms.map((t) => generalDecimals(Number((t.coef * (t.at.cell.value ?? 0)).toPrecision(15)))));

/**
 * What a derived cell should hold: computed from what the input cells hold, rounded (Excel's ROUND) to what the
 * cell shows; a sum or difference keeps the finer digits its inputs hold. Undefined when an input does not read
 * as a number or the divisor is 0 (nothing to write).
 */
export function derivedValue(expr: Expr, info: FormatInfo): Derived | undefined {
  const result = evaluate(expr);
  if (!result) return undefined;
  const ratio = expr.kind === 'percent';
  const shown = shownDecimals(info, ratio);
  const decimals = expr.kind === 'sum' ? Math.max(shown, heldDecimals(expr.terms)) : expr.kind === 'count' ? 0 : shown;
  return { value: excelRound(result.naive, decimals), decimals };
}
