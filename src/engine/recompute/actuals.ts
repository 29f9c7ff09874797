import { cellAt, type Sheet } from '../grid/sheet';
import { formatInfo } from '../interval/fromFormat';
import { excelRound } from '../interval/round';
import type { Plan } from '../model/plan';
import { actualBasis, actualChecks, actualPlace, measuredIndicators } from '../relations/t4Actual';
import type { Edit } from './edit';
import { editReason } from './reason';
import { heldValue } from './representation';
import { seriesFormat } from './targets';

/**
 * Every blank 실적 the 측정 자료 give every quantity for, written with its 측정산식's value from what those cells hold,
 * rounded (Excel's ROUND) to the cell's own number format when it has one, else to the decimals the indicator writes its
 * figures with; held as that format shows it (a fraction under `0.00%`). A stated 실적 is never rewritten, even one the
 * check finds wrong (`t4.actual` reports it): it is the user's figure. Nothing is written where the link is not decided.
 */
export function actualFills(plan: Plan, sheets: ReadonlyMap<string, Sheet>): Edit[] {
  return actualChecks(measuredIndicators(plan).measured).flatMap((c): Edit[] => {
    const { outcome, actual } = c;
    const sheet = sheets.get(actual.ref.sheet);
    if (outcome.kind !== 'blank' || !sheet) return [];
    const ind = c.measured.at.indicator;
    const numFmt = seriesFormat(sheet, [...ind.actuals, ...ind.targets], actual.ref);
    const info = formatInfo(numFmt);
    const decimals = info.general ? outcome.decimals : info.decimals;
    const value = excelRound(outcome.held, decimals);
    const own = cellAt(sheet, actual.ref.row, actual.ref.col)?.numFmt;
    const reason = editReason(actualPlace(c), actual.reading, value, decimals);
    const basis = actualBasis(c);
    return [
      {
        ref: actual.ref,
        value: heldValue(value, info),
        ...(numFmt !== undefined && numFmt !== own ? { numFmt } : {}),
        reason: { ko: `${reason.ko} (${basis.ko})`, en: `${reason.en} (${basis.en})` },
      },
    ];
  });
}
