import { recompute } from '../src/engine';
import type { Sheet } from '../src/engine/edge';
import { applyEdits } from '../src/engine/recompute/applyEdits';
import { cellIn, derivedCells, withCells } from '../test/engine/recompute/sheets';

/** The sheets with every derived cell emptied (its format kept), so that recompute has all of them to write. */
export function withDerivedBlank(sheets: ReadonlyArray<Sheet>): Sheet[] {
  return withCells(
    sheets,
    derivedCells(sheets)
      // T1's 예산액 and 단위사업수 link goals to their 단위사업: blanked, the link would be the workbook's to decide.
      .filter((d) => !d.relation.rule.startsWith('t1.'))
      .map((d) => ({ ref: d.ref, cell: { value: null, numFmt: cellIn(sheets, d.ref)?.numFmt } })),
  );
}

/**
 * The plan as a spreadsheet engine would hold it: every derived cell (sums, 구성비, 증감률, counts) as the Excel formula
 * perfplan's `--formulas` writes for it (SUM, ROUND(a/b*100,2), …), over the same input figures.
 */
export function asFormulaSheets(sheets: ReadonlyArray<Sheet>): Sheet[] {
  const blanked = withDerivedBlank(sheets);
  return applyEdits(blanked, recompute(blanked, { formulas: true }).edits);
}

export const formulaCount = (sheets: ReadonlyArray<Sheet>): number =>
  sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r?.filter((c) => c?.formula !== undefined).length ?? 0), 0), 0);

export { evaluateWithHyperFormula } from '../test/engine/recompute/hyperFormula';
