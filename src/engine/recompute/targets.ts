import type { Indicator } from '../model/plan';
import { parseTargetRule, projectTargets, statedRule } from '../model/targetRule';
import { statedTargets, targetDecimals } from '../model/targetSeries';
import { figure } from '../rules/messages';
import type { Edit } from './edit';

/**
 * Projected 목표 for an indicator's blank future years, by the rule its 목표치 설정 근거 states (`기준값에서 0.2% 증`):
 * the indicator's own `basis` unless the caller passes one. No basis or an unreadable rule fills nothing, and a
 * stated target (or a word such as 미정) is never rewritten. Values are in the reader's units, without a format.
 */
export function targetEdits(indicator: Indicator, basis: string | undefined = indicator.basis?.text): Edit[] {
  if (basis === undefined) return [];
  const decimals = targetDecimals(indicator);
  const projected = projectTargets(parseTargetRule(basis), statedTargets(indicator), decimals);
  const said = statedRule(basis) ?? basis;
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
