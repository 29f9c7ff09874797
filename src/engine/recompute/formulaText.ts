import { refA1 } from '../grid/a1';
import type { CellRef } from '../grid/cellRef';
import { cellAt, type Sheet } from '../grid/sheet';
import { formatInfo, type FormatInfo } from '../interval/fromFormat';
import { termValue, type Expr, type Term } from '../relations/relation';

/** A reference as the formula in `home` writes it: `C5`, or `'예산현황'!C5` on another sheet. */
export function formulaRef(ref: CellRef, home: string): string {
  return ref.sheet === home ? refA1(ref) : `'${ref.sheet.replace(/'/g, "''")}'!${refA1(ref)}`;
}

/** `0.001` reads better as `/1000`; other factors stay as they are. */
function scaled(ref: string, factor: number): string {
  const magnitude = Math.abs(factor);
  if (magnitude === 1) return ref;
  const inverse = Number((1 / magnitude).toPrecision(12));
  return Number.isInteger(inverse) ? `${ref}/${inverse}` : `${ref}*${Number(magnitude.toPrecision(15))}`;
}

/** Σ factor × cell as Excel writes it: `C6+C7-C10`. */
function linear(parts: ReadonlyArray<{ ref: string; factor: number }>): string {
  return parts.map((p, i) => `${p.factor < 0 ? '-' : i > 0 ? '+' : ''}${scaled(p.ref, p.factor)}`).join('');
}

const grouped = (text: string, count: number): string => (count > 1 ? `(${text})` : text);

type Sheets = ReadonlyMap<string, Sheet>;

/** The scale of what a term's cell holds (0.01 under `0.00%`… as reader per held); undefined when Excel could not add it. */
function heldScale(sheets: Sheets, t: Term): number | undefined {
  const { sheet, row, col } = t.at.cell.ref;
  const page = sheets.get(sheet);
  if (!page) return undefined;
  const cell = cellAt(page, row, col);
  if (cell === undefined || cell.value === null) return cell?.formula !== undefined ? undefined : 1;
  return typeof cell.value === 'number' ? formatInfo(cell.numFmt).scale : undefined;
}

/**
 * The live formula (without '=') for a derived cell at `home` shown with `target`, over what the input cells hold;
 * undefined where Excel could not say the same: counts, text or words in an input, a divisor of 0.
 */
export function relationFormula(
  expr: Expr,
  home: CellRef,
  target: FormatInfo,
  decimals: number,
  sheets: Sheets,
): string | undefined {
  // A count has no cells to refer to, and neither has a sum of nothing (a goal without 단위사업).
  if (expr.kind === 'count') return undefined;
  const terms = expr.kind === 'sum' ? expr.terms : [...expr.num, ...expr.den];
  if (terms.length === 0) return undefined;
  const scales = terms.map((t) => heldScale(sheets, t));
  if (scales.some((s) => s === undefined)) return undefined;
  const parts = terms.map((t, i) => ({ ref: formulaRef(t.at.cell.ref, home.sheet), factor: t.coef * scales[i]! }));
  if (expr.kind === 'sum') return linear(parts.map((p) => ({ ...p, factor: p.factor / target.scale })));
  // Excel's a/b is #DIV/0! where the engine writes 0.00 for 0/0: such a cell gets its value only.
  if (termValue(expr.den) === 0) return undefined;
  // The ratio is the same whatever both sides are multiplied by: drop a scale they share (both in 천원 …).
  const unit = Math.abs(parts[0].factor);
  const num = parts.slice(0, expr.num.length).map((p) => ({ ...p, factor: p.factor / unit }));
  const den = parts.slice(expr.num.length).map((p) => ({ ...p, factor: p.factor / unit }));
  const ratio = `${grouped(linear(num), num.length)}/${grouped(linear(den), den.length)}`;
  // A % cell holds the fraction: ROUND(a/b, 4) shows 2 dp; a plain cell holds the percent number.
  const percentFactor = 100 / target.scale;
  const digits = decimals + Math.round(Math.log10(target.scale));
  return `ROUND(${percentFactor === 1 ? ratio : `${ratio}*${percentFactor}`},${digits})`;
}
