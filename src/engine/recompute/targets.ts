import type { CellRef } from '../grid/cellRef';
import { cellAt, type Sheet } from '../grid/sheet';
import { formatInfo } from '../interval/fromFormat';
import type { Indicator, NumCell, Plan } from '../model/plan';
import { parseTargetRule, projectTargets, statedRule } from '../model/targetRule';
import { statedTargets, targetDecimals } from '../model/targetSeries';
import { figure } from '../interval/shown';
import type { Edit } from './edit';
import { heldValue } from './representation';

/**
 * Projected 목표 for an indicator's blank future years, by the rule its 목표치 설정 근거 states (`기준값에서 0.2% 증`):
 * the indicator's own `basis` unless the caller passes one. No basis or an unreadable rule fills nothing, and a
 * stated target (or a word such as 미정) is never rewritten. Values are in the reader's units, without a format.
 */
export function targetEdits(indicator: Indicator, basis: string | undefined = indicator.basis?.text): Edit[] {
  if (basis === undefined) return [];
  const decimals = targetDecimals(indicator);
  const projected = projectTargets(parseTargetRule(basis, indicator.unit), statedTargets(indicator), decimals);
  const said = statedRule(basis, indicator.unit) ?? basis;
  return indicator.targets.flatMap((cell, i) => {
    const value = projected[i];
    if (cell.reading.kind !== 'blank' || value === null) return [];
    const where = `${indicator.name.text} '${String(indicator.years[i] % 100).padStart(2, '0')}`;
    return [
      {
        ref: cell.ref,
        value,
        reason: {
          ko: `목표치 채움: ${where} = ${figure(value, decimals)} (근거: ${said})`,
          en: `Target filled: ${where} = ${figure(value, decimals)} (basis: ${said})`,
        },
      },
    ];
  });
}

const showsNumbers = (code: string | undefined): code is string =>
  code !== undefined && !formatInfo(code).general && !formatInfo(code).text;

/**
 * The format a filled figure of a series takes: the cell's own when its content was deleted and its format kept, else
 * the last format the series' stated figures show (targets typed as fractions under `0.0%`), else none (General).
 */
export function seriesFormat(sheet: Sheet, series: ReadonlyArray<NumCell>, ref: CellRef): string | undefined {
  const stated = series.map((t) => cellAt(sheet, t.ref.row, t.ref.col)).filter((c) => typeof c?.value === 'number');
  return [cellAt(sheet, ref.row, ref.col)?.numFmt, ...stated.map((c) => c!.numFmt).reverse()].find(showsNumbers);
}

/** Every blank future 목표 of the plan filled by its indicator's stated 근거, held as its format shows it (0.972 under `0.0%`). */
export function targetFills(plan: Plan, sheets: ReadonlyMap<string, Sheet>): Edit[] {
  const indicators = plan.departments.flatMap((d) => d.goals.flatMap((g) => g.indicators));
  return indicators.flatMap((ind) =>
    targetEdits(ind).flatMap((e) => {
      const sheet = sheets.get(e.ref.sheet);
      if (!sheet || typeof e.value !== 'number') return [];
      const numFmt = seriesFormat(sheet, ind.targets, e.ref);
      const own = cellAt(sheet, e.ref.row, e.ref.col)?.numFmt;
      return [
        { ...e, value: heldValue(e.value, formatInfo(numFmt)), ...(numFmt !== undefined && numFmt !== own ? { numFmt } : {}) },
      ];
    }),
  );
}
